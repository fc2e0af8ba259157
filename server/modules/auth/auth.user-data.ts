import { asc, count, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/index.js';
import {
  backupCodes,
  emailTokens,
  loginChallenges,
  refreshTokens,
  sessions,
  userIdentities,
  userTotp,
} from './auth.tables.js';

// What the auth module holds about a user, for the data export. Secrets never leave: no token or
// code hashes, no TOTP secret, no sealed successor tokens; only what they are and when.

/** Every session (refresh-token family), ended ones too, with how many tokens it issued. */
export async function exportSessions(db: DbOrTx, userId: string) {
  return db
    .select({
      id: sessions.id,
      userAgent: sessions.userAgent,
      ip: sessions.ip,
      createdAt: sessions.createdAt,
      lastUsedAt: sessions.lastUsedAt,
      expiresAt: sessions.expiresAt,
      revokedAt: sessions.revokedAt,
      revokedReason: sessions.revokedReason,
      refreshTokensIssued: count(refreshTokens.id),
    })
    .from(sessions)
    .leftJoin(refreshTokens, eq(refreshTokens.sessionId, sessions.id))
    .where(eq(sessions.userId, userId))
    .groupBy(sessions.id)
    .orderBy(asc(sessions.createdAt), asc(sessions.id));
}

/** Two-factor state: whether it is on and since when, the backup codes used, the login steps. */
export async function exportTwoFactor(db: DbOrTx, userId: string) {
  const [totp] = await db
    .select({ createdAt: userTotp.createdAt, enabledAt: userTotp.enabledAt })
    .from(userTotp)
    .where(eq(userTotp.userId, userId));
  const codes = await db
    .select({ usedAt: backupCodes.usedAt })
    .from(backupCodes)
    .where(eq(backupCodes.userId, userId));
  const challenges = await db
    .select({
      expiresAt: loginChallenges.expiresAt,
      failedAttempts: loginChallenges.failedAttempts,
      completedAt: loginChallenges.completedAt,
    })
    .from(loginChallenges)
    .where(eq(loginChallenges.userId, userId))
    .orderBy(asc(loginChallenges.expiresAt));
  return {
    enabled: Boolean(totp?.enabledAt),
    setUpAt: totp?.createdAt ?? null,
    enabledAt: totp?.enabledAt ?? null,
    backupCodes: {
      total: codes.length,
      remaining: codes.filter((c) => c.usedAt === null).length,
      usedAt: codes.flatMap((c) => (c.usedAt ? [c.usedAt] : [])),
    },
    loginChallenges: challenges,
  };
}

export async function exportIdentities(db: DbOrTx, userId: string) {
  return db
    .select({
      provider: userIdentities.provider,
      subject: userIdentities.subject,
      email: userIdentities.email,
      createdAt: userIdentities.createdAt,
    })
    .from(userIdentities)
    .where(eq(userIdentities.userId, userId))
    .orderBy(asc(userIdentities.createdAt));
}

/** Verification and reset links sent: to which address, when, and whether they were used. */
export async function exportEmailTokens(db: DbOrTx, userId: string) {
  return db
    .select({
      purpose: emailTokens.purpose,
      email: emailTokens.email,
      createdAt: emailTokens.createdAt,
      expiresAt: emailTokens.expiresAt,
      usedAt: emailTokens.usedAt,
    })
    .from(emailTokens)
    .where(eq(emailTokens.userId, userId))
    .orderBy(asc(emailTokens.createdAt));
}

/** Ids of all the user's sessions, so records that name a session can be found. */
export async function userSessionIds(db: DbOrTx, userId: string): Promise<string[]> {
  const rows = await db
    .select({ id: sessions.id })
    .from(sessions)
    .where(eq(sessions.userId, userId));
  return rows.map((r) => r.id);
}
