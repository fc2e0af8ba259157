import { and, eq, isNull } from 'drizzle-orm';
import { hashToken, randomToken } from '../../platform/crypto/tokens.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { AppError } from '../../platform/http/app-error.js';
import { users } from '../users/users.tables.js';
import { backupCodes, loginChallenges, userTotp } from './auth.tables.js';
import { verifyPassword } from './passwords.js';
import type { SessionDeps } from './sessions.service.js';
import { generateBackupCodes, hashBackupCode, matchBackupCode } from './totp/backup-codes.js';
import { openTotpSecret, sealTotpSecret } from './totp/totp-secret-storage.js';
import { createTotpSecret, otpauthUri, qrCodeDataUrl, verifyTotp } from './totp/totp.js';

export type TwoFactorDeps = Pick<SessionDeps, 'database' | 'encryptionKey' | 'now'>;

const CHALLENGE_MS = 5 * 60_000;
const MAX_CHALLENGE_FAILURES = 5;

export interface SecondFactor {
  code?: string;
  backupCode?: string;
}

export async function twoFactorStatus(db: DbOrTx, userId: string) {
  const [totp] = await db.select().from(userTotp).where(eq(userTotp.userId, userId));
  const codes = await db
    .select({ id: backupCodes.id })
    .from(backupCodes)
    .where(and(eq(backupCodes.userId, userId), isNull(backupCodes.usedAt)));
  return { enabled: Boolean(totp?.enabledAt), backupCodesRemaining: codes.length };
}

/** Starts (or restarts) setup: a new secret, pending until a code from it is confirmed. */
export async function beginSetup(deps: TwoFactorDeps, user: { id: string; email: string }) {
  return deps.database.transaction(async (tx) => {
    const [existing] = await tx.select().from(userTotp).where(eq(userTotp.userId, user.id));
    if (existing?.enabledAt) {
      throw new AppError('CONFLICT', 'Two-factor authentication is already on');
    }
    const secret = createTotpSecret().base32;
    const secretSealed = sealTotpSecret(deps.encryptionKey, secret, user.id);
    await tx
      .insert(userTotp)
      .values({ userId: user.id, secretSealed, createdAt: deps.now() })
      .onConflictDoUpdate({
        target: userTotp.userId,
        set: { secretSealed, enabledAt: null, lastUsedStep: null },
      });
    const uri = otpauthUri({ secret, accountName: user.email });
    return { secret, otpauthUri: uri, qrCodeDataUrl: await qrCodeDataUrl(uri) };
  });
}

async function replaceBackupCodes(tx: DbOrTx, userId: string): Promise<string[]> {
  const codes = generateBackupCodes();
  await tx.delete(backupCodes).where(eq(backupCodes.userId, userId));
  await tx.insert(backupCodes).values(codes.map((c) => ({ userId, codeHash: hashBackupCode(c) })));
  return codes;
}

const wrongCode = () =>
  AppError.validation([{ path: 'body.code', message: 'this code is not valid' }], 'Wrong code');

/**
 * Checks a TOTP code (once per time step) or consumes a backup code, inside the caller's
 * transaction with the TOTP row locked, so one code cannot be used twice concurrently.
 */
export async function checkSecondFactor(
  tx: DbOrTx,
  deps: TwoFactorDeps,
  userId: string,
  factor: SecondFactor,
  requireEnabled = true,
): Promise<boolean> {
  const [totp] = await tx.select().from(userTotp).where(eq(userTotp.userId, userId)).for('update');
  if (!totp || (requireEnabled && !totp.enabledAt)) return false;
  if (factor.code) {
    const secret = openTotpSecret(deps.encryptionKey, totp.secretSealed, userId);
    const result = verifyTotp({
      secret,
      code: factor.code,
      now: deps.now(),
      lastUsedStep: totp.lastUsedStep,
    });
    if (!result.ok) return false;
    await tx.update(userTotp).set({ lastUsedStep: result.step }).where(eq(userTotp.userId, userId));
    return true;
  }
  if (factor.backupCode) {
    const unused = await tx
      .select()
      .from(backupCodes)
      .where(and(eq(backupCodes.userId, userId), isNull(backupCodes.usedAt)));
    const index = matchBackupCode(
      factor.backupCode,
      unused.map((c) => c.codeHash),
    );
    const match = unused[index];
    if (!match) return false;
    await tx.update(backupCodes).set({ usedAt: deps.now() }).where(eq(backupCodes.id, match.id));
    return true;
  }
  return false;
}

/** Confirms setup with a code from the new secret; returns the backup codes, shown once. */
export async function enable(deps: TwoFactorDeps, userId: string, code: string) {
  return deps.database.transaction(async (tx) => {
    const [totp] = await tx.select().from(userTotp).where(eq(userTotp.userId, userId));
    if (!totp) throw new AppError('CONFLICT', 'Start two-factor setup first');
    if (totp.enabledAt) throw new AppError('CONFLICT', 'Two-factor authentication is already on');
    if (!(await checkSecondFactor(tx, deps, userId, { code }, false))) throw wrongCode();
    await tx.update(userTotp).set({ enabledAt: deps.now() }).where(eq(userTotp.userId, userId));
    return replaceBackupCodes(tx, userId);
  });
}

async function reauthenticate(
  tx: DbOrTx,
  deps: TwoFactorDeps,
  userId: string,
  input: SecondFactor & { password: string },
) {
  const [user] = await tx.select().from(users).where(eq(users.id, userId));
  if (!(await verifyPassword(user?.passwordHash ?? null, input.password))) {
    throw AppError.validation(
      [{ path: 'body.password', message: 'is not right' }],
      'Wrong password',
    );
  }
  if (!(await checkSecondFactor(tx, deps, userId, input))) throw wrongCode();
}

export async function disable(
  deps: TwoFactorDeps,
  userId: string,
  input: SecondFactor & { password: string },
) {
  await deps.database.transaction(async (tx) => {
    await reauthenticate(tx, deps, userId, input);
    await tx.delete(userTotp).where(eq(userTotp.userId, userId));
    await tx.delete(backupCodes).where(eq(backupCodes.userId, userId));
  });
}

export async function regenerateBackupCodes(
  deps: TwoFactorDeps,
  userId: string,
  input: SecondFactor & { password: string },
) {
  return deps.database.transaction(async (tx) => {
    await reauthenticate(tx, deps, userId, input);
    return replaceBackupCodes(tx, userId);
  });
}

export async function requiresSecondFactor(db: DbOrTx, userId: string): Promise<boolean> {
  const [totp] = await db
    .select({ enabledAt: userTotp.enabledAt })
    .from(userTotp)
    .where(eq(userTotp.userId, userId));
  return Boolean(totp?.enabledAt);
}

export async function createChallenge(deps: TwoFactorDeps, userId: string) {
  const token = randomToken(32);
  const expiresAt = new Date(deps.now().getTime() + CHALLENGE_MS);
  await deps.database.db
    .insert(loginChallenges)
    .values({ userId, tokenHash: hashToken(token), expiresAt });
  return { challengeToken: token, expiresAt };
}

/**
 * Completes a login challenge. A wrong code counts against the challenge; the fifth voids it.
 * Returns the user id on success.
 */
export async function completeChallenge(
  deps: TwoFactorDeps,
  challengeToken: string,
  factor: SecondFactor,
): Promise<string> {
  const outcome = await deps.database.transaction(async (tx) => {
    const [challenge] = await tx
      .select()
      .from(loginChallenges)
      .where(eq(loginChallenges.tokenHash, hashToken(challengeToken)))
      .for('update');
    const now = deps.now();
    if (
      !challenge ||
      challenge.completedAt ||
      challenge.expiresAt <= now ||
      challenge.failedAttempts >= MAX_CHALLENGE_FAILURES
    ) {
      return { ok: false as const, expired: true };
    }
    if (await checkSecondFactor(tx, deps, challenge.userId, factor)) {
      await tx
        .update(loginChallenges)
        .set({ completedAt: now })
        .where(eq(loginChallenges.id, challenge.id));
      return { ok: true as const, userId: challenge.userId };
    }
    await tx
      .update(loginChallenges)
      .set({ failedAttempts: challenge.failedAttempts + 1 })
      .where(eq(loginChallenges.id, challenge.id));
    return { ok: false as const, expired: false };
  });
  if (outcome.ok) return outcome.userId;
  if (outcome.expired) {
    throw new AppError('UNAUTHENTICATED', 'This sign-in attempt has expired; log in again');
  }
  throw wrongCode();
}
