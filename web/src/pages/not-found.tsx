import { ArrowLeft, Compass } from 'lucide-react';
import { Link, useLocation } from 'react-router';
import { PageContainer } from '../components/page';
import { Button } from '../components/ui/button';
import { useDocumentTitle } from '../lib/use-document-title';

export function NotFoundPage() {
  useDocumentTitle('Page not found');
  const { pathname } = useLocation();
  return (
    <PageContainer className="flex max-w-2xl flex-col items-center py-20 text-center sm:py-28">
      <div className="flex size-14 items-center justify-center rounded-full bg-accent text-accent-foreground">
        <Compass className="size-7" aria-hidden="true" />
      </div>
      <p className="mt-6 text-sm font-semibold tracking-wide text-primary uppercase">Error 404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight sm:text-4xl">Page not found</h1>
      <p className="mt-4 text-muted-foreground">
        There is nothing at <code className="font-mono break-all text-foreground">{pathname}</code>.
        The link may be broken or the page may have moved.
      </p>
      <div className="mt-8 flex w-full flex-col gap-3 sm:w-auto sm:flex-row">
        <Button asChild>
          <Link to="/">
            <ArrowLeft aria-hidden="true" />
            Back to the home page
          </Link>
        </Button>
        <Button asChild variant="outline">
          <Link to="/skills">Browse the skills catalog</Link>
        </Button>
      </div>
    </PageContainer>
  );
}
