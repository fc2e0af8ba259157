import { and, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import { auditActions, type TAuditAction } from '../../../contracts/admin.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { auditLog } from './audit.tables.js';

export { auditActions };
export type AuditAction = TAuditAction;

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

export interface AuditFilter {
  action?: string;
  actorId?: string;
  targetId?: string;
  since?: string;
  until?: string;
  limit: number;
  offset: number;
}

/** Newest first, filtered, paginated (the indexes on at, actor, action and target serve these). */
export async function listAudit(db: DbOrTx, filter: AuditFilter) {
  const where: SQL[] = [];
  if (filter.action) where.push(eq(auditLog.action, filter.action));
  if (filter.actorId) where.push(eq(auditLog.actorId, filter.actorId));
  if (filter.targetId) where.push(eq(auditLog.targetId, filter.targetId));
  if (filter.since) where.push(gte(auditLog.at, new Date(filter.since)));
  if (filter.until) where.push(lte(auditLog.at, new Date(filter.until)));
  const condition = where.length ? and(...where) : undefined;
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(condition)
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(filter.limit)
      .offset(filter.offset),
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(auditLog)
      .where(condition),
  ]);
  return { rows, total: count?.total ?? 0 };
}
