import { index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { skills } from '../skills/skills.tables.js';
import { users } from '../users/users.tables.js';

/** The skills a user has, each a taxonomy skill with a proficiency (C3). */
export const userSkills = pgTable(
  'user_skills',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    skillId: integer()
      .notNull()
      .references(() => skills.id, { onDelete: 'cascade' }),
    /** beginner, intermediate, advanced or expert. */
    proficiency: text().notNull(),
    /** What added it first: self, achievement, learning, opportunity, assessment, import. */
    source: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('user_skills_user_skill_uq').on(t.userId, t.skillId),
    index('user_skills_skill_idx').on(t.skillId),
  ],
);
