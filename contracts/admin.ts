import { z } from 'zod';
import { ZRole } from './auth.js';
import { ZPage, ZPageQuery } from './pagination.js';

export const ZUserStatus = z.enum(['active', 'suspended']);

export const ZAdminListUsersQuery = ZPageQuery.extend({
  role: ZRole.optional(),
  status: ZUserStatus.optional(),
  q: z.string().trim().max(100).optional().describe('Part of a username or email'),
});

export const ZAdminUser = z.object({
  id: z.uuid(),
  username: z.string(),
  email: z.string(),
  emailVerified: z.boolean(),
  roles: z.array(ZRole),
  status: ZUserStatus,
  createdAt: z.iso.datetime(),
});
export type TAdminUser = z.infer<typeof ZAdminUser>;
export const ZAdminUsersResponse = ZPage(ZAdminUser);

export const ZUserIdParams = z.object({ id: z.uuid() });
export const ZSetRolesRequest = z.strictObject({
  roles: z.array(ZRole).min(1, 'at least one role').max(4),
});
export const ZSuspendRequest = z.strictObject({ reason: z.string().trim().max(500).optional() });

/** Every kind of security event the audit log records. */
export const auditActions = [
  'auth.register',
  'auth.login.success',
  'auth.login.failure',
  'auth.login.locked',
  'auth.logout',
  'auth.refresh.reuse',
  'auth.session.revoke',
  'auth.password.change',
  'auth.password.reset',
  'auth.email.verify',
  'auth.2fa.enable',
  'auth.2fa.disable',
  'auth.2fa.backup-codes',
  'auth.2fa.failure',
  'auth.oauth.sign-in',
  'auth.oauth.link',
  'auth.oauth.unlink',
  'admin.roles.change',
  'admin.user.suspend',
  'admin.user.reactivate',
  'account.exported',
  'account.deleted',
] as const;
export const ZAuditAction = z.enum(auditActions);
export type TAuditAction = z.infer<typeof ZAuditAction>;

export const ZAuditQuery = ZPageQuery.extend({
  action: ZAuditAction.optional(),
  actorId: z.uuid().optional(),
  targetId: z.string().trim().min(1).max(100).optional().describe('A user or session id'),
  since: z.iso.datetime({ offset: true }).optional(),
  until: z.iso.datetime({ offset: true }).optional(),
}).refine((q) => !q.since || !q.until || Date.parse(q.since) <= Date.parse(q.until), {
  message: 'must not be after "until"',
  path: ['since'],
});
export const ZAuditEntry = z.object({
  id: z.uuid(),
  at: z.iso.datetime(),
  actorId: z.uuid().nullable(),
  /** Null when there was no signed-in actor, or the account is gone. */
  actorUsername: z.string().nullable(),
  action: z.string(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  /** For targets that are users. */
  targetUsername: z.string().nullable(),
  ip: z.string(),
  userAgent: z.string(),
  details: z.record(z.string(), z.unknown()),
});
export type TAuditEntry = z.infer<typeof ZAuditEntry>;
export const ZAuditResponse = ZPage(ZAuditEntry);
