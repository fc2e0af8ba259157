import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { occupations } from '../occupations/occupations.tables.js';
import { users } from '../users/users.tables.js';

/** A user's career goals (C5), each with its own milestones. */
export const careerGoals = pgTable(
  'career_goals',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    title: text().notNull(),
    description: text(),
    /** skill, career, education, job_search or other. */
    category: text().notNull(),
    targetOccupationCode: text().references(() => occupations.code, { onDelete: 'set null' }),
    targetDate: date({ mode: 'string' }),
    /** active, completed, paused or abandoned. */
    status: text().notNull().default('active'),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    // Lists: a user's goals by status, newest first.
    index('career_goals_user_status_idx').on(t.userId, t.status, t.createdAt.desc()),
    index('career_goals_occupation_idx')
      .on(t.targetOccupationCode)
      .where(sql`${t.targetOccupationCode} is not null`),
  ],
);

export const goalMilestones = pgTable(
  'goal_milestones',
  {
    id: uuid().primaryKey().defaultRandom(),
    goalId: uuid()
      .notNull()
      .references(() => careerGoals.id, { onDelete: 'cascade' }),
    title: text().notNull(),
    targetDate: date({ mode: 'string' }),
    /** pending or done. */
    status: text().notNull().default('pending'),
    position: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('goal_milestones_goal_idx').on(t.goalId, t.position)],
);
