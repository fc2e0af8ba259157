import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { TResumeContent, TResumeItem, TResumeStatistics } from '../../../contracts/resumes.js';
import { achievements } from '../achievements/achievements.tables.js';
import { users } from '../users/users.tables.js';

/** A user's resumes (C7): the one generated from their records, and tailored copies. */
export const resumes = pgTable(
  'resumes',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** generated (kept in step with the achievements) or tailored (edited by hand). */
    kind: text().notNull(),
    name: text().notNull(),
    /** One of resumeTemplates. */
    template: text().notNull().default('classic'),
    /**
     * The document. The generated resume keeps its record sections in resume_items instead
     * (this holds its basics, summary and skills section): see resumeContent for the whole.
     */
    content: jsonb().$type<TResumeContent>().notNull(),
    /** Only the generated resume has statistics and a generation time. */
    statistics: jsonb().$type<TResumeStatistics>(),
    lastGeneratedAt: timestamp({ withTimezone: true }),
    /** SHA-256 of the secret in the public link; the secret itself is never stored. */
    publicTokenHash: text().unique(),
    publicEnabled: boolean().notNull().default(false),
    views: integer().notNull().default(0),
    downloads: integer().notNull().default(0),
    /**
     * The resume a tailored copy was made from. No foreign key: the copy outlives its source,
     * and references into user tables must cascade (see the user-data coverage test).
     */
    basedOn: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // At most one generated resume per user; regeneration upserts it.
    uniqueIndex('resumes_one_generated_uq')
      .on(t.userId)
      .where(sql`${t.kind} = 'generated'`),
    index('resumes_user_updated_idx').on(t.userId, t.updatedAt.desc()),
  ],
);

/**
 * The generated resume's record items, a row each with the record's timeline keys, so that a
 * write rewrites its own record's item rather than the whole document (which grows with every
 * record); the sections are put together on read (resumeContent).
 */
export const resumeItems = pgTable(
  'resume_items',
  {
    resumeId: uuid()
      .notNull()
      .references(() => resumes.id, { onDelete: 'cascade' }),
    /** The achievement the item was generated from (one item each); its deletion takes it. */
    sourceId: uuid()
      .primaryKey()
      .references(() => achievements.id, { onDelete: 'cascade' }),
    /** The section it is in, and that section's place in the document. */
    kind: text().notNull(),
    position: integer().notNull(),
    // The record's timeline order (see timelineOrderOn), so a section reads in the same order.
    ongoing: boolean().notNull(),
    startDate: date({ mode: 'string' }),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    item: jsonb().$type<TResumeItem>().notNull(),
  },
  (t) => [index('resume_items_resume_idx').on(t.resumeId)],
);

/** Named snapshots of a resume (one per application), kept when the resume changes later. */
export const resumeVersions = pgTable(
  'resume_versions',
  {
    id: uuid().primaryKey().defaultRandom(),
    resumeId: uuid()
      .notNull()
      .references(() => resumes.id, { onDelete: 'cascade' }),
    number: integer().notNull(),
    name: text().notNull(),
    template: text().notNull(),
    content: jsonb().$type<TResumeContent>().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('resume_versions_resume_number_uq').on(t.resumeId, t.number)],
);
