import { queryOptions } from '@tanstack/react-query';
import {
  ZAdminUser,
  ZAdminUsersResponse,
  ZAuditResponse,
  type TAdminUser,
  type TAuditAction,
} from '../../../contracts/admin';
import type { TAuthUser, TPermission, TRole } from '../../../contracts/auth';
import { apiGet, apiRequest } from './api';
import { ACCOUNT_QUERY_KEY } from './auth-context';

/** Whether the signed-in user's roles allow this; the server decides again on every request. */
export function can(user: Pick<TAuthUser, 'permissions'> | null, permission: TPermission): boolean {
  return user?.permissions.includes(permission) ?? false;
}

/** The first admin page this user may open, or undefined when there is none. */
export function adminHome(user: Pick<TAuthUser, 'permissions'> | null): string | undefined {
  if (can(user, 'users:list')) return '/admin/users';
  if (can(user, 'audit:read')) return '/admin/audit';
  return undefined;
}

export const roleLabels: Record<TRole, string> = {
  student: 'Student',
  mentor: 'Mentor',
  moderator: 'Moderator',
  admin: 'Administrator',
};

export const roleDescriptions: Record<TRole, string> = {
  student: 'Uses CareerOS for their own career.',
  mentor: 'Can offer mentorship to others.',
  moderator: 'Acts on reported content and can see the user list.',
  admin: 'Manages users, roles and suspensions, and reads the audit log.',
};

export const ADMIN_PAGE_SIZE = 20;

export interface UserListParams {
  q?: string;
  role?: TRole;
  status?: TAdminUser['status'];
  offset: number;
}

/** Admin data is kept under the signed-in user, so the next user on this device never sees it. */
export function adminUsersQuery(viewerId: string, params: UserListParams) {
  return queryOptions({
    queryKey: [ACCOUNT_QUERY_KEY, viewerId, 'admin', 'users', params] as const,
    queryFn: ({ signal }) =>
      apiGet('/api/admin/users', ZAdminUsersResponse, {
        query: { ...params, limit: ADMIN_PAGE_SIZE },
        signal,
      }),
    staleTime: 0,
  });
}

export interface AuditParams {
  action?: TAuditAction;
  actorId?: string;
  targetId?: string;
  /** ISO date-times: the start of the first day and the end of the last. */
  since?: string;
  until?: string;
  offset: number;
}

export function auditQuery(viewerId: string, params: AuditParams) {
  return queryOptions({
    queryKey: [ACCOUNT_QUERY_KEY, viewerId, 'admin', 'audit', params] as const,
    queryFn: ({ signal }) =>
      apiGet('/api/admin/audit', ZAuditResponse, {
        query: { ...params, limit: ADMIN_PAGE_SIZE },
        signal,
      }),
    staleTime: 0,
  });
}

/** Everything admin pages show for this viewer; refetched after a change. */
export function adminQueryKey(viewerId: string) {
  return [ACCOUNT_QUERY_KEY, viewerId, 'admin'] as const;
}

export function setRoles(userId: string, roles: TRole[]) {
  return apiRequest('PUT', `/api/admin/users/${encodeURIComponent(userId)}/roles`, ZAdminUser, {
    body: { roles },
  });
}

export function suspendUser(userId: string, reason: string) {
  return apiRequest('POST', `/api/admin/users/${encodeURIComponent(userId)}/suspend`, ZAdminUser, {
    body: reason ? { reason } : {},
  });
}

export function reactivateUser(userId: string) {
  return apiRequest(
    'POST',
    `/api/admin/users/${encodeURIComponent(userId)}/reactivate`,
    ZAdminUser,
  );
}

export const auditActionLabels: Record<TAuditAction, string> = {
  'auth.register': 'Signed up',
  'auth.login.success': 'Logged in',
  'auth.login.failure': 'Failed login',
  'auth.login.locked': 'Login blocked (too many attempts)',
  'auth.logout': 'Logged out',
  'auth.refresh.reuse': 'Stolen refresh token suspected',
  'auth.session.revoke': 'Session signed out',
  'auth.password.change': 'Password changed',
  'auth.password.reset': 'Password reset',
  'auth.email.verify': 'Email verified',
  'auth.2fa.enable': 'Two-step verification on',
  'auth.2fa.disable': 'Two-step verification off',
  'auth.2fa.backup-codes': 'New backup codes',
  'auth.2fa.failure': 'Wrong two-step code',
  'auth.oauth.sign-in': 'Signed in with a provider',
  'auth.oauth.link': 'Provider account linked',
  'auth.oauth.unlink': 'Provider account unlinked',
  'admin.roles.change': 'Roles changed',
  'admin.user.suspend': 'Account suspended',
  'admin.user.reactivate': 'Account reactivated',
  'account.exported': 'Data exported',
  'account.deleted': 'Account deleted',
};

/** For the filter: actions grouped the way people think about them. */
export const auditActionGroups: readonly { label: string; actions: readonly TAuditAction[] }[] = [
  {
    label: 'Signing in',
    actions: [
      'auth.login.success',
      'auth.login.failure',
      'auth.login.locked',
      'auth.logout',
      'auth.session.revoke',
      'auth.refresh.reuse',
      'auth.oauth.sign-in',
    ],
  },
  {
    label: 'Account',
    actions: [
      'auth.register',
      'auth.email.verify',
      'auth.password.change',
      'auth.password.reset',
      'auth.oauth.link',
      'auth.oauth.unlink',
      'account.exported',
      'account.deleted',
    ],
  },
  {
    label: 'Two-step verification',
    actions: ['auth.2fa.enable', 'auth.2fa.disable', 'auth.2fa.backup-codes', 'auth.2fa.failure'],
  },
  {
    label: 'Administration',
    actions: ['admin.roles.change', 'admin.user.suspend', 'admin.user.reactivate'],
  },
];

export function auditActionLabel(action: string): string {
  return Object.hasOwn(auditActionLabels, action)
    ? auditActionLabels[action as TAuditAction]
    : action;
}

/** "2026-03-01" (a date input's value, local time) to the first or last instant of that day. */
export function dayBoundary(day: string, edge: 'start' | 'end'): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const date = new Date(`${day}T${edge === 'start' ? '00:00:00.000' : '23:59:59.999'}`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
