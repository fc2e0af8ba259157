import { index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { TResumeDraft } from '../../../contracts/resume-imports.js';
import { users } from '../users/users.tables.js';

/** Resumes a user uploaded (C7): the stored file, the text found in it and the draft read from it. */
export const resumeImports = pgTable(
  'resume_imports',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    storageKey: text().notNull(),
    /** As the client named it; shown, never used as a path. */
    filename: text().notNull(),
    /** From the file's content, not from what the client declared. */
    mediaType: text().notNull(),
    sizeBytes: integer().notNull(),
    sha256: text().notNull(),
    extractedText: text(),
    draft: jsonb().$type<TResumeDraft>(),
    /** parsed or failed. */
    status: text().notNull(),
    error: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // The same file uploaded again is the same import.
    unique('resume_imports_user_sha256_key').on(t.userId, t.sha256),
    index('resume_imports_user_created_idx').on(t.userId, t.createdAt.desc()),
  ],
);
