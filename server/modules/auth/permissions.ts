import type { TRole } from '../../../contracts/auth.js';
import { AppError } from '../../platform/http/app-error.js';
import type { AuthContext } from './auth.guard.js';

export const permissions = [
  'users:list',
  'users:manage-roles',
  'users:suspend',
  'audit:read',
  'moderation:act',
  'mentorship:offer',
] as const;
export type Permission = (typeof permissions)[number];

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

export function assertPermission(auth: AuthContext, permission: Permission): void {
  if (!hasPermission(auth.roles, permission)) {
    throw new AppError('FORBIDDEN', 'You do not have permission to do this');
  }
}
