import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import type { TRole } from '../../../contracts/auth.js';
import type { Config } from '../../config.js';
import { decryptString, encryptString } from '../../platform/crypto/encryption.js';
import { hashToken, randomToken } from '../../platform/crypto/tokens.js';
import type { Database, DbOrTx } from '../../platform/db/index.js';
import { users } from '../users/users.tables.js';
import { refreshTokens, sessions } from './auth.tables.js';
import type { PasswordHashing } from './passwords.js';

/** Two tabs refreshing with one token within this window both get the same successor. */
export const REFRESH_GRACE_MS = 10_000;

export interface SessionDeps {
  database: Database;
  encryptionKey: Buffer;
  lifetimes: Config['auth'];
  passwordHashing: PasswordHashing;
  now: () => Date;
}

export interface SessionMeta {
  userAgent: string;
  ip: string;
}

const privilegedRoles: readonly TRole[] = ['moderator', 'admin'];

function limitsFor(roles: readonly string[], lifetimes: Config['auth']) {
  const privileged = roles.some((r) => (privilegedRoles as readonly string[]).includes(r));
  return privileged
    ? { idleMs: lifetimes.privilegedSessionIdleMs, maxMs: lifetimes.privilegedSessionMaxMs }
    : { idleMs: lifetimes.sessionIdleMs, maxMs: lifetimes.sessionMaxMs };
}

async function issueToken(tx: DbOrTx, sessionId: string, now: Date): Promise<string> {
  const token = randomToken(32);
  await tx.insert(refreshTokens).values({ sessionId, tokenHash: hashToken(token), createdAt: now });
  return token;
}

/** Starts a session (a new refresh-token family) inside the caller's transaction. */
export async function createSession(
  tx: DbOrTx,
  deps: Pick<SessionDeps, 'lifetimes' | 'now'>,
  user: { id: string; roles: readonly string[] },
  meta: SessionMeta,
): Promise<{ sessionId: string; refreshToken: string; expiresAt: Date }> {
  const now = deps.now();
  const { maxMs } = limitsFor(user.roles, deps.lifetimes);
  const expiresAt = new Date(now.getTime() + maxMs);
  const [session] = await tx
    .insert(sessions)
    .values({
      userId: user.id,
      userAgent: meta.userAgent.slice(0, 500),
      ip: meta.ip,
      createdAt: now,
      lastUsedAt: now,
      expiresAt,
    })
    .returning({ id: sessions.id });
  if (!session) throw new Error('session insert returned nothing');
  const refreshToken = await issueToken(tx, session.id, now);
  return { sessionId: session.id, refreshToken, expiresAt };
}

export type RotateResult =
  | { ok: true; userId: string; sessionId: string; refreshToken: string; expiresAt: Date }
  | {
      ok: false;
      reason: 'unknown' | 'revoked' | 'expired' | 'reused' | 'suspended';
      /** The session the token belonged to, when known (its cached state may need dropping). */
      sessionId?: string;
    };

export async function revokeSession(tx: DbOrTx, sessionId: string, reason: string, now: Date) {
  await tx
    .update(sessions)
    .set({ revokedAt: now, revokedReason: reason })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
}

/**
 * Exchanges a refresh token for its successor. The token row is locked, so concurrent refreshes
 * with one token rotate exactly once; the losers, within the grace window, receive the same
 * successor. Any other reuse of a spent token revokes the whole session (family).
 */
export async function rotateRefreshToken(
  deps: SessionDeps,
  presented: string,
  meta: SessionMeta,
): Promise<RotateResult> {
  return deps.database.transaction(async (tx): Promise<RotateResult> => {
    const now = deps.now();
    const [row] = await tx
      .select({ token: refreshTokens, session: sessions, user: users })
      .from(refreshTokens)
      .innerJoin(sessions, eq(sessions.id, refreshTokens.sessionId))
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(eq(refreshTokens.tokenHash, hashToken(presented)))
      .for('update', { of: refreshTokens });
    if (!row) return { ok: false, reason: 'unknown' };
    const { token, session, user } = row;
    if (session.revokedAt) return { ok: false, reason: 'revoked', sessionId: session.id };
    if (user.status !== 'active') return { ok: false, reason: 'suspended', sessionId: session.id };
    const { idleMs } = limitsFor(user.roles, deps.lifetimes);
    const idleFor = now.getTime() - session.lastUsedAt.getTime();
    if (now >= session.expiresAt || idleFor > idleMs) {
      await revokeSession(tx, session.id, 'expired', now);
      return { ok: false, reason: 'expired', sessionId: session.id };
    }

    const touch = () =>
      tx
        .update(sessions)
        .set({ lastUsedAt: now, userAgent: meta.userAgent.slice(0, 500), ip: meta.ip })
        .where(eq(sessions.id, session.id));
    const granted = (refreshToken: string): RotateResult => ({
      ok: true,
      userId: user.id,
      sessionId: session.id,
      refreshToken,
      expiresAt: session.expiresAt,
    });

    if (!token.usedAt) {
      const successor = await issueToken(tx, session.id, now);
      await tx
        .update(refreshTokens)
        .set({
          usedAt: now,
          successorSealed: encryptString(deps.encryptionKey, successor, token.id),
        })
        .where(eq(refreshTokens.id, token.id));
      await touch();
      return granted(successor);
    }

    const withinGrace = now.getTime() - token.usedAt.getTime() <= REFRESH_GRACE_MS;
    if (withinGrace && token.successorSealed) {
      const successor = decryptString(deps.encryptionKey, token.successorSealed, token.id);
      const [next] = await tx
        .select({ usedAt: refreshTokens.usedAt })
        .from(refreshTokens)
        .where(eq(refreshTokens.tokenHash, hashToken(successor)));
      // Only the immediate parent of the live token is forgiven.
      if (next && !next.usedAt) {
        await touch();
        return granted(successor);
      }
    }
    await revokeSession(tx, session.id, 'refresh-token-reuse', now);
    return { ok: false, reason: 'reused', sessionId: session.id };
  });
}

/** The state the auth guard needs for every request; cached by the caller. */
export async function sessionState(
  db: DbOrTx,
  sessionId: string,
  now: Date,
): Promise<{ active: boolean; userId?: string; roles?: string[] }> {
  const [row] = await db
    .select({ session: sessions, status: users.status, roles: users.roles })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, sessionId));
  if (!row) return { active: false };
  const active = !row.session.revokedAt && row.status === 'active' && now < row.session.expiresAt;
  return { active, userId: row.session.userId, roles: row.roles };
}

export async function listSessions(db: DbOrTx, userId: string, now: Date) {
  return db
    .select({
      id: sessions.id,
      userAgent: sessions.userAgent,
      ip: sessions.ip,
      createdAt: sessions.createdAt,
      lastUsedAt: sessions.lastUsedAt,
    })
    .from(sessions)
    .where(
      and(eq(sessions.userId, userId), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)),
    )
    .orderBy(desc(sessions.lastUsedAt))
    .limit(100);
}

/** When a session was signed in (refreshing keeps this), for "signed in recently" checks. */
export async function sessionSignedInAt(db: DbOrTx, sessionId: string): Promise<Date | undefined> {
  const [row] = await db
    .select({ createdAt: sessions.createdAt })
    .from(sessions)
    .where(eq(sessions.id, sessionId));
  return row?.createdAt;
}
