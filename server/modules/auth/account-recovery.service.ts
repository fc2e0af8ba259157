import { eq, sql } from 'drizzle-orm';
import type { Cache } from '../../platform/cache/index.js';
import type { JobQueue } from '../../platform/jobs/index.js';
import { AppError } from '../../platform/http/app-error.js';
import { enqueueEmail } from '../../platform/mail/index.js';
import { users } from '../users/users.tables.js';
import { consumeEmailToken, issueEmailToken } from './email-tokens.service.js';
import { hashPassword, passwordProblems, verifyPassword } from './passwords.js';
import { revokeOtherSessions } from './sessions-revoke.js';
import type { SessionDeps } from './sessions.service.js';

export interface RecoveryDeps extends Pick<SessionDeps, 'database' | 'now' | 'passwordHashing'> {
  cache: Cache;
  jobs: JobQueue;
  publicUrl: string;
}

const VERIFY_TTL_HOURS = 48;
const RESET_TTL_MINUTES = 30;
/**
 * At most one email of each kind a minute to one address, whoever asks. Per kind, so the
 * confirmation sent at sign-up does not hold back a reset link asked for right after.
 */
const EMAIL_THROTTLE_SECONDS = 60;

async function throttled(
  cache: Cache,
  kind: 'verify-email' | 'reset-password',
  email: string,
): Promise<boolean> {
  const key = `mail-throttle:${kind}:${email.toLowerCase()}`;
  if (await cache.get<boolean>(key)) return true;
  await cache.set(key, true, EMAIL_THROTTLE_SECONDS);
  return false;
}

type UserRow = typeof users.$inferSelect;

/** Sends (at most once a minute) a link that confirms the account's current address. */
export async function sendVerificationEmail(deps: RecoveryDeps, user: UserRow): Promise<void> {
  if (user.emailVerifiedAt || (await throttled(deps.cache, 'verify-email', user.email))) return;
  const token = await deps.database.transaction((tx) =>
    issueEmailToken(tx, {
      userId: user.id,
      purpose: 'verify-email',
      email: user.email,
      ttlMs: VERIFY_TTL_HOURS * 3600_000,
      now: deps.now(),
    }),
  );
  // The token travels in the fragment, which browsers never send to a server or log.
  await enqueueEmail(deps.jobs, user.email, 'verify-email', {
    username: user.username,
    link: `${deps.publicUrl}/verify-email#token=${token}`,
    expiresInHours: VERIFY_TTL_HOURS,
  });
}

export async function verifyEmail(deps: RecoveryDeps, token: string): Promise<string> {
  const verified = await deps.database.transaction(async (tx) => {
    const row = await consumeEmailToken(tx, token, 'verify-email', deps.now());
    if (!row) return undefined;
    const updated = await tx
      .update(users)
      .set({ emailVerifiedAt: deps.now(), updatedAt: deps.now() })
      .where(eq(users.id, row.userId))
      .returning({ email: users.email });
    // A link sent to an address the account no longer has proves nothing about the new one.
    return updated[0]?.email.toLowerCase() === row.email.toLowerCase() ? row.userId : undefined;
  });
  if (!verified) {
    throw new AppError('VALIDATION_FAILED', 'This link is invalid, used or expired', [
      { path: 'body.token', message: 'is invalid, used or expired' },
    ]);
  }
  return verified;
}

/** Sends a reset link when an account has this address; the caller answers the same either way. */
export async function requestPasswordReset(deps: RecoveryDeps, email: string): Promise<void> {
  const [user] = await deps.database.db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()))
    .limit(1);
  if (user?.status !== 'active' || (await throttled(deps.cache, 'reset-password', user.email))) {
    return;
  }
  const token = await deps.database.transaction((tx) =>
    issueEmailToken(tx, {
      userId: user.id,
      purpose: 'reset-password',
      email: user.email,
      ttlMs: RESET_TTL_MINUTES * 60_000,
      now: deps.now(),
    }),
  );
  await enqueueEmail(deps.jobs, user.email, 'reset-password', {
    username: user.username,
    link: `${deps.publicUrl}/reset-password#token=${token}`,
    expiresInMinutes: RESET_TTL_MINUTES,
  });
}

async function checkStrength(password: string, user: UserRow, path: string) {
  const problems = passwordProblems(password, [user.username, user.email]);
  if (problems.length) {
    throw AppError.validation(
      problems.map((p) => ({ ...p, path })),
      'Choose a stronger password',
    );
  }
}

/** Sets a new password from an emailed link and ends every session of the account. */
export async function resetPassword(
  deps: RecoveryDeps,
  token: string,
  password: string,
): Promise<string> {
  const userId = await deps.database.transaction(async (tx) => {
    const row = await consumeEmailToken(tx, token, 'reset-password', deps.now());
    if (!row) return undefined;
    const [user] = await tx.select().from(users).where(eq(users.id, row.userId));
    if (!user) return undefined;
    await checkStrength(password, user, 'body.password');
    await tx
      .update(users)
      .set({
        passwordHash: await hashPassword(password, deps.passwordHashing),
        // The link reached this address, which proves it belongs to the owner.
        emailVerifiedAt: user.emailVerifiedAt ?? deps.now(),
        updatedAt: deps.now(),
      })
      .where(eq(users.id, user.id));
    return user.id;
  });
  if (!userId) {
    throw new AppError('VALIDATION_FAILED', 'This link is invalid, used or expired', [
      { path: 'body.token', message: 'is invalid, used or expired' },
    ]);
  }
  await revokeOtherSessions(deps, userId, undefined, 'password-reset');
  return userId;
}

/** Changes the password of a signed-in user; every other session ends. */
export async function changePassword(
  deps: RecoveryDeps,
  auth: { userId: string; sessionId: string },
  input: { currentPassword: string; newPassword: string },
) {
  const [user] = await deps.database.db.select().from(users).where(eq(users.id, auth.userId));
  if (
    !user ||
    !(await verifyPassword(user.passwordHash, input.currentPassword, deps.passwordHashing))
  ) {
    throw AppError.validation([{ path: 'body.currentPassword', message: 'is not right' }]);
  }
  await checkStrength(input.newPassword, user, 'body.newPassword');
  await deps.database.db
    .update(users)
    .set({
      passwordHash: await hashPassword(input.newPassword, deps.passwordHashing),
      updatedAt: deps.now(),
    })
    .where(eq(users.id, user.id));
  await revokeOtherSessions(deps, user.id, auth.sessionId, 'password-change');
}
