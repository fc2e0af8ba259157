import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/index.js';
import { coverLetters } from './cover-letters.tables.js';

/** The user's cover letters, whole, for a data export. */
export async function exportCoverLetters(db: DbOrTx, userId: string): Promise<unknown> {
  const rows = await db
    .select()
    .from(coverLetters)
    .where(eq(coverLetters.userId, userId))
    .orderBy(asc(coverLetters.createdAt));
  return rows.map(({ userId: _user, ...row }) => ({
    ...row,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }));
}
