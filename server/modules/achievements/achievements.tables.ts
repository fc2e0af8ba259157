import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import type { TAchievementLink } from '../../../contracts/achievements.js';
import { skills } from '../skills/skills.tables.js';
import { users } from '../users/users.tables.js';

/** What a person did (C7): the records their skills and generated resume are built from. */
export const achievements = pgTable(
  'achievements',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** One of achievementTypes (job, internship, project ...). */
    type: text().notNull(),
    title: text().notNull(),
    organization: text(),
    location: text(),
    description: text(),
    startDate: date({ mode: 'string' }),
    endDate: date({ mode: 'string' }),
    ongoing: boolean().notNull().default(false),
    highlights: jsonb().$type<string[]>().notNull().default([]),
    links: jsonb().$type<TAchievementLink[]>().notNull().default([]),
    /** unverified, pending or verified. */
    verificationState: text().notNull().default('unverified'),
    verifiedBy: text(),
    verifiedAt: timestamp({ withTimezone: true }),
    /** manual, integration or import. */
    origin: text().notNull().default('manual'),
    /** The integration's own id (a GitHub release, a course), so a redelivery updates the record. */
    externalRef: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // The timeline: ongoing first, then newest start first.
    index('achievements_user_date_idx').on(
      t.userId,
      t.ongoing.desc(),
      t.startDate.desc().nullsLast(),
      t.createdAt.desc(),
    ),
    unique('achievements_user_external_ref_uq').on(t.userId, t.externalRef),
  ],
);

/** The taxonomy skills a record names, each with the level the record suggests. */
export const achievementSkills = pgTable(
  'achievement_skills',
  {
    achievementId: uuid()
      .notNull()
      .references(() => achievements.id, { onDelete: 'cascade' }),
    skillId: integer()
      .notNull()
      .references(() => skills.id, { onDelete: 'cascade' }),
    /** beginner, intermediate, advanced or expert, inferred from the record. */
    proficiency: text().notNull(),
    /** The order the user named them in. */
    position: integer().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.achievementId, t.skillId] }),
    index('achievement_skills_skill_idx').on(t.skillId),
  ],
);
