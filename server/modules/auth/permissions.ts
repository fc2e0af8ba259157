import { permissions, type TPermission, type TRole } from '../../../contracts/auth.js';
import { AppError } from '../../platform/http/app-error.js';
import type { AuthContext } from './auth.guard.js';

export { permissions };
export type Permission = TPermission;

/** The permission matrix: what each role may do beyond a user's rights over their own data. */
export const rolePermissions: Record<TRole, readonly Permission[]> = {
  student: [],
  mentor: ['mentorship:offer'],
  moderator: ['moderation:act', 'users:list'],
  admin: permissions,
};

export function hasPermission(roles: readonly TRole[], permission: Permission): boolean {
  return roles.some((role) => rolePermissions[role]?.includes(permission));
}

/** Every permission the roles grant, in the matrix's order. */
export function permissionsOf(roles: readonly TRole[]): Permission[] {
  return permissions.filter((permission) => hasPermission(roles, permission));
}

export function assertPermission(auth: AuthContext, permission: Permission): void {
  if (!hasPermission(auth.roles, permission)) {
    throw new AppError('FORBIDDEN', 'You do not have permission to do this');
  }
}
