import type { TExportFormat, TResumeContent, TResumeTemplate } from '../../../contracts/resumes.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { exportResume, type ExportedFile } from './render/export-document.js';
import { getVersion } from './resume-versions.service.js';
import { getResume } from './resumes.service.js';

export interface ResumeDownload extends ExportedFile {
  fileName: string;
}

/** "Ada Lovelace - Backend engineer.pdf": letters, digits, spaces and dashes only. */
export function downloadName(person: string, resume: string, extension: string): string {
  const clean = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[^\p{L}\p{N} -]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  const base = [clean(person), clean(resume)].filter(Boolean).join(' - ') || 'resume';
  return `${base.slice(0, 150)}.${extension}`;
}

/** Content-Disposition with an ASCII fallback and the UTF-8 name (RFC 6266). */
export function attachmentHeader(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export async function renderDownload(
  what: { name: string; template: TResumeTemplate; content: TResumeContent },
  format: TExportFormat,
  paper: 'a4' | 'letter',
): Promise<ResumeDownload> {
  const file = await exportResume(what.content, format, {
    template: what.template,
    pageSize: paper === 'letter' ? 'Letter' : 'A4',
  });
  return { ...file, fileName: downloadName(what.content.basics.name, what.name, file.extension) };
}

/** One of the user's resumes, or one of its versions, as a file. */
export async function exportOwnResume(
  db: DbOrTx,
  userId: string,
  resumeId: string,
  query: { format: TExportFormat; version?: number; paper: 'a4' | 'letter' },
): Promise<ResumeDownload> {
  const resume = await getResume(db, userId, resumeId);
  const source =
    query.version === undefined ? resume : await getVersion(db, userId, resumeId, query.version);
  return renderDownload(
    { name: source.name, template: source.template, content: source.content },
    query.format,
    query.paper,
  );
}
