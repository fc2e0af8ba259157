import { createHash, randomBytes } from 'node:crypto';
import { and, count, desc, eq } from 'drizzle-orm';
import {
  resumeImportMediaTypes,
  type TListResumeImportsResponse,
  type TResumeImport,
  type TResumeImportSummary,
} from '../../../contracts/resume-imports.js';
import type { TPageQuery } from '../../../contracts/pagination.js';
import type { Database, DbOrTx } from '../../platform/db/index.js';
import { AppError } from '../../platform/http/app-error.js';
import type { FileUpload } from '../../platform/http/file-upload.js';
import type { FileStorage } from '../../platform/storage/index.js';
import { parseResume } from './resume-draft.js';
import { draftFromParsed } from './resume-skills.js';
import { detectResumeFormat, extractResumeText, type ResumeFormat } from './resume-text.js';
import { resumeImports } from './resume-imports.tables.js';

export interface ResumeImportsDeps {
  database: Database;
  storage: FileStorage;
}

type Row = typeof resumeImports.$inferSelect;

/** Links to the original file are handed out with the import, for an hour. */
const DOWNLOAD_SECONDS = 3600;
/** Fewer characters than this is no resume: a scanned PDF yields none or a few stray ones. */
const MIN_TEXT = 20;

const noText: Record<ResumeFormat, string> = {
  pdf: 'No text was found in this PDF; it may be a scanned image. The file is kept, but nothing could be read from it: upload a PDF with selectable text or a DOCX file.',
  docx: 'This document has no text to read. The file is kept, but nothing could be read from it.',
};

function toSummary(row: Row): TResumeImportSummary {
  return {
    id: row.id,
    filename: row.filename,
    mediaType: row.mediaType as TResumeImportSummary['mediaType'],
    sizeBytes: row.sizeBytes,
    status: row.status as TResumeImportSummary['status'],
    error: row.error,
    createdAt: row.createdAt.toISOString(),
  };
}

function toImport(storage: FileStorage, row: Row): TResumeImport {
  return {
    ...toSummary(row),
    sha256: row.sha256,
    text: row.extractedText,
    draft: row.draft,
    downloadUrl: storage.downloadUrl(row.storageKey, { expiresInSeconds: DOWNLOAD_SECONDS }),
  };
}

/** The name to show: the last part of what the client sent, never a path. */
function displayName(filename: string, format: ResumeFormat): string {
  const name = (filename.split(/[\\/]/).pop() ?? '').trim().slice(0, 200);
  return name || `resume.${format}`;
}

/** A storage-safe file name, so a download of the original is called something sensible. */
function storedName(name: string, format: ResumeFormat): string {
  const base = name
    .replace(/\.(pdf|docx)$/i, '')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '')
    .slice(0, 80);
  return `${base || 'resume'}.${format}`;
}

async function findBySha(db: DbOrTx, userId: string, sha256: string): Promise<Row | undefined> {
  const [row] = await db
    .select()
    .from(resumeImports)
    .where(and(eq(resumeImports.userId, userId), eq(resumeImports.sha256, sha256)));
  return row;
}

async function findOwn(db: DbOrTx, userId: string, id: string): Promise<Row> {
  const [row] = await db
    .select()
    .from(resumeImports)
    .where(and(eq(resumeImports.userId, userId), eq(resumeImports.id, id)));
  if (!row) throw AppError.notFound('Resume import');
  return row;
}

/**
 * Stores an uploaded resume and reads a draft from it; nothing becomes an achievement or a skill
 * until the user saves what they reviewed. The type comes from the content (415 otherwise); a
 * file that cannot be read is a 422 and is not kept; a file without text is kept, as failed.
 * The same file again (by SHA-256) answers the import it already has.
 */
export async function importResume(
  deps: ResumeImportsDeps,
  userId: string,
  upload: FileUpload,
): Promise<{ item: TResumeImport; created: boolean }> {
  const db = deps.database.db;
  const format = await detectResumeFormat(upload.data);
  const sha256 = createHash('sha256').update(upload.data).digest('hex');
  const existing = await findBySha(db, userId, sha256);
  if (existing) return { item: toImport(deps.storage, existing), created: false };

  const text = await extractResumeText(upload.data, format);
  const readable = text.replace(/\s/g, '').length >= MIN_TEXT;
  const draft = readable ? await draftFromParsed(db, parseResume(text)) : null;
  const filename = displayName(upload.filename, format);
  const key = `resume-imports/${userId}/${randomBytes(12).toString('hex')}/${storedName(filename, format)}`;
  await deps.storage.put(key, upload.data, { contentType: resumeImportMediaTypes[format] });
  try {
    const [row] = await db
      .insert(resumeImports)
      .values({
        userId,
        storageKey: key,
        filename,
        mediaType: resumeImportMediaTypes[format],
        sizeBytes: upload.data.length,
        sha256,
        extractedText: readable ? text : null,
        draft,
        status: readable ? 'parsed' : 'failed',
        error: readable ? null : noText[format],
      })
      // Two uploads of one file at once: the second keeps the first's import.
      .onConflictDoNothing({ target: [resumeImports.userId, resumeImports.sha256] })
      .returning();
    if (row) return { item: toImport(deps.storage, row), created: true };
  } catch (error) {
    await deps.storage.delete(key);
    throw error;
  }
  await deps.storage.delete(key);
  const winner = await findBySha(db, userId, sha256);
  if (!winner)
    throw new AppError('CONFLICT', 'The upload clashed with its own deletion; try again');
  return { item: toImport(deps.storage, winner), created: false };
}

export async function listResumeImports(
  db: DbOrTx,
  userId: string,
  page: TPageQuery,
): Promise<TListResumeImportsResponse> {
  const own = eq(resumeImports.userId, userId);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(resumeImports)
      .where(own)
      .orderBy(desc(resumeImports.createdAt), desc(resumeImports.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(resumeImports).where(own),
  ]);
  return { items: rows.map(toSummary), total: total?.n ?? 0, ...page };
}

export async function getResumeImport(
  deps: ResumeImportsDeps,
  userId: string,
  id: string,
): Promise<TResumeImport> {
  return toImport(deps.storage, await findOwn(deps.database.db, userId, id));
}

/** Deletes the import and its stored file; what was already saved from it stays. */
export async function deleteResumeImport(
  deps: ResumeImportsDeps,
  userId: string,
  id: string,
): Promise<void> {
  const row = await findOwn(deps.database.db, userId, id);
  await deps.database.db.delete(resumeImports).where(eq(resumeImports.id, row.id));
  await deps.storage.delete(row.storageKey);
}
