import type { FastifyRequest } from 'fastify';
import { AVATAR_MAX_BYTES } from '../../../contracts/profiles.js';
import { readFileUpload } from '../../platform/http/file-upload.js';

/** The bytes of the `file` field of a multipart/form-data upload, at most AVATAR_MAX_BYTES. */
export async function readAvatarUpload(request: FastifyRequest): Promise<Buffer> {
  const upload = await readFileUpload(request, {
    maxBytes: AVATAR_MAX_BYTES,
    label: 'The photo',
    accepts: 'a PNG, JPEG or WebP image',
  });
  return upload.data;
}
