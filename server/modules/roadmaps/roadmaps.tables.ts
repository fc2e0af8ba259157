import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import type { TRoadmapAnswers, TRoadmapGraph } from '../../../contracts/roadmaps.js';
import { users } from '../users/users.tables.js';

/**
 * A user's generated roadmap towards an occupation (C5). The occupation is kept by code and
 * title rather than by reference, so a roadmap outlives a catalog re-import.
 */
export const roadmaps = pgTable(
  'roadmaps',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    occupationCode: text().notNull(),
    occupationTitle: text().notNull(),
    title: text().notNull(),
    answers: jsonb().$type<TRoadmapAnswers>().notNull(),
    hoursPerWeek: integer().notNull(),
    startDate: date({ mode: 'string' }).notNull(),
    graph: jsonb().$type<TRoadmapGraph>().notNull(),
    /** Random and unguessable (256 bits); null while sharing is off. */
    shareToken: text().unique(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('roadmaps_user_updated_idx').on(t.userId, t.updatedAt)],
);

export const roadmapMilestones = pgTable(
  'roadmap_milestones',
  {
    id: uuid().primaryKey().defaultRandom(),
    roadmapId: uuid()
      .notNull()
      .references(() => roadmaps.id, { onDelete: 'cascade' }),
    position: smallint().notNull(),
    title: text().notNull(),
    description: text().notNull(),
    hours: integer().notNull(),
    dueDate: date({ mode: 'string' }).notNull(),
    /** The graph nodes this milestone groups, in order. */
    nodeIds: jsonb().$type<string[]>().notNull(),
    completedAt: timestamp({ withTimezone: true }),
  },
  (t) => [unique('roadmap_milestones_position_uq').on(t.roadmapId, t.position)],
);
