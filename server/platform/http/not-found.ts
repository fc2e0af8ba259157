import type { FastifyInstance } from 'fastify';
import { AppError } from './app-error.js';
import { errorBody } from './error-handler.js';

/** Unknown /api routes get a JSON 404; other GETs for pages get the web app (client routing). */
export function registerNotFound(app: FastifyInstance, spa: boolean): void {
  app.setNotFoundHandler(async (request, reply) => {
    const url = request.url.split('?')[0] ?? '/';
    const wantsPage =
      spa &&
      (request.method === 'GET' || request.method === 'HEAD') &&
      !url.startsWith('/api/') &&
      url !== '/api' &&
      !looksLikeFile(lastSegment(url)) &&
      acceptsHtml(request.headers.accept);
    // index.html is revalidated on every load (see web-assets.ts), so deploys show at once.
    if (wantsPage) return reply.sendFile('index.html');
    const error = new AppError('NOT_FOUND', `No route for ${request.method} ${url}`);
    return reply.status(404).send(errorBody(error, request.id));
  });
}

/** Browsers ask for text/html; tools like curl send a wildcard or nothing. */
function acceptsHtml(accept: string | undefined): boolean {
  return !accept || accept.includes('text/html') || accept.includes('*/*');
}

/** "app.js", "logo.svg" are files; "15-1252.00" (an occupation code) is a page. */
function looksLikeFile(segment: string): boolean {
  return /\.[a-z][a-z0-9]*$/i.test(segment);
}

function lastSegment(url: string): string {
  return url.split('/').pop() ?? '';
}
