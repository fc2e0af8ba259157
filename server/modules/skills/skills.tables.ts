import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** The canonical skills taxonomy: one row per skill, with the other spellings people type. */
export const skills = pgTable(
  'skills',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    slug: text().notNull().unique(),
    name: text().notNull(),
    category: text().notNull(),
    aliases: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** skillKey() of the name and every alias: the one lookup every module resolves text by. */
    keys: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** O*NET content-model elements (skills, knowledge) this skill stands for. */
    onetElementIds: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** 'catalog' (authored) or 'onet' (created by an O*NET import). */
    source: text().notNull().default('catalog'),
    description: text().notNull().default(''),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('skills_name_lower_idx').on(sql`lower(${t.name})`),
    index('skills_category_name_idx').on(t.category, t.name),
    index('skills_keys_idx').using('gin', t.keys),
    index('skills_onet_element_ids_idx').using('gin', t.onetElementIds),
    // Typo-tolerant suggestions as people type (pg_trgm, enabled by an earlier migration).
    index('skills_name_trgm_idx').using('gin', sql`lower(${t.name}) gin_trgm_ops`),
  ],
);
