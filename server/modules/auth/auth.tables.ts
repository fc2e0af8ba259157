import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../users/users.tables.js';

/**
 * A signed-in device: one refresh-token family. Revoking it ends every token of the family.
 */
export const sessions = pgTable(
  'sessions',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    userAgent: text().notNull().default(''),
    ip: text().notNull().default(''),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Absolute end, fixed at creation (30 days, or 12 hours for privileged roles). */
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    revokedAt: timestamp({ withTimezone: true }),
    revokedReason: text(),
  },
  (t) => [index('sessions_user_idx').on(t.userId, t.createdAt)],
);

/**
 * Refresh tokens, stored only as hashes. Each use replaces the token with a successor; the
 * successor is also kept encrypted for a short grace window so that two tabs refreshing with the
 * same token at once both receive it, instead of tripping reuse detection.
 */
export const refreshTokens = pgTable(
  'refresh_tokens',
  {
    id: uuid().primaryKey().defaultRandom(),
    sessionId: uuid()
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    tokenHash: text().notNull().unique(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    usedAt: timestamp({ withTimezone: true }),
    successorSealed: text(),
  },
  (t) => [index('refresh_tokens_session_idx').on(t.sessionId)],
);

/** A user's TOTP secret (sealed with the platform key); `enabledAt` is null while setup is pending. */
export const userTotp = pgTable('user_totp', {
  userId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  secretSealed: text().notNull(),
  enabledAt: timestamp({ withTimezone: true }),
  /** The last 30-second step accepted, so each code works once. */
  lastUsedStep: integer(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** Single-use backup codes, hashed; regenerating replaces the whole set. */
export const backupCodes = pgTable(
  'backup_codes',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text().notNull(),
    usedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('backup_codes_user_idx').on(t.userId)],
);

/** The second step of a login for an account with 2FA: valid 5 minutes, 5 wrong codes void it. */
export const loginChallenges = pgTable('login_challenges', {
  id: uuid().primaryKey().defaultRandom(),
  tokenHash: text().notNull().unique(),
  userId: uuid()
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  expiresAt: timestamp({ withTimezone: true }).notNull(),
  failedAttempts: integer().notNull().default(0),
  completedAt: timestamp({ withTimezone: true }),
});

export const emailTokenPurposes = ['verify-email', 'reset-password'] as const;
export type EmailTokenPurpose = (typeof emailTokenPurposes)[number];

/** Single-use, expiring tokens sent by email (links carry them in the URL fragment). */
export const emailTokens = pgTable(
  'email_tokens',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: text({ enum: emailTokenPurposes }).notNull(),
    tokenHash: text().notNull().unique(),
    /** The address the token was sent to: verifying proves this address, not a later one. */
    email: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('email_tokens_user_idx').on(t.userId, t.purpose)],
);

/** Accounts at OAuth providers linked to a user; the provider's subject id is the stable key. */
export const userIdentities = pgTable(
  'user_identities',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    provider: text().notNull(),
    subject: text().notNull(),
    email: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('user_identities_provider_subject_idx').on(t.provider, t.subject),
    uniqueIndex('user_identities_user_provider_idx').on(t.userId, t.provider),
  ],
);
