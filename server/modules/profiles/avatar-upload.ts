import type { FastifyRequest } from 'fastify';
import { AVATAR_MAX_BYTES } from '../../../contracts/profiles.js';
import { AppError, isAppError } from '../../platform/http/app-error.js';

const FILE_FIELD = 'file';
const tooLargeCodes = new Set([
  'FST_REQ_FILE_TOO_LARGE',
  'FST_FILES_LIMIT',
  'FST_PARTS_LIMIT',
  'FST_FIELDS_LIMIT',
]);

const tooLarge = () =>
  new AppError('PAYLOAD_TOO_LARGE', 'The photo is larger than 5 MB', [
    { path: `body.${FILE_FIELD}`, message: 'must be at most 5 MB' },
  ]);

/** The bytes of the `file` field of a multipart/form-data upload, at most AVATAR_MAX_BYTES. */
export async function readAvatarUpload(request: FastifyRequest): Promise<Buffer> {
  if (!request.isMultipart()) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the photo as multipart/form-data', [
      { path: `body.${FILE_FIELD}`, message: 'must be sent as multipart/form-data' },
    ]);
  }
  const declared = Number(request.headers['content-length']);
  // Refuse at once what cannot fit, instead of reading megabytes first.
  if (declared > AVATAR_MAX_BYTES + 64 * 1024) throw tooLarge();
  try {
    const part = await request.file({ limits: { fileSize: AVATAR_MAX_BYTES, files: 1 } });
    if (!part || part.fieldname !== FILE_FIELD) {
      throw AppError.validation([
        { path: `body.${FILE_FIELD}`, message: 'is required: a PNG, JPEG or WebP image' },
      ]);
    }
    return await part.toBuffer();
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
