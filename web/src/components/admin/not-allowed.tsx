import { ShieldX } from 'lucide-react';
import { useDocumentTitle } from '../../lib/use-document-title';
import { StatusPage } from '../page';

/** Shown instead of a page the signed-in user's roles do not open. */
export function NotAllowed({ what }: { what: string }) {
  useDocumentTitle('Not allowed');
  return (
    <StatusPage
      icon={<ShieldX aria-hidden="true" />}
      tone="destructive"
      eyebrow="Not allowed"
      title={`You do not have access to ${what}`}
      otherLink={{ to: '/account', label: 'Your account' }}
    >
      This page is for administrators. If you think you should have access, ask an administrator of
      this CareerOS to give your account the role it needs.
    </StatusPage>
  );
}
