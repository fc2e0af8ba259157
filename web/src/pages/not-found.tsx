import { Compass } from 'lucide-react';
import { useLocation } from 'react-router';
import { StatusPage } from '../components/page';
import { useDocumentTitle } from '../lib/use-document-title';

export function NotFoundPage() {
  useDocumentTitle('Page not found');
  const { pathname } = useLocation();
  return (
    <StatusPage
      icon={<Compass aria-hidden="true" />}
      eyebrow="Error 404"
      title="Page not found"
      otherLink={{ to: '/skills', label: 'Browse the skills catalog' }}
    >
      There is nothing at <code className="font-mono break-all text-foreground">{pathname}</code>.
      The link may be broken or the page may have moved.
    </StatusPage>
  );
}
