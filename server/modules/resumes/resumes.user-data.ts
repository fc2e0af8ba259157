import { asc, eq, getTableColumns, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/index.js';
import { resumeContent } from './resume-content.js';
import { resumes, resumeVersions } from './resumes.tables.js';

/** The user's resumes with their versions, for a data export; never the public link's hash. */
export async function exportResumes(db: DbOrTx, userId: string): Promise<unknown> {
  const rows = await db
    .select({ ...getTableColumns(resumes), content: resumeContent })
    .from(resumes)
    .where(eq(resumes.userId, userId))
    .orderBy(asc(resumes.createdAt));
  const versions = rows.length
    ? await db
        .select()
        .from(resumeVersions)
        .where(
          inArray(
            resumeVersions.resumeId,
            rows.map((r) => r.id),
          ),
        )
        .orderBy(asc(resumeVersions.number))
    : [];
  return rows.map(({ publicTokenHash: _hash, userId: _user, ...row }) => ({
    ...row,
    lastGeneratedAt: row.lastGeneratedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    versions: versions
      .filter((v) => v.resumeId === row.id)
      .map(({ resumeId: _resume, ...v }) => ({ ...v, createdAt: v.createdAt.toISOString() })),
  }));
}
