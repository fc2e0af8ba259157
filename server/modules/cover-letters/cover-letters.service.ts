import { and, count, desc, eq } from 'drizzle-orm';
import type {
  TCoverLetter,
  TCoverLetterSummary,
  TCoverLetterTemplate,
  TCreateCoverLetterRequest,
  TListCoverLettersResponse,
  TUpdateCoverLetterRequest,
} from '../../../contracts/cover-letters.js';
import type { TPageQuery } from '../../../contracts/pagination.js';
import type { Database, DbOrTx } from '../../platform/db/index.js';
import { AppError, isAppError } from '../../platform/http/app-error.js';
import { resumeBasics } from '../resumes/resume-basics.js';
import { newLetterContent } from './cover-letter-defaults.js';
import { coverLetters } from './cover-letters.tables.js';

export interface CoverLettersDeps {
  database: Database;
  now: () => Date;
}

type Row = typeof coverLetters.$inferSelect;

function toLetter(row: Row): TCoverLetter {
  return {
    id: row.id,
    name: row.name,
    template: row.template as TCoverLetterTemplate,
    content: row.content,
    basedOn: row.basedOn,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function toSummary(row: Row): TCoverLetterSummary {
  const { content: _content, ...letter } = toLetter(row);
  return {
    ...letter,
    recipientCompany: row.content.recipient.company,
    subject: row.content.subject,
  };
}

const mine = (userId: string, id: string) =>
  and(eq(coverLetters.id, id), eq(coverLetters.userId, userId));

async function letterRow(db: DbOrTx, userId: string, id: string): Promise<Row> {
  const [row] = await db.select().from(coverLetters).where(mine(userId, id)).limit(1);
  if (!row) throw AppError.notFound('Cover letter');
  return row;
}

/** The user's letters, the most recently changed first. */
export async function listCoverLetters(
  db: DbOrTx,
  userId: string,
  page: TPageQuery,
): Promise<TListCoverLettersResponse> {
  const where = eq(coverLetters.userId, userId);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(coverLetters)
      .where(where)
      .orderBy(desc(coverLetters.updatedAt), desc(coverLetters.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(coverLetters).where(where),
  ]);
  return { items: rows.map(toSummary), total: total?.n ?? 0, ...page };
}

export async function getCoverLetter(
  db: DbOrTx,
  userId: string,
  id: string,
): Promise<TCoverLetter> {
  return toLetter(await letterRow(db, userId, id));
}

/** A new letter; the sender comes from the named resume, else the generated one. */
export async function createCoverLetter(
  deps: CoverLettersDeps,
  userId: string,
  body: TCreateCoverLetterRequest,
): Promise<TCoverLetter> {
  return deps.database.transaction(async (tx) => {
    const source = await resumeBasics(tx, userId, body.basedOn ?? null, deps.now).catch(
      (error: unknown) => {
        // The resume is an input here: an unknown one is bad input, not a missing letter.
        if (isAppError(error) && error.status === 404) {
          throw AppError.validation([{ path: 'body.basedOn', message: 'no resume of yours' }]);
        }
        throw error;
      },
    );
    const now = deps.now();
    const [row] = await tx
      .insert(coverLetters)
      .values({
        userId,
        name: body.name,
        template: body.template ?? 'classic',
        content: newLetterContent(body.content ?? {}, source.basics, now),
        basedOn: source.resumeId,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new Error('the cover letter was not saved');
    return toLetter(row);
  });
}

export async function updateCoverLetter(
  deps: CoverLettersDeps,
  userId: string,
  id: string,
  body: TUpdateCoverLetterRequest,
): Promise<TCoverLetter> {
  const [row] = await deps.database.db
    .update(coverLetters)
    .set({ ...body, updatedAt: deps.now() })
    .where(mine(userId, id))
    .returning();
  if (!row) throw AppError.notFound('Cover letter');
  return toLetter(row);
}

/** A copy to tailor for another application; the original stays as it was. */
export async function duplicateCoverLetter(
  deps: CoverLettersDeps,
  userId: string,
  id: string,
): Promise<TCoverLetter> {
  const source = await letterRow(deps.database.db, userId, id);
  const now = deps.now();
  const [row] = await deps.database.db
    .insert(coverLetters)
    .values({
      userId,
      name: `${source.name.slice(0, 113)} (copy)`,
      template: source.template,
      content: source.content,
      basedOn: source.basedOn,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (!row) throw new Error('the copy was not saved');
  return toLetter(row);
}

export async function deleteCoverLetter(db: DbOrTx, userId: string, id: string): Promise<void> {
  const deleted = await db
    .delete(coverLetters)
    .where(mine(userId, id))
    .returning({ id: coverLetters.id });
  if (deleted.length === 0) throw AppError.notFound('Cover letter');
}
