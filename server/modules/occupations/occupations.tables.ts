import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  smallint,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import type { TOccupationEducation, TOccupationInterests } from '../../../contracts/occupations.js';
import { skills } from '../skills/skills.tables.js';

/** Each O*NET release imported, with the attribution its licence requires. */
export const onetReleases = pgTable('onet_releases', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  /** e.g. "29.3" */
  version: text().notNull().unique(),
  /** What the import was read from (a file name or URL, never a local path). */
  origin: text().notNull(),
  attribution: text().notNull(),
  licenseUrl: text().notNull(),
  /** Rows imported per file. */
  counts: jsonb().$type<Record<string, number>>().notNull(),
  importedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const occupations = pgTable(
  'occupations',
  {
    code: text().primaryKey(),
    title: text().notNull(),
    description: text().notNull(),
    jobZone: smallint(),
    /** O*NET occupational-interest scores (1-7) per RIASEC area; null when not rated. */
    interests: jsonb().$type<TOccupationInterests>(),
    /** Top areas as letters, highest first ("IRC"); empty when not rated. */
    interestCode: text().notNull().default(''),
    education: jsonb().$type<TOccupationEducation>(),
    /** 'catalog' (authored starter catalog) or 'onet' (an imported release, see releaseId). */
    source: text().notNull(),
    releaseId: integer().references(() => onetReleases.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('occupations_job_zone_idx').on(t.jobZone)],
);

/** The main title and every alternate title, each searchable by words and by trigrams. */
export const occupationTitles = pgTable(
  'occupation_titles',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    code: text()
      .notNull()
      .references(() => occupations.code, { onDelete: 'cascade' }),
    title: text().notNull(),
    /** 'primary' (the occupation's title) or 'alternate'. */
    kind: text().notNull(),
  },
  (t) => [index('occupation_titles_code_idx').on(t.code)],
);

export const occupationTasks = pgTable(
  'occupation_tasks',
  {
    code: text()
      .notNull()
      .references(() => occupations.code, { onDelete: 'cascade' }),
    position: smallint().notNull(),
    statement: text().notNull(),
    core: boolean().notNull().default(true),
  },
  (t) => [primaryKey({ columns: [t.code, t.position] })],
);

/** Skills, knowledge and technology skills an occupation calls for, as taxonomy skills. */
export const occupationSkills = pgTable(
  'occupation_skills',
  {
    code: text()
      .notNull()
      .references(() => occupations.code, { onDelete: 'cascade' }),
    skillId: integer()
      .notNull()
      .references(() => skills.id, { onDelete: 'cascade' }),
    /** 'skill', 'knowledge' or 'technology'. */
    kind: text().notNull(),
    /** 1-5; null for technology skills, which O*NET does not rate. */
    importance: real(),
    /** 0-7; null for technology skills. */
    level: real(),
    hot: boolean().notNull().default(false),
    /** Named in many current job postings for this occupation (O*NET's "in demand"). */
    inDemand: boolean().notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.code, t.kind, t.skillId] }),
    index('occupation_skills_skill_idx').on(t.skillId),
  ],
);

export const occupationRelated = pgTable(
  'occupation_related',
  {
    code: text()
      .notNull()
      .references(() => occupations.code, { onDelete: 'cascade' }),
    relatedCode: text()
      .notNull()
      .references(() => occupations.code, { onDelete: 'cascade' }),
    rank: smallint().notNull(),
  },
  (t) => [primaryKey({ columns: [t.code, t.relatedCode] })],
);
