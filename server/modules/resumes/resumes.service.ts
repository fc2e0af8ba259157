import { and, count, desc, eq, sql } from 'drizzle-orm';
import type { TPageQuery } from '../../../contracts/pagination.js';
import type {
  TResume,
  TResumeKind,
  TResumeSummary,
  TResumeTemplate,
} from '../../../contracts/resumes.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { AppError } from '../../platform/http/app-error.js';
import { regenerateResume } from './generated-resume.js';
import { resumeContent } from './resume-content.js';
import { resumes, resumeVersions } from './resumes.tables.js';

type SummaryRow = Omit<typeof resumes.$inferSelect, 'content'> & { versions: number };

/** Everything but the content, which a list does not need. */
const summaryColumns = {
  id: resumes.id,
  userId: resumes.userId,
  kind: resumes.kind,
  name: resumes.name,
  template: resumes.template,
  statistics: resumes.statistics,
  lastGeneratedAt: resumes.lastGeneratedAt,
  publicTokenHash: resumes.publicTokenHash,
  publicEnabled: resumes.publicEnabled,
  views: resumes.views,
  downloads: resumes.downloads,
  basedOn: resumes.basedOn,
  createdAt: resumes.createdAt,
  updatedAt: resumes.updatedAt,
};

// Spelled out: drizzle leaves columns in a select unqualified, and "id" would then be the
// version's own id.
const versionCount = sql<number>`(select count(*)::int from ${resumeVersions} v
  where v.resume_id = ${resumes}.id)`;

function toSummary(row: SummaryRow): TResumeSummary {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as TResumeKind,
    template: row.template as TResumeTemplate,
    statistics: row.statistics,
    lastGeneratedAt: row.lastGeneratedAt?.toISOString() ?? null,
    // The secret is only known when the link is made (the builder's part); here: on or off.
    publicLink: {
      enabled: row.publicEnabled,
      url: null,
      views: row.views,
      downloads: row.downloads,
    },
    versions: Number(row.versions),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

async function hasGenerated(db: DbOrTx, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: resumes.id })
    .from(resumes)
    .where(and(eq(resumes.userId, userId), eq(resumes.kind, 'generated')))
    .limit(1);
  return row !== undefined;
}

/**
 * The user's resumes, the generated one first, then the most recently changed. The generated
 * one is made on the first read when missing (a user with no records yet).
 */
export async function listResumes(
  db: DbOrTx,
  userId: string,
  page: TPageQuery,
  clock: () => Date,
): Promise<{ items: TResumeSummary[]; total: number; limit: number; offset: number }> {
  if (!(await hasGenerated(db, userId))) await regenerateResume(db, userId, clock);
  const where = eq(resumes.userId, userId);
  const [rows, [total]] = await Promise.all([
    db
      .select({ ...summaryColumns, versions: versionCount })
      .from(resumes)
      .where(where)
      .orderBy(sql`${resumes.kind} = 'generated' desc`, desc(resumes.updatedAt), desc(resumes.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(resumes).where(where),
  ]);
  return {
    items: rows.map(toSummary),
    total: total?.n ?? 0,
    limit: page.limit,
    offset: page.offset,
  };
}

/** One of the user's resumes with its content; another user's is a 404. */
export async function getResume(db: DbOrTx, userId: string, id: string): Promise<TResume> {
  const [row] = await db
    .select({ ...summaryColumns, content: resumeContent, versions: versionCount })
    .from(resumes)
    .where(and(eq(resumes.id, id), eq(resumes.userId, userId)))
    .limit(1);
  if (!row) throw AppError.notFound('Resume');
  return { ...toSummary(row), content: row.content };
}
