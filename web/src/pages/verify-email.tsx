import { useMutation, useQueryClient } from '@tanstack/react-query';
import { CircleCheck, LinkIcon, LoaderCircle, MailX } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { AuthLayout } from '../components/auth/auth-layout';
import { LinkOutcome } from '../components/auth/link-outcome';
import { ResendVerification } from '../components/auth/resend-verification';
import { ErrorState } from '../components/states';
import { Button } from '../components/ui/button';
import { meQuery } from '../lib/account';
import { isApiError } from '../lib/api';
import { updateUser } from '../lib/auth';
import { useAuth } from '../lib/auth-context';
import { useLinkToken } from '../lib/link-token';
import { verifyEmail } from '../lib/recovery';
import { useDocumentTitle } from '../lib/use-document-title';

/** The server refuses a token that is unknown, used or expired with a detail on `body.token`. */
function isDeadLink(error: unknown): boolean {
  return isApiError(error) && error.details.some((detail) => detail.path === 'body.token');
}

/** Where the link in the confirmation email leads. */
export function VerifyEmailPage() {
  useDocumentTitle('Confirm your email');
  const token = useLinkToken();
  // A new link starts afresh.
  return <VerifyEmail key={token} token={token} />;
}

function VerifyEmail({ token }: { token: string | undefined }) {
  const { status, user } = useAuth();
  const queryClient = useQueryClient();
  const verify = useMutation({ mutationFn: verifyEmail });
  const sent = useRef(false);

  useEffect(() => {
    // Once: a second request with the same token would be refused as used.
    if (!token || sent.current) return;
    sent.current = true;
    verify.mutate(token);
  }, [token, verify]);

  // A signed-in user's details may have been fetched before the address was confirmed.
  const userId = user?.id;
  const stale = verify.isSuccess && user !== null && !user.emailVerified;
  const deadLink = verify.isError && isDeadLink(verify.error);
  useEffect(() => {
    if (!userId || !(stale || deadLink)) return;
    void queryClient.fetchQuery(meQuery(userId)).then(updateUser, () => undefined);
  }, [userId, stale, deadLink, queryClient]);

  const signedIn = status === 'signed-in' && user !== null;
  const continueButton = (
    <Button asChild size="lg" className="w-full">
      <Link to={signedIn ? '/account' : '/login'}>{signedIn ? 'Continue' : 'Log in'}</Link>
    </Button>
  );

  if (!token) {
    return (
      <AuthLayout title="This link is incomplete" description="The confirmation could not start.">
        <LinkOutcome icon={<LinkIcon aria-hidden="true" />} tone="problem">
          <p>
            Open the link from the email again, or copy the whole address from the email into your
            browser.
          </p>
        </LinkOutcome>
      </AuthLayout>
    );
  }

  if (verify.isSuccess) {
    return (
      <AuthLayout title="Email address confirmed" description="Thank you.">
        <LinkOutcome
          icon={<CircleCheck aria-hidden="true" />}
          tone="success"
          live
          actions={continueButton}
        >
          <p>Your email address is confirmed. We will use it for sign-in links and notices.</p>
        </LinkOutcome>
      </AuthLayout>
    );
  }

  if (deadLink && user?.emailVerified) {
    return (
      <AuthLayout title="Already confirmed" description="There is nothing more to do.">
        <LinkOutcome
          icon={<CircleCheck aria-hidden="true" />}
          tone="success"
          live
          actions={continueButton}
        >
          <p>
            The email address <span className="break-all text-foreground">{user.email}</span> is
            already confirmed.
          </p>
        </LinkOutcome>
      </AuthLayout>
    );
  }

  if (deadLink) {
    return (
      <AuthLayout title="This link no longer works" description="It was used or has expired.">
        <LinkOutcome
          icon={<MailX aria-hidden="true" />}
          tone="problem"
          live
          actions={
            signedIn ? (
              <ResendVerification email={user.email} size="lg" className="justify-center" />
            ) : (
              continueButton
            )
          }
        >
          <p>
            A confirmation link works once, for 48 hours, and only the newest one works.
            {signedIn
              ? ' Ask for a new one below.'
              : ' If you already confirmed your address, just log in; otherwise log in to get a new link.'}
          </p>
        </LinkOutcome>
      </AuthLayout>
    );
  }

  if (verify.isError) {
    return (
      <AuthLayout title="Confirm your email address" description="Something got in the way.">
        <ErrorState
          error={verify.error}
          title="Could not confirm your address"
          onRetry={() => verify.mutate(token)}
          retrying={verify.isPending}
          className="border-0 bg-transparent px-0 py-2"
        />
      </AuthLayout>
    );
  }

  return (
    <AuthLayout title="Confirming your email address" description="This takes a moment.">
      <div role="status" className="flex justify-center py-6 text-muted-foreground">
        <LoaderCircle className="size-8 animate-spin" aria-hidden="true" />
        <span className="sr-only">Confirming your email address…</span>
      </div>
    </AuthLayout>
  );
}
