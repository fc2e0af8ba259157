import type { ReactNode } from 'react';
import type { TPermission } from '../../../../contracts/auth';
import { can } from '../../lib/admin';
import { useAuth } from '../../lib/auth-context';
import { NotAllowed } from './not-allowed';

/** Inside <RequireAuth>: the children, or a "not allowed" page when the roles do not permit. */
export function RequirePermission({
  permission,
  what,
  children,
}: {
  permission: TPermission;
  /** Completes "You do not have access to …". */
  what: string;
  children: ReactNode;
}) {
  const { user } = useAuth();
  return can(user, permission) ? children : <NotAllowed what={what} />;
}
