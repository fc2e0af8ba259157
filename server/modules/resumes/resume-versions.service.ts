import { and, asc, count, eq, max } from 'drizzle-orm';
import type { TPageQuery } from '../../../contracts/pagination.js';
import type {
  TResumeTemplate,
  TResumeVersion,
  TResumeVersionSummary,
} from '../../../contracts/resumes.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { AppError } from '../../platform/http/app-error.js';
import { getResume } from './resumes.service.js';
import { resumes, resumeVersions } from './resumes.tables.js';

type VersionRow = typeof resumeVersions.$inferSelect;

function toSummary(row: VersionRow): TResumeVersionSummary {
  return {
    id: row.id,
    resumeId: row.resumeId,
    number: row.number,
    name: row.name,
    template: row.template as TResumeTemplate,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * Snapshots the resume's content and template as the next number. Runs in a transaction with the
 * resume row locked, so two saves at once get two numbers instead of a unique violation.
 */
export async function createVersion(
  tx: DbOrTx,
  userId: string,
  resumeId: string,
  name: string,
  clock: () => Date,
): Promise<TResumeVersion> {
  await tx
    .select({ id: resumes.id })
    .from(resumes)
    .where(and(eq(resumes.id, resumeId), eq(resumes.userId, userId)))
    .for('update');
  const resume = await getResume(tx, userId, resumeId);
  const [last] = await tx
    .select({ n: max(resumeVersions.number) })
    .from(resumeVersions)
    .where(eq(resumeVersions.resumeId, resumeId));
  const [row] = await tx
    .insert(resumeVersions)
    .values({
      resumeId,
      number: (last?.n ?? 0) + 1,
      name,
      template: resume.template,
      content: resume.content,
      createdAt: clock(),
    })
    .returning();
  if (!row) throw new Error('the version was not saved');
  return { ...toSummary(row), content: row.content };
}

export async function listVersions(
  db: DbOrTx,
  userId: string,
  resumeId: string,
  page: TPageQuery,
): Promise<{ items: TResumeVersionSummary[]; total: number; limit: number; offset: number }> {
  await getResume(db, userId, resumeId);
  const where = eq(resumeVersions.resumeId, resumeId);
  const rows = await db
    .select()
    .from(resumeVersions)
    .where(where)
    .orderBy(asc(resumeVersions.number))
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await db.select({ n: count() }).from(resumeVersions).where(where);
  return {
    items: rows.map(toSummary),
    total: total?.n ?? 0,
    limit: page.limit,
    offset: page.offset,
  };
}

/** One version of one of the user's resumes; another user's is a 404. */
export async function getVersion(
  db: DbOrTx,
  userId: string,
  resumeId: string,
  number: number,
): Promise<TResumeVersion> {
  const [row] = await db
    .select({ version: resumeVersions })
    .from(resumeVersions)
    .innerJoin(resumes, eq(resumes.id, resumeVersions.resumeId))
    .where(
      and(
        eq(resumeVersions.resumeId, resumeId),
        eq(resumeVersions.number, number),
        eq(resumes.userId, userId),
      ),
    )
    .limit(1);
  if (!row) throw AppError.notFound('Resume version');
  return { ...toSummary(row.version), content: row.version.content };
}
