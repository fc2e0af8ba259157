import { House, RefreshCw, TriangleAlert } from 'lucide-react';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { RootLayout } from '../components/layout/root-layout';
import { PageContainer } from '../components/page';
import { Button } from '../components/ui/button';
import { useDocumentTitle } from '../lib/use-document-title';
import { NotFoundPage } from './not-found';

/**
 * Router error boundary. `withLayout` is used on the root route, where the layout
 * itself may be what failed, so the chrome is rendered again around the message.
 */
export function RouteError({ withLayout = false }: { withLayout?: boolean }) {
  const error = useRouteError();
  const content =
    isRouteErrorResponse(error) && error.status === 404 ? <NotFoundPage /> : <ErrorMessage />;
  return withLayout ? <RootLayout>{content}</RootLayout> : content;
}

function ErrorMessage() {
  useDocumentTitle('Something went wrong');
  return (
    <PageContainer className="flex max-w-2xl flex-col items-center py-20 text-center sm:py-28">
      <div role="alert" className="flex flex-col items-center">
        <div className="flex size-14 items-center justify-center rounded-full bg-destructive/10 text-destructive">
          <TriangleAlert className="size-7" aria-hidden="true" />
        </div>
        <h1 className="mt-6 text-3xl font-bold tracking-tight sm:text-4xl">Something went wrong</h1>
        <p className="mt-4 text-muted-foreground">
          An unexpected error stopped this page from loading. Trying again usually helps; if it
          keeps happening, the server may be restarting.
        </p>
      </div>
      <div className="mt-8 flex w-full flex-col gap-3 sm:w-auto sm:flex-row">
        <Button onClick={() => window.location.reload()}>
          <RefreshCw aria-hidden="true" />
          Try again
        </Button>
        <Button asChild variant="outline">
          <Link to="/" reloadDocument>
            <House aria-hidden="true" />
            Go to the home page
          </Link>
        </Button>
      </div>
    </PageContainer>
  );
}
