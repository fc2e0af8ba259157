import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZErrorResponse } from '../../../contracts/errors.js';
import { ZGapAnalysis } from '../../../contracts/guidance.js';
import { ZOccupationParams } from '../../../contracts/occupations.js';
import type { Database } from '../../platform/db/index.js';
import { authOf } from '../auth/auth.guard.js';
import { gapAnalysisFor } from './gap-analysis.service.js';

export interface GuidanceRoutesDeps {
  database: Database;
  requireAuth: (request: FastifyRequest) => Promise<void>;
}

const errors = { 400: ZErrorResponse, 401: ZErrorResponse, 404: ZErrorResponse } as const;

/** The signed-in user's guidance against a target occupation. */
export const guidanceRoutes =
  (deps: GuidanceRoutesDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/me/gaps/:code',
      {
        preValidation: deps.requireAuth,
        schema: {
          tags: ['guidance'],
          summary: 'Your skill gaps for an occupation, largest importance-weighted gap first',
          params: ZOccupationParams,
          response: { 200: ZGapAnalysis, ...errors },
        },
      },
      async (request) =>
        gapAnalysisFor(deps.database.db, authOf(request).userId, request.params.code),
    );
  };
