import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZCareerPlan, ZCareerPlanRequest } from '../../../contracts/career-plan.js';
import { ZErrorResponse } from '../../../contracts/errors.js';
import { authOf } from '../auth/auth.guard.js';
import { careerPlanFor, type CareerPlanDeps } from './career-plan.service.js';

export interface CareerPlanRoutesDeps extends CareerPlanDeps {
  requireAuth: (request: FastifyRequest) => Promise<void>;
}

const errors = { 400: ZErrorResponse, 401: ZErrorResponse, 404: ZErrorResponse } as const;

/** The signed-in user's career plan, computed on each request. */
export const careerPlanRoutes =
  (deps: CareerPlanRoutesDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/me/plan',
      {
        preValidation: deps.requireAuth,
        schema: {
          tags: ['goals'],
          summary:
            'Your career plan: phases, actions and next steps towards an occupation (by default your goal’s or roadmap’s)',
          querystring: ZCareerPlanRequest,
          response: { 200: ZCareerPlan, ...errors },
        },
      },
      async (request) => careerPlanFor(deps, authOf(request).userId, request.query.occupation),
    );
  };
