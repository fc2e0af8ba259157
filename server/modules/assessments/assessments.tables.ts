import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { skills } from '../skills/skills.tables.js';
import { users } from '../users/users.tables.js';

/** Each time a user completes the interest assessment (C4; seed 000's quiz_results). */
export const interestResults = pgTable(
  'interest_results',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** Rating 1-5 by item id, as answered. */
    answers: jsonb().$type<Record<string, number>>().notNull(),
    // Area scores 0-40, kept as columns so history and comparisons need not re-score.
    realistic: smallint().notNull(),
    investigative: smallint().notNull(),
    artistic: smallint().notNull(),
    social: smallint().notNull(),
    enterprising: smallint().notNull(),
    conventional: smallint().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('interest_results_user_created_idx').on(t.userId, t.createdAt.desc(), t.id.desc())],
);

/** A user's own rating of a soft skill of the taxonomy: where they are and where they aim. */
export const userSoftSkills = pgTable(
  'user_soft_skills',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    skillId: integer()
      .notNull()
      .references(() => skills.id, { onDelete: 'cascade' }),
    currentLevel: smallint().notNull(),
    targetLevel: smallint().notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('user_soft_skills_user_skill_uq').on(t.userId, t.skillId),
    index('user_soft_skills_skill_idx').on(t.skillId),
    check(
      'user_soft_skills_levels_ck',
      sql`${t.currentLevel} between 1 and 5 and ${t.targetLevel} between ${t.currentLevel} and 5`,
    ),
  ],
);
