import { and, eq } from 'drizzle-orm';
import type { TFieldError } from '../../../contracts/errors.js';
import type {
  TCreateResumeRequest,
  TImportResumeRequest,
  TResume,
  TResumeContent,
  TUpdateResumeRequest,
} from '../../../contracts/resumes.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { AppError } from '../../platform/http/app-error.js';
import { regenerateResume } from './generated-resume.js';
import { importJsonResume } from './render/json-resume.js';
import { getResume } from './resumes.service.js';
import { resumes } from './resumes.tables.js';

const EDIT_GENERATED =
  'The generated resume follows your records; make a tailored copy to edit its content';

async function ownedRow(db: DbOrTx, userId: string, id: string) {
  const [row] = await db
    .select({ id: resumes.id, kind: resumes.kind, template: resumes.template })
    .from(resumes)
    .where(and(eq(resumes.id, id), eq(resumes.userId, userId)))
    .limit(1);
  if (!row) throw AppError.notFound('Resume');
  return row;
}

async function insertTailored(
  db: DbOrTx,
  userId: string,
  values: { name: string; template: string; content: TResumeContent; basedOn: string | null },
  now: Date,
): Promise<TResume> {
  const [created] = await db
    .insert(resumes)
    .values({ userId, kind: 'tailored', ...values, createdAt: now, updatedAt: now })
    .returning({ id: resumes.id });
  if (!created) throw new Error('the tailored resume was not saved');
  return getResume(db, userId, created.id);
}

/** A tailored copy: the source's content as it is now, from then on edited by hand only. */
export async function createTailoredResume(
  db: DbOrTx,
  userId: string,
  input: TCreateResumeRequest,
  clock: () => Date,
): Promise<TResume> {
  let sourceId = input.basedOn;
  if (!sourceId) {
    const [generated] = await db
      .select({ id: resumes.id })
      .from(resumes)
      .where(and(eq(resumes.userId, userId), eq(resumes.kind, 'generated')))
      .limit(1);
    // Made on the first read; a user who never listed their resumes has none yet.
    sourceId = generated?.id ?? (await regenerateResume(db, userId, clock)).resumeId;
  }
  const source = await getResume(db, userId, sourceId).catch((err: unknown) => {
    if (err instanceof AppError && err.code === 'NOT_FOUND')
      throw AppError.validation([{ path: 'body.basedOn', message: 'no such resume of yours' }]);
    throw err;
  });
  return insertTailored(
    db,
    userId,
    {
      name: input.name,
      template: input.template ?? source.template,
      content: source.content,
      basedOn: source.id,
    },
    clock(),
  );
}

/** Name and template change on any resume; content only on a tailored one (409 otherwise). */
export async function updateResume(
  db: DbOrTx,
  userId: string,
  id: string,
  input: TUpdateResumeRequest,
  clock: () => Date,
): Promise<TResume> {
  const row = await ownedRow(db, userId, id);
  if (input.content && row.kind !== 'tailored') throw new AppError('CONFLICT', EDIT_GENERATED);
  await db
    .update(resumes)
    .set({
      ...(input.name !== undefined && { name: input.name }),
      ...(input.template !== undefined && { template: input.template }),
      ...(input.content !== undefined && { content: input.content }),
      updatedAt: clock(),
    })
    .where(eq(resumes.id, id));
  return getResume(db, userId, id);
}

/** Tailored resumes only: the generated one is rebuilt from the records, never removed. */
export async function deleteResume(db: DbOrTx, userId: string, id: string): Promise<void> {
  const row = await ownedRow(db, userId, id);
  if (row.kind !== 'tailored')
    throw new AppError('CONFLICT', 'The generated resume cannot be deleted');
  await db.delete(resumes).where(eq(resumes.id, id));
}

/** A new tailored resume from a JSON Resume document; nothing is saved when it is invalid. */
export async function importResume(
  db: DbOrTx,
  userId: string,
  input: TImportResumeRequest,
  clock: () => Date,
): Promise<TResume> {
  const result = importJsonResume(input.document);
  if (!result.ok) {
    const details: TFieldError[] = result.errors.map((e) => ({
      ...e,
      path: e.path ? `body.document.${e.path}` : 'body.document',
    }));
    throw AppError.validation(details, 'The document is not a valid JSON Resume');
  }
  const name = input.name ?? (result.content.basics.name || 'Imported resume');
  return insertTailored(
    db,
    userId,
    { name, template: 'classic', content: result.content, basedOn: null },
    clock(),
  );
}
