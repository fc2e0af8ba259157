import type { FastifyRequest } from 'fastify';
import { AppError, isAppError } from './app-error.js';

const FILE_FIELD = 'file';
const tooLargeCodes = new Set([
  'FST_REQ_FILE_TOO_LARGE',
  'FST_FILES_LIMIT',
  'FST_PARTS_LIMIT',
  'FST_FIELDS_LIMIT',
]);

export interface FileUploadOptions {
  maxBytes: number;
  /** What the file is, for messages: "The photo", "The resume". */
  label: string;
  /** What is accepted, for the field error when the file is missing: "a PDF or DOCX file". */
  accepts: string;
}

export interface FileUpload {
  data: Buffer;
  /** The name the client gave, for display only: never a path or a type. */
  filename: string;
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/**
 * The bytes of the `file` field of a multipart/form-data upload, at most `maxBytes` (413 above).
 * The route's plugin registers @fastify/multipart.
 */
export async function readFileUpload(
  request: FastifyRequest,
  options: FileUploadOptions,
): Promise<FileUpload> {
  const tooLarge = () =>
    new AppError(
      'PAYLOAD_TOO_LARGE',
      `${options.label} is larger than ${megabytes(options.maxBytes)}`,
      [{ path: `body.${FILE_FIELD}`, message: `must be at most ${megabytes(options.maxBytes)}` }],
    );
  if (!request.isMultipart()) {
    throw new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      `Send ${options.label.toLowerCase()} as multipart/form-data`,
      [{ path: `body.${FILE_FIELD}`, message: 'must be sent as multipart/form-data' }],
    );
  }
  const declared = Number(request.headers['content-length']);
  // Refuse at once what cannot fit, instead of reading megabytes first.
  if (declared > options.maxBytes + 64 * 1024) throw tooLarge();
  try {
    const part = await request.file({ limits: { fileSize: options.maxBytes, files: 1 } });
    if (!part || part.fieldname !== FILE_FIELD) {
      throw AppError.validation([
        { path: `body.${FILE_FIELD}`, message: `is required: ${options.accepts}` },
      ]);
    }
    return { data: await part.toBuffer(), filename: part.filename };
  } catch (error) {
    if (isAppError(error)) throw error;
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && tooLargeCodes.has(code)) throw tooLarge();
    // Malformed multipart data (no boundary, a part cut short ...) is the client's doing.
    throw new AppError(
      'VALIDATION_FAILED',
      'The upload could not be read',
      [{ path: `body.${FILE_FIELD}`, message: 'could not be read from the multipart body' }],
      { cause: error },
    );
  }
}
