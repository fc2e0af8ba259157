import { eq } from 'drizzle-orm';
import type { TDeleteAccountRequest, TDeletionRequirements } from '../../../contracts/privacy.js';
import type { Cache } from '../../platform/cache/index.js';
import type { DbOrTx, Tx } from '../../platform/db/index.js';
import { AppError } from '../../platform/http/app-error.js';
import { activeAdminCount } from '../admin/admin.service.js';
import { recordAudit } from '../audit/audit.service.js';
import { anonymiseAuditTrail } from '../audit/audit.user-data.js';
import { userCacheGroup } from '../auth/auth.guard.js';
import { LoginGuard } from '../auth/login-guard.js';
import { verifyPassword } from '../auth/passwords.js';
import { sessionSignedInAt } from '../auth/sessions.service.js';
import { checkSecondFactor, requiresSecondFactor } from '../auth/two-factor.service.js';
import { users } from '../users/users.tables.js';
import { auditSubject } from './audit-subject.js';
import { userFiles, type PrivacyDeps } from './data-export.service.js';

export interface DeletionDeps extends PrivacyDeps {
  cache: Cache;
  encryptionKey: Buffer;
  logger: { warn(obj: object, msg: string): void };
}

/** An account without a password confirms from a session signed in at most this long ago. */
export const RECENT_SIGN_IN_MS = 15 * 60_000;

type UserRow = typeof users.$inferSelect;

async function signedInRecently(db: DbOrTx, deps: { now: () => Date }, sessionId: string) {
  const signedInAt = await sessionSignedInAt(db, sessionId);
  return (
    signedInAt !== undefined && deps.now().getTime() - signedInAt.getTime() <= RECENT_SIGN_IN_MS
  );
}

/** What a deletion request of the signed-in user must contain. */
export async function deletionRequirements(
  deps: Pick<DeletionDeps, 'database' | 'now'>,
  auth: { userId: string; sessionId: string },
): Promise<TDeletionRequirements> {
  const db = deps.database.db;
  const [user] = await db
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, auth.userId));
  if (!user) throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
  return {
    confirmWith: user.passwordHash ? 'password' : 'username',
    twoFactor: await requiresSecondFactor(db, auth.userId),
    signedInRecently: await signedInRecently(db, deps, auth.sessionId),
  };
}
type Confirmation = { ok: true } | { ok: false; wrong: AppError };

const wrong = (path: string, message: string): Confirmation => ({
  ok: false,
  wrong: AppError.validation([{ path, message }], 'The confirmation is not right'),
});
const missing = (path: string, message: string) =>
  AppError.validation([{ path, message }], 'Confirm that it is you');

/**
 * Checks that the signed-in person is the owner: their password (or, without one, their typed
 * username and a recent sign-in), then their second factor when 2FA is on. Missing answers throw;
 * wrong ones are returned, to be counted against the account like failed logins.
 */
async function confirmOwner(
  tx: Tx,
  deps: DeletionDeps,
  user: UserRow,
  sessionId: string,
  input: TDeleteAccountRequest,
): Promise<Confirmation> {
  if (user.passwordHash) {
    if (!input.password) throw missing('body.password', 'enter your password');
    if (!(await verifyPassword(user.passwordHash, input.password))) {
      return wrong('body.password', 'is not right');
    }
  } else {
    if (!input.confirmUsername) throw missing('body.confirmUsername', 'type your username');
    if (input.confirmUsername.toLowerCase() !== user.username.toLowerCase()) {
      return wrong('body.confirmUsername', 'does not match your username');
    }
    if (!(await signedInRecently(tx, deps, sessionId))) {
      throw new AppError(
        'FORBIDDEN',
        'Sign in again, then delete your account within 15 minutes of signing in',
      );
    }
  }
  if (await requiresSecondFactor(tx, user.id)) {
    if (!input.code && !input.backupCode) {
      throw missing('body.code', 'enter the code from your authenticator app, or a backup code');
    }
    const factor = input.code ? { code: input.code } : { backupCode: input.backupCode };
    if (!(await checkSecondFactor(tx, deps, user.id, factor))) {
      return wrong(input.code ? 'body.code' : 'body.backupCode', 'is not valid');
    }
  }
  return { ok: true };
}

/**
 * Deletes the signed-in user's account after confirming it is them. In one transaction the audit
 * trail is anonymised, the user row is deleted (every other table of theirs cascades from it) and
 * an "account.deleted" entry without personal data is written. Then their cached session state is
 * dropped, so their access tokens stop working at once, and their files are removed.
 */
export async function deleteAccount(
  deps: DeletionDeps,
  auth: { userId: string; sessionId: string },
  input: TDeleteAccountRequest,
): Promise<{ files: number }> {
  const guard = new LoginGuard(deps.cache, deps.now);
  const account = `user:${auth.userId}`;
  await guard.assertMayTry(account);
  const outcome = await deps.database.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, auth.userId)).for('update');
    if (!user) throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
    const confirmed = await confirmOwner(tx, deps, user, auth.sessionId, input);
    // Nothing has changed yet when the confirmation is wrong: return, so the failure is counted.
    if (!confirmed.ok) return confirmed;
    if (user.roles.includes('admin') && (await activeAdminCount(tx)) <= 1) {
      throw new AppError(
        'CONFLICT',
        'You are the only admin: make someone else admin before deleting your account',
      );
    }
    const files = await userFiles(tx, user.id, deps.sections);
    await anonymiseAuditTrail(tx, await auditSubject(tx, user.id));
    await tx.delete(users).where(eq(users.id, user.id));
    await recordAudit(
      tx,
      { action: 'account.deleted', targetType: 'user', details: { files: files.length } },
      deps.now(),
    );
    return { ok: true as const, files };
  });
  if (!outcome.ok) {
    await guard.recordFailure(account);
    throw outcome.wrong;
  }
  await guard.clear(account);
  await deps.cache.invalidateGroup(userCacheGroup(auth.userId));
  // Files cannot join the transaction: they go once the rows are gone, and a failure is logged
  // (the key, never the owner) rather than undoing a deletion the user was told has happened.
  for (const file of outcome.files) {
    await deps.storage.delete(file.key).catch((err: unknown) => {
      deps.logger.warn({ err, key: file.key }, 'account deletion: could not delete a file');
    });
  }
  return { files: outcome.files.length };
}
