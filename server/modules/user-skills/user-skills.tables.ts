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

/** Endorsements of a user's skill by other signed-in users, one per endorser. */
export const skillEndorsements = pgTable(
  'skill_endorsements',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userSkillId: integer()
      .notNull()
      .references(() => userSkills.id, { onDelete: 'cascade' }),
    endorserId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    note: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('skill_endorsements_skill_endorser_uq').on(t.userSkillId, t.endorserId),
    index('skill_endorsements_endorser_idx').on(t.endorserId),
  ],
);

/** What backs a user's skill; a skill with any evidence is verified. */
export const skillEvidence = pgTable(
  'skill_evidence',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userSkillId: integer()
      .notNull()
      .references(() => userSkills.id, { onDelete: 'cascade' }),
    /** achievement, project_submission, assessment or mentor_endorsement. */
    kind: text().notNull(),
    title: text().notNull(),
    url: text(),
    /** The record in the module that produced it, so the same one is not added twice. */
    referenceId: text(),
    /** For a mentor's endorsement: withdrawing it removes this evidence with it. */
    endorsementId: integer().references(() => skillEndorsements.id, { onDelete: 'cascade' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('skill_evidence_reference_uq').on(t.userSkillId, t.kind, t.referenceId),
    index('skill_evidence_endorsement_idx').on(t.endorsementId),
  ],
);
