import { unzipSync } from 'fflate';
import { fileTypeFromBuffer } from 'file-type';
import mammoth from 'mammoth';
import { extractText, getDocumentProxy } from 'unpdf';
import type { resumeImportMediaTypes } from '../../../contracts/resume-imports.js';
import { AppError } from '../../platform/http/app-error.js';

export type ResumeFormat = keyof typeof resumeImportMediaTypes;

/** Text kept per import; far beyond any resume, so a huge document cannot bloat the row. */
const MAX_TEXT = 200_000;
/** What a DOCX may unpack to; a resume is a few megabytes at most, a zip bomb far more. */
const MAX_UNZIPPED_BYTES = 100 * 1024 * 1024;

/** PDF or DOCX by the file's content (a DOCX is a zip holding word/document.xml); else 415. */
export async function detectResumeFormat(data: Buffer): Promise<ResumeFormat> {
  const type = await fileTypeFromBuffer(data);
  if (type?.ext === 'pdf' || type?.ext === 'docx') return type.ext;
  const found = type ? `this file is ${type.mime}` : 'this file is neither';
  throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Upload a resume as a PDF or DOCX file', [
    { path: 'body.file', message: `must be a PDF or DOCX file; ${found}` },
  ]);
}

/**
 * The document's text, lines kept. A file that cannot be read as its format (corrupt, encrypted)
 * is a 422. Runs in-process: pdf.js's serverless build and mammoth need no worker or binary.
 */
export async function extractResumeText(data: Buffer, format: ResumeFormat): Promise<string> {
  try {
    const text =
      format === 'pdf'
        ? await pdfText(data)
        : (await mammoth.extractRawText({ buffer: checkedDocx(data) })).value;
    return text
      .replace(/\n{3,}/g, '\n\n')
      .trim()
      .slice(0, MAX_TEXT);
  } catch (error) {
    throw new AppError(
      'UNPROCESSABLE',
      `The ${format.toUpperCase()} file could not be read; it may be damaged or protected`,
      [{ path: 'body.file', message: `is not a readable ${format.toUpperCase()} file` }],
      { cause: error },
    );
  }
}

/** The DOCX as it is, once its entries' declared sizes show it unpacks to a sane size. */
function checkedDocx(data: Buffer): Buffer {
  let total = 0;
  // The filter sees each entry's header and decompresses none of them.
  unzipSync(data, {
    filter: (entry) => {
      total += entry.originalSize;
      return false;
    },
  });
  if (total > MAX_UNZIPPED_BYTES) throw new Error(`the DOCX unpacks to ${total} bytes`);
  return data;
}

async function pdfText(data: Buffer): Promise<string> {
  // A copy: pdf.js takes ownership of (and detaches) the buffer it is given.
  const pdf = await getDocumentProxy(new Uint8Array(data), { verbosity: 0 });
  try {
    const { text } = await extractText(pdf, { mergePages: false });
    return text.join('\n\n');
  } finally {
    await pdf.destroy();
  }
}
