import { eq, or, sql } from 'drizzle-orm';
import type { TAuthUser, TLoginRequest, TRegisterRequest, TRole } from '../../../contracts/auth.js';
import { AppError } from '../../platform/http/app-error.js';
import { users } from '../users/users.tables.js';
import { hashPassword, passwordProblems, verifyPassword } from './passwords.js';
import { permissionsOf } from './permissions.js';
import { createSession, type SessionDeps, type SessionMeta } from './sessions.service.js';

export type UserRow = typeof users.$inferSelect;

export function presentUser(user: UserRow): TAuthUser {
  return {
    id: user.id,
    username: user.username,
    email: user.email,
    emailVerified: user.emailVerifiedAt !== null,
    roles: user.roles as TRole[],
    permissions: permissionsOf(user.roles as TRole[]),
    createdAt: user.createdAt.toISOString(),
  };
}

export interface SignedIn {
  user: UserRow;
  sessionId: string;
  refreshToken: string;
  sessionExpiresAt: Date;
}

function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if ((e as { code?: string }).code === '23505') return true;
  }
  return false;
}

export async function register(
  deps: SessionDeps,
  input: TRegisterRequest,
  meta: SessionMeta,
): Promise<SignedIn> {
  const problems = passwordProblems(input.password, [input.username, input.email]);
  if (problems.length) throw AppError.validation(problems, 'Choose a stronger password');
  const passwordHash = await hashPassword(input.password, deps.passwordHashing);
  try {
    return await deps.database.transaction(async (tx) => {
      const taken = await tx
        .select({ username: users.username, email: users.email })
        .from(users)
        .where(
          or(
            eq(sql`lower(${users.username})`, input.username.toLowerCase()),
            eq(sql`lower(${users.email})`, input.email.toLowerCase()),
          ),
        );
      const details = [];
      if (taken.some((u) => u.username.toLowerCase() === input.username.toLowerCase())) {
        details.push({ path: 'body.username', message: 'is already taken' });
      }
      if (taken.some((u) => u.email.toLowerCase() === input.email.toLowerCase())) {
        details.push({ path: 'body.email', message: 'already has an account; log in instead' });
      }
      if (details.length) throw new AppError('CONFLICT', 'An account already exists', details);
      const [user] = await tx
        .insert(users)
        .values({ username: input.username, email: input.email, passwordHash })
        .returning();
      if (!user) throw new Error('user insert returned nothing');
      const session = await createSession(tx, deps, user, meta);
      return { user, ...session, sessionExpiresAt: session.expiresAt };
    });
  } catch (error) {
    // Two sign-ups racing for one name: the unique index decides, the loser gets the same 409.
    if (isUniqueViolation(error)) throw new AppError('CONFLICT', 'An account already exists');
    throw error;
  }
}

const invalidLogin = () =>
  new AppError('UNAUTHENTICATED', 'The username, email or password is not right');

/** What brute-force limits count against: the account a login names (by username or email). */
export async function accountKey(
  deps: Pick<SessionDeps, 'database'>,
  login: string,
): Promise<string> {
  const needle = login.toLowerCase();
  const [user] = await deps.database.db
    .select({ id: users.id })
    .from(users)
    .where(or(eq(sql`lower(${users.username})`, needle), eq(sql`lower(${users.email})`, needle)))
    .limit(1);
  return user ? `user:${user.id}` : `login:${needle}`;
}

/** Checks a username-or-email and password; the same answer, in the same time, for every failure. */
export async function checkCredentials(
  deps: Pick<SessionDeps, 'database' | 'passwordHashing'>,
  input: Pick<TLoginRequest, 'login' | 'password'>,
): Promise<UserRow> {
  const needle = input.login.toLowerCase();
  const [user] = await deps.database.db
    .select()
    .from(users)
    .where(or(eq(sql`lower(${users.username})`, needle), eq(sql`lower(${users.email})`, needle)))
    .limit(1);
  // Verify even without an account, so both failures take the same time.
  const ok = await verifyPassword(user?.passwordHash ?? null, input.password, deps.passwordHashing);
  if (!user || !ok) throw invalidLogin();
  if (user.status !== 'active') throw new AppError('FORBIDDEN', 'This account is suspended');
  return user;
}

export async function startSession(
  deps: SessionDeps,
  user: UserRow,
  meta: SessionMeta,
): Promise<SignedIn> {
  const session = await deps.database.transaction((tx) => createSession(tx, deps, user, meta));
  return { user, ...session, sessionExpiresAt: session.expiresAt };
}

export async function findUser(deps: Pick<SessionDeps, 'database'>, id: string) {
  const [user] = await deps.database.db.select().from(users).where(eq(users.id, id)).limit(1);
  return user;
}
