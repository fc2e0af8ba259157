import {
  date,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import type { TBadgeProgress } from '../../../contracts/badges.js';
import { users } from '../users/users.tables.js';

/** Badge definitions, synced at start from the ones authored in code (badge-definitions.ts). */
export const badges = pgTable('badges', {
  key: text().primaryKey(),
  name: text().notNull(),
  description: text().notNull(),
  category: text().notNull(),
  points: integer().notNull(),
  icon: text().notNull(),
  /** The criterion as data (event, condition, threshold), as authored. */
  criteria: jsonb().notNull(),
  position: integer().notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** A badge a user earned. Unique per user and badge: awarded once, whatever the races. */
export const userBadges = pgTable(
  'user_badges',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    badgeKey: text()
      .notNull()
      .references(() => badges.key),
    earnedAt: timestamp({ withTimezone: true }).notNull(),
    /** Where the user stood when it was earned. */
    progress: jsonb().$type<TBadgeProgress>().notNull(),
  },
  (t) => [unique('user_badges_user_badge_key').on(t.userId, t.badgeKey)],
);

/**
 * The last count seen towards a badge not yet earned, for counts only an event carries (e.g. the
 * achievements total); the badges list shows it as progress.
 */
export const badgeProgress = pgTable(
  'badge_progress',
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    badgeKey: text()
      .notNull()
      .references(() => badges.key),
    current: integer().notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.badgeKey] })],
);

/** The UTC days a user did something the badges count (for streaks). */
export const userActivityDays = pgTable(
  'user_activity_days',
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    day: date({ mode: 'string' }).notNull(),
  },
  // The key also serves the streak's scan of a user's latest days.
  (t) => [primaryKey({ columns: [t.userId, t.day] })],
);
