import { Navigate, type RouteObject } from 'react-router';
import { NotAllowed } from '../../components/admin/not-allowed';
import { RequirePermission } from '../../components/admin/require-permission';
import { RequireAuth } from '../../components/auth/require-auth';
import { adminHome } from '../../lib/admin';
import { useAuth } from '../../lib/auth-context';
import { AdminAuditPage } from './audit';
import { AdminUsersPage } from './users';

/** /admin opens the first admin page the user may see. */
function AdminIndex() {
  const { user } = useAuth();
  const home = adminHome(user);
  return home ? <Navigate to={home} replace /> : <NotAllowed what="administration" />;
}

export const adminRoutes: RouteObject[] = [
  {
    path: 'admin',
    element: (
      <RequireAuth>
        <AdminIndex />
      </RequireAuth>
    ),
  },
  {
    path: 'admin/users',
    element: (
      <RequireAuth>
        <RequirePermission permission="users:list" what="the user list">
          <AdminUsersPage />
        </RequirePermission>
      </RequireAuth>
    ),
  },
  {
    path: 'admin/audit',
    element: (
      <RequireAuth>
        <RequirePermission permission="audit:read" what="the audit log">
          <AdminAuditPage />
        </RequirePermission>
      </RequireAuth>
    ),
  },
];
