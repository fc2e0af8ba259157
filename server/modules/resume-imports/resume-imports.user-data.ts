import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/index.js';
import { resumeImports } from './resume-imports.tables.js';

/** The user's uploaded resumes for a data export: what was read from each (the files are linked). */
export async function exportResumeImports(db: DbOrTx, userId: string): Promise<unknown> {
  const rows = await db
    .select()
    .from(resumeImports)
    .where(eq(resumeImports.userId, userId))
    .orderBy(asc(resumeImports.createdAt));
  return rows.map(({ userId: _user, storageKey: _key, ...row }) => ({
    ...row,
    createdAt: row.createdAt.toISOString(),
  }));
}

/** Storage keys of the uploaded files, linked by the export and removed with the account. */
export async function resumeImportFiles(db: DbOrTx, userId: string): Promise<string[]> {
  const rows = await db
    .select({ key: resumeImports.storageKey })
    .from(resumeImports)
    .where(eq(resumeImports.userId, userId));
  return rows.map((row) => row.key);
}
