import type { DbOrTx } from '../../platform/db/index.js';
import { auditLog } from './audit.tables.js';

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
] as const;
export type AuditAction = (typeof auditActions)[number];

export interface AuditEntry {
  action: AuditAction;
  actorId?: string | null;
  targetType?: string;
  targetId?: string;
  ip?: string;
  userAgent?: string;
  details?: Record<string, unknown>;
}

/** Writes one security event; pass the transaction that made the change so both commit together. */
export async function recordAudit(db: DbOrTx, entry: AuditEntry, at: Date): Promise<void> {
  await db.insert(auditLog).values({
    at,
    action: entry.action,
    actorId: entry.actorId ?? null,
    targetType: entry.targetType ?? (entry.actorId ? 'user' : undefined),
    targetId: entry.targetId ?? entry.actorId ?? undefined,
    ip: entry.ip ?? '',
    userAgent: (entry.userAgent ?? '').slice(0, 500),
    details: entry.details ?? {},
  });
}
