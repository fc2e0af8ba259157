import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZListBadgesResponse } from '../../../contracts/badges.js';
import { ZErrorResponse } from '../../../contracts/errors.js';
import type { Db } from '../../platform/db/index.js';
import { authOf } from '../auth/auth.guard.js';
import { listBadges } from './badges.service.js';

export interface BadgesRoutesDeps {
  db: Db;
  now: () => Date;
  requireAuth: (request: FastifyRequest) => Promise<void>;
}

/** The badges and the signed-in user's standing on each. */
export const badgesRoutes =
  (deps: BadgesRoutesDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/badges',
      {
        preValidation: deps.requireAuth,
        schema: {
          tags: ['badges'],
          // A short authored list (a dozen), so one answer rather than pages.
          summary: 'Every badge with whether you earned it, your progress and your points',
          response: { 200: ZListBadgesResponse, 401: ZErrorResponse },
        },
      },
      async (request) => listBadges(deps.db, authOf(request).userId, deps.now()),
    );
  };
