import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZErrorResponse } from '../../../contracts/errors.js';
import { AppError } from '../../platform/http/app-error.js';
import type { FileStorage } from '../../platform/storage/index.js';
import { isValidStorageKey } from '../../platform/storage/index.js';

const ZDownloadQuery = z.object({
  expires: z.string().regex(/^\d{1,12}$/, 'a Unix time in seconds'),
  sig: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'a base64url signature'),
});

/**
 * Serves stored files to whoever holds a signed, unexpired link (storage.downloadUrl); the
 * capability that hands out a link decides who may have it.
 */
export const filesRoutes =
  (deps: { storage: FileStorage }): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/files/*',
      {
        schema: {
          tags: ['files'],
          summary: 'Download a file through a signed link',
          params: z.object({ '*': z.string() }),
          querystring: ZDownloadQuery,
          response: {
            200: z.unknown().describe('The file, with its stored content type'),
            400: ZErrorResponse,
            403: ZErrorResponse,
            404: ZErrorResponse,
          },
        },
      },
      async (request, reply) => {
        const key = request.params['*'];
        if (!isValidStorageKey(key)) {
          throw AppError.validation([{ path: 'params.key', message: 'not a valid file key' }]);
        }
        const { expires, sig } = request.query;
        if (!deps.storage.verifyDownload(key, expires, sig)) {
          throw new AppError('FORBIDDEN', 'This download link is invalid or has expired');
        }
        const file = await deps.storage.get(key);
        if (!file) throw AppError.notFound('File');
        const name = key.split('/').pop() ?? 'download';
        return reply
          .header('content-type', file.contentType)
          .header('content-length', file.size)
          .header('content-disposition', `attachment; filename="${name.replace(/"/g, '')}"`)
          .header('cache-control', 'private, max-age=0, no-store')
          .header('x-content-type-options', 'nosniff')
          .send(file.stream);
      },
    );
  };
