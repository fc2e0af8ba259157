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

export const ZAuditQuery = ZPageQuery.extend({
  action: z.string().max(64).optional(),
  actorId: z.uuid().optional(),
  since: z.iso.datetime().optional(),
  until: z.iso.datetime().optional(),
});
export const ZAuditEntry = z.object({
  id: z.uuid(),
  at: z.iso.datetime(),
  actorId: z.uuid().nullable(),
  action: z.string(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  ip: z.string(),
  userAgent: z.string(),
  details: z.record(z.string(), z.unknown()),
});
export const ZAuditResponse = ZPage(ZAuditEntry);
