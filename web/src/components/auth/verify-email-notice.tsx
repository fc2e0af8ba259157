import { MailWarning } from 'lucide-react';
import { useLocation } from 'react-router';
import { useAuth } from '../../lib/auth-context';
import { ResendVerification } from './resend-verification';

/** Shown under the header to a signed-in user whose address is not confirmed yet. */
export function VerifyEmailNotice() {
  const { user } = useAuth();
  const { pathname } = useLocation();
  if (!user || user.emailVerified || pathname === '/verify-email') return null;
  return (
    <section aria-label="Email confirmation" className="border-b bg-accent/50">
      <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-3 sm:px-6 lg:flex-row lg:items-center lg:justify-between">
        <p className="flex items-start gap-2.5 text-sm">
          <MailWarning className="mt-0.5 size-4 shrink-0 text-primary" aria-hidden="true" />
          <span>
            <span className="font-medium">Confirm your email address.</span>{' '}
            <span className="text-muted-foreground">
              Open the link we sent to <span className="break-all">{user.email}</span>.
            </span>
          </span>
        </p>
        <ResendVerification email={user.email} className="pl-6.5 lg:flex-row-reverse lg:pl-0" />
      </div>
    </section>
  );
}
