import type {
  TCoverLetterContent,
  TCoverLetterExportFormat,
} from '../../../../contracts/cover-letters.js';
import type { TExportFormat, TResumeContent } from '../../../../contracts/resumes.js';
import { renderCoverLetterDocx } from './cover-letter-docx.js';
import { renderCoverLetterPdf } from './cover-letter-pdf.js';
import { renderCoverLetterMarkdown, renderCoverLetterText } from './cover-letter-plain.js';
import { toJsonResume } from './json-resume.js';
import { renderResumeDocx } from './resume-docx.js';
import { renderResumeMarkdown } from './resume-markdown.js';
import type { RenderOptions } from './resume-pdf.js';
import { renderResumePdf } from './resume-pdf.js';
import { renderResumeText } from './resume-text.js';

/** One exported file, ready for a download response. */
export interface ExportedFile {
  body: Buffer;
  contentType: string;
  extension: TExportFormat;
}

const contentTypes: Record<TExportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  md: 'text/markdown; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

function file(extension: TExportFormat, body: Buffer | string): ExportedFile {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  return { body: bytes, contentType: contentTypes[extension], extension };
}

/** The resume in any export format; the template and page size matter to PDF and DOCX only. */
export async function exportResume(
  content: TResumeContent,
  format: TExportFormat,
  options: RenderOptions,
): Promise<ExportedFile> {
  switch (format) {
    case 'pdf':
      return file(format, await renderResumePdf(content, options));
    case 'docx':
      return file(format, await renderResumeDocx(content, options));
    case 'md':
      return file(format, renderResumeMarkdown(content));
    case 'txt':
      return file(format, renderResumeText(content));
    case 'json':
      return file(format, `${JSON.stringify(toJsonResume(content), null, 2)}\n`);
  }
}

export async function exportCoverLetter(
  letter: TCoverLetterContent,
  format: TCoverLetterExportFormat,
  options: RenderOptions,
): Promise<ExportedFile> {
  switch (format) {
    case 'pdf':
      return file(format, await renderCoverLetterPdf(letter, options));
    case 'docx':
      return file(format, await renderCoverLetterDocx(letter, options));
    case 'md':
      return file(format, renderCoverLetterMarkdown(letter));
    case 'txt':
      return file(format, renderCoverLetterText(letter));
  }
}
