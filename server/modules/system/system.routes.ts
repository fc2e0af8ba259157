import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ZHealthResponse,
  ZReadyResponse,
  ZSystemInfoResponse,
  type TReadyResponse,
  type TSystemInfoResponse,
} from '../../../contracts/system.js';
import type { Cache } from '../../platform/cache/index.js';
import type { Database } from '../../platform/db/index.js';

export interface SystemRoutesDeps {
  database: Database;
  cache: Cache;
  info: TSystemInfoResponse;
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Probes for orchestrators (/health, /ready) and what the instance runs on (/api/system/info). */
export const systemRoutes =
  (deps: SystemRoutesDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/health',
      { schema: { tags: ['system'], response: { 200: ZHealthResponse } } },
      async () => ({ status: 'ok' as const, uptimeSeconds: Math.round(process.uptime()) }),
    );

    app.get(
      '/ready',
      { schema: { tags: ['system'], response: { 200: ZReadyResponse, 503: ZReadyResponse } } },
      async (_request, reply) => {
        const [database, cache] = await Promise.allSettled([
          deps.database.ping(800),
          deps.cache.ping(),
        ]);
        const body: TReadyResponse = {
          status: 'ready',
          checks: {
            database:
              database.status === 'fulfilled'
                ? { ok: true }
                : { ok: false, error: reason(database.reason) },
            cache:
              cache.status === 'fulfilled'
                ? { ok: true, backend: deps.cache.backend }
                : { ok: false, backend: deps.cache.backend, error: reason(cache.reason) },
          },
        };
        if (!body.checks.database.ok || !body.checks.cache.ok) {
          body.status = 'unavailable';
          reply.status(503);
        }
        reply.header('cache-control', 'no-store');
        return body;
      },
    );

    app.get(
      '/api/system/info',
      { schema: { tags: ['system'], response: { 200: ZSystemInfoResponse } } },
      async () => deps.info,
    );
  };
