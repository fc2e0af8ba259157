import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { TCoverLetterContent } from '../../../contracts/cover-letters.js';
import { resumes } from '../resumes/resumes.tables.js';
import { users } from '../users/users.tables.js';

/** A user's cover letters (C7), documents of their own in a resume template's look. */
export const coverLetters = pgTable(
  'cover_letters',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    /** One of resumeTemplates. */
    template: text().notNull().default('classic'),
    content: jsonb().$type<TCoverLetterContent>().notNull(),
    /** The resume the sender came from; the letter stays when that resume is deleted. */
    basedOn: uuid().references(() => resumes.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('cover_letters_user_updated_idx').on(t.userId, t.updatedAt.desc())],
);
