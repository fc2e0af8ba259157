import { and, asc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/index.js';
import { auditLog } from './audit.tables.js';

/** Who the audit rows of one person are found by. */
export interface AuditSubject {
  userId: string;
  /** Their username and email: failed logins record the name that was typed. */
  logins: string[];
  /** Their sessions, which revocations and reuse alarms name as targets. */
  sessionIds: string[];
}

function targetIsTheirs(subject: AuditSubject): SQL {
  const self = and(eq(auditLog.targetType, 'user'), eq(auditLog.targetId, subject.userId));
  if (!subject.sessionIds.length) return self ?? sql`false`;
  return (
    or(
      self,
      and(eq(auditLog.targetType, 'session'), inArray(auditLog.targetId, subject.sessionIds)),
    ) ?? sql`false`
  );
}

function about(subject: AuditSubject): SQL {
  const namedAtLogin = subject.logins.length
    ? inArray(
        sql`lower(${auditLog.details}->>'login')`,
        subject.logins.map((l) => l.toLowerCase()),
      )
    : undefined;
  return (
    or(eq(auditLog.actorId, subject.userId), targetIsTheirs(subject), namedAtLogin) ?? sql`false`
  );
}

/**
 * Security events the person did, that were done to them, or that named their account. Where
 * someone else acted (an admin), that someone's address and browser are theirs, and left out.
 */
export async function exportAuditTrail(db: DbOrTx, subject: AuditSubject) {
  const notOthers = sql`(${auditLog.actorId} is null or ${auditLog.actorId} = ${subject.userId})`;
  return db
    .select({
      at: auditLog.at,
      action: auditLog.action,
      byYou: sql<boolean>`coalesce(${auditLog.actorId} = ${subject.userId}, false)`,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      ip: sql<string>`case when ${notOthers} then ${auditLog.ip} else '' end`,
      userAgent: sql<string>`case when ${notOthers} then ${auditLog.userAgent} else '' end`,
      details: auditLog.details,
    })
    .from(auditLog)
    .where(about(subject))
    .orderBy(asc(auditLog.at), asc(auditLog.id));
}

/**
 * Keeps the security history of a deleted account without its personal data: the rows stay
 * (what happened, when), but the person's id, their sessions' ids, their addresses and browsers
 * and the details about them go. What someone else did to them keeps that someone's id, address
 * and browser; what they did to another account keeps its details, which are that account's.
 */
export async function anonymiseAuditTrail(tx: DbOrTx, subject: AuditSubject): Promise<number> {
  const own = sql`${auditLog.actorId} = ${subject.userId}`;
  const byOther = sql`(${auditLog.actorId} is not null and ${auditLog.actorId} <> ${subject.userId})`;
  const theirTarget = targetIsTheirs(subject);
  const rows = await tx
    .update(auditLog)
    .set({
      actorId: sql`case when ${own} then null else ${auditLog.actorId} end`,
      targetId: sql`case when ${theirTarget} then null else ${auditLog.targetId} end`,
      ip: sql`case when ${byOther} then ${auditLog.ip} else '' end`,
      userAgent: sql`case when ${byOther} then ${auditLog.userAgent} else '' end`,
      details: sql`case when ${own} and ${auditLog.targetType} = 'user' and not ${theirTarget}
        then ${auditLog.details} else '{}'::jsonb end`,
    })
    .where(about(subject))
    .returning({ id: auditLog.id });
  return rows.length;
}
