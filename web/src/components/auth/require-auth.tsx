import type { ReactNode } from 'react';
import { Navigate, useLocation, useSearchParams } from 'react-router';
import { useAuth } from '../../lib/auth-context';
import { AFTER_SIGN_IN, loginRedirectPath, safeNextPath } from '../../lib/next-path';
import { PageContainer } from '../page';
import { Skeleton } from '../ui/skeleton';

/** What the login page is told about why the visitor was sent there. */
export interface LoginRedirectState {
  sessionEnded?: boolean;
}

/** Renders its children for a signed-in user; anyone else is sent to log in and brought back. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { status, reason } = useAuth();
  const location = useLocation();
  if (status === 'loading') return <PageSkeleton />;
  if (status === 'signed-out') {
    const state: LoginRedirectState = { sessionEnded: reason === 'ended' };
    return (
      <Navigate
        to={loginRedirectPath(`${location.pathname}${location.search}${location.hash}`)}
        state={state}
        replace
      />
    );
  }
  return children;
}

/** For the log-in and sign-up pages: a signed-in user goes on to `?next=` or the account page. */
export function GuestOnly({ children }: { children: ReactNode }) {
  const { status } = useAuth();
  const [params] = useSearchParams();
  if (status === 'signed-in') {
    return <Navigate to={safeNextPath(params.get('next')) ?? AFTER_SIGN_IN} replace />;
  }
  return children;
}

function PageSkeleton() {
  return (
    <PageContainer className="max-w-4xl" role="status" aria-label="Loading your account">
      <Skeleton className="mb-3 h-10 w-48" />
      <Skeleton className="mb-10 h-5 w-72 max-w-full" />
      <Skeleton className="mb-4 h-40 w-full rounded-xl" />
      <Skeleton className="h-64 w-full rounded-xl" />
    </PageContainer>
  );
}
