import { and, eq, sql } from 'drizzle-orm';
import { AppError } from '../../platform/http/app-error.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { users } from '../users/users.tables.js';
import { userIdentities } from './auth.tables.js';
import type { UserRow } from './auth.service.js';
import { decideOAuthSignIn } from './oauth/account-linking.js';
import { OAuthError } from './oauth/oauth-error.js';
import type { ProviderProfile } from './oauth/provider-types.js';
import type { SessionDeps } from './sessions.service.js';

export type OAuthAccountDeps = Pick<SessionDeps, 'database' | 'now'>;

const refusals = {
  email_not_verified_by_provider: 'The provider did not confirm your email address',
  email_in_use_login_to_link:
    'An account already uses this email: log in and link the provider from your account settings',
  identity_in_use: 'That provider account is already linked to another CareerOS account',
} as const;

/** A free username built from what the provider knows, e.g. "ada-lovelace" or "ada-lovelace-2". */
async function freeUsername(tx: DbOrTx, profile: ProviderProfile): Promise<string> {
  const seed = (profile.username ?? profile.email?.split('@')[0] ?? profile.name ?? 'member')
    .toLowerCase()
    .replace(/[^a-z0-9_.-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .slice(0, 24);
  const base = seed.length >= 3 ? seed : `member-${seed}`.slice(0, 24);
  for (let n = 1; n < 1000; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    const [taken] = await tx
      .select({ id: users.id })
      .from(users)
      .where(eq(sql`lower(${users.username})`, candidate));
    if (!taken) return candidate;
  }
  throw new Error('no free username found');
}

/** Signs in with a provider profile: an existing link, a safe link by verified email, or a new account. */
export async function signInWithProfile(
  deps: OAuthAccountDeps,
  profile: ProviderProfile,
): Promise<UserRow> {
  return deps.database.transaction(async (tx) => {
    const [linked] = await tx
      .select({ userId: userIdentities.userId })
      .from(userIdentities)
      .where(
        and(
          eq(userIdentities.provider, profile.provider),
          eq(userIdentities.subject, profile.subject),
        ),
      );
    const [withEmail] = profile.email
      ? await tx
          .select()
          .from(users)
          .where(eq(sql`lower(${users.email})`, profile.email.toLowerCase()))
      : [];
    const decision = decideOAuthSignIn({
      profile,
      linkedUserId: linked?.userId,
      userWithEmail: withEmail
        ? { id: withEmail.id, emailVerified: withEmail.emailVerifiedAt !== null }
        : undefined,
    });
    if (decision.action === 'refuse')
      throw new OAuthError(decision.reason, refusals[decision.reason], profile.provider);

    let userId: string;
    if (decision.action === 'create-account') {
      const [created] = await tx
        .insert(users)
        .values({
          username: await freeUsername(tx, profile),
          email: profile.email ?? '',
          emailVerifiedAt: deps.now(),
          passwordHash: null,
        })
        .returning();
      if (!created) throw new Error('user insert returned nothing');
      userId = created.id;
    } else {
      userId = decision.userId;
    }
    if (decision.action !== 'sign-in') {
      await tx.insert(userIdentities).values({
        userId,
        provider: profile.provider,
        subject: profile.subject,
        email: profile.email,
      });
    }
    const [user] = await tx.select().from(users).where(eq(users.id, userId));
    if (!user) throw new Error('user vanished');
    if (user.status !== 'active') throw new AppError('FORBIDDEN', 'This account is suspended');
    return user;
  });
}

/** Links a provider account to a signed-in user (from settings). */
export async function linkProfile(
  deps: OAuthAccountDeps,
  userId: string,
  profile: ProviderProfile,
) {
  await deps.database.transaction(async (tx) => {
    const [existing] = await tx
      .select()
      .from(userIdentities)
      .where(
        and(
          eq(userIdentities.provider, profile.provider),
          eq(userIdentities.subject, profile.subject),
        ),
      );
    if (existing && existing.userId !== userId) {
      throw new OAuthError('identity_in_use', refusals.identity_in_use, profile.provider);
    }
    if (existing) return;
    const [sameProvider] = await tx
      .select()
      .from(userIdentities)
      .where(and(eq(userIdentities.userId, userId), eq(userIdentities.provider, profile.provider)));
    if (sameProvider) {
      throw new OAuthError('identity_in_use', refusals.identity_in_use, profile.provider);
    }
    await tx.insert(userIdentities).values({
      userId,
      provider: profile.provider,
      subject: profile.subject,
      email: profile.email,
    });
  });
}

export async function listIdentities(db: DbOrTx, userId: string) {
  return db
    .select({
      provider: userIdentities.provider,
      email: userIdentities.email,
      createdAt: userIdentities.createdAt,
    })
    .from(userIdentities)
    .where(eq(userIdentities.userId, userId));
}

/** Unlinks a provider unless it is the account's last way to sign in. */
export async function unlinkIdentity(deps: OAuthAccountDeps, userId: string, provider: string) {
  await deps.database.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, userId)).for('update');
    const identities = await tx
      .select()
      .from(userIdentities)
      .where(eq(userIdentities.userId, userId));
    if (!identities.some((i) => i.provider === provider)) throw AppError.notFound('Linked account');
    if (!user?.passwordHash && identities.length <= 1) {
      throw new AppError(
        'CONFLICT',
        'This is your only way to sign in; set a password or link another account first',
      );
    }
    await tx
      .delete(userIdentities)
      .where(and(eq(userIdentities.userId, userId), eq(userIdentities.provider, provider)));
  });
}
