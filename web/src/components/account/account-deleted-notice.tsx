import { CircleCheck, X } from 'lucide-react';
import { useLocation, useNavigate } from 'react-router';
import { Alert } from '../ui/alert';
import type { AccountDeletedState } from './delete-account-dialog';

/** Shown on the home page right after the visitor deleted their account. */
export function AccountDeletedNotice() {
  const location = useLocation();
  const navigate = useNavigate();
  const deleted = (location.state as AccountDeletedState | null)?.accountDeleted === true;
  return (
    <div role="status" className="w-full empty:hidden">
      {deleted ? (
        <Alert variant="success" className="mb-10 items-start text-left">
          <CircleCheck aria-hidden="true" />
          <p className="flex-1">
            Your account and everything in it have been deleted, and you have been signed out.
          </p>
          <button
            type="button"
            aria-label="Dismiss"
            onClick={() => void navigate('.', { replace: true, state: null })}
            className="-my-1 -mr-2 inline-flex size-7 shrink-0 cursor-pointer items-center justify-center rounded-md text-muted-foreground transition-colors outline-none hover:bg-accent hover:text-accent-foreground focus-visible:ring-2 focus-visible:ring-ring"
          >
            <X className="size-4" aria-hidden="true" />
          </button>
        </Alert>
      ) : null}
    </div>
  );
}
