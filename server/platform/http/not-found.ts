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
      !path(url).includes('.') &&
      (request.headers.accept ?? '').includes('text/html');
    if (wantsPage) {
      reply.header('cache-control', 'no-cache');
      return reply.sendFile('index.html');
    }
    const error = new AppError('NOT_FOUND', `No route for ${request.method} ${url}`);
    return reply.status(404).send(errorBody(error, request.id));
  });
}

function path(url: string): string {
  return url.split('/').pop() ?? '';
}
