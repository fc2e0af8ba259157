import { ArrowLeft, ShieldX } from 'lucide-react';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../lib/use-document-title';
import { PageContainer } from '../page';
import { Button } from '../ui/button';

/** Shown instead of a page the signed-in user's roles do not open. */
export function NotAllowed({ what }: { what: string }) {
  useDocumentTitle('Not allowed');
  return (
    <PageContainer className="flex max-w-2xl flex-col items-center py-20 text-center sm:py-28">
      <div className="flex size-14 items-center justify-center rounded-full bg-destructive/10 text-destructive">
        <ShieldX className="size-7" aria-hidden="true" />
      </div>
      <p className="mt-6 text-sm font-semibold tracking-wide text-destructive uppercase">
        Not allowed
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight sm:text-4xl">
        You do not have access to {what}
      </h1>
      <p className="mt-4 text-muted-foreground">
        This page is for administrators. If you think you should have access, ask an administrator
        of this CareerOS to give your account the role it needs.
      </p>
      <div className="mt-8 flex w-full flex-col gap-3 sm:w-auto sm:flex-row">
        <Button asChild>
          <Link to="/">
            <ArrowLeft aria-hidden="true" />
            Back to the home page
          </Link>
        </Button>
        <Button asChild variant="outline">
          <Link to="/account">Your account</Link>
        </Button>
      </div>
    </PageContainer>
  );
}
