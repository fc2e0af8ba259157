import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZCareerMatchesResponse,
  ZCompareInterestResultsRequest,
  ZInterestComparison,
  ZInterestItems,
  ZInterestResult,
  ZInterestResultParams,
  ZListInterestResultsRequest,
  ZListInterestResultsResponse,
  ZListSoftSkillsRequest,
  ZListSoftSkillsResponse,
  ZMyCareerMatchesRequest,
  ZProfileCareerMatchesRequest,
  ZSetSoftSkills,
  ZSubmitInterestAnswers,
  type TInterestScores,
} from '../../../contracts/assessments.js';
import { ZErrorResponse } from '../../../contracts/errors.js';
import { riasecAreas } from '../../../contracts/occupations.js';
import type { Database } from '../../platform/db/index.js';
import { authOf } from '../auth/auth.guard.js';
import { careerMatches } from './career-matches.service.js';
import type { InterestProfileCache } from './interest-profile-cache.js';
import { readInterestItems } from './interest-items.js';
import {
  compareInterestResults,
  createInterestResult,
  deleteInterestResult,
  getInterestResult,
  interestScoresFor,
  listInterestResults,
} from './interest-results.service.js';
import { listSoftSkills, setSoftSkills } from './soft-skills.service.js';

export interface AssessmentsRoutesDeps {
  database: Database;
  profiles: InterestProfileCache;
  requireAuth: (request: FastifyRequest) => Promise<void>;
}

const errors = { 400: ZErrorResponse, 401: ZErrorResponse, 404: ZErrorResponse } as const;
const matchErrors = { ...errors, 422: ZErrorResponse } as const;

/** The interest assessment (items, results, history), career matches and soft skills (C4). */
export const assessmentsRoutes =
  (deps: AssessmentsRoutesDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const db = deps.database.db;
    const signedIn = { preValidation: deps.requireAuth };

    app.get(
      '/assessments/interest/items',
      {
        schema: {
          tags: ['assessments'],
          summary: 'The 60 activity items of the interest assessment and the rating scale',
          response: { 200: ZInterestItems },
        },
      },
      async () => readInterestItems(),
    );

    app.post(
      '/me/interest-results',
      {
        ...signedIn,
        config: { rateLimit: { max: 30, timeWindow: 60_000 } },
        schema: {
          tags: ['assessments'],
          summary: 'Submit all 60 ratings; stores and returns your six area scores',
          body: ZSubmitInterestAnswers,
          response: { 201: ZInterestResult, ...errors },
        },
      },
      async (request, reply) => {
        const result = await createInterestResult(db, authOf(request).userId, request.body.answers);
        reply.status(201);
        return result;
      },
    );

    app.get(
      '/me/interest-results',
      {
        ...signedIn,
        schema: {
          tags: ['assessments'],
          summary: 'Your interest results, newest first',
          querystring: ZListInterestResultsRequest,
          response: { 200: ZListInterestResultsResponse, ...errors },
        },
      },
      async (request) => listInterestResults(db, authOf(request).userId, request.query),
    );

    app.get(
      '/me/interest-results/:id',
      {
        ...signedIn,
        schema: {
          tags: ['assessments'],
          summary: 'One of your interest results, with its answers',
          params: ZInterestResultParams,
          response: { 200: ZInterestResult, ...errors },
        },
      },
      async (request) => getInterestResult(db, authOf(request).userId, request.params.id),
    );

    app.delete(
      '/me/interest-results/:id',
      {
        ...signedIn,
        schema: {
          tags: ['assessments'],
          summary: 'Delete one of your interest results',
          params: ZInterestResultParams,
          response: { 200: z.object({ deleted: z.literal(true) }), ...errors },
        },
      },
      async (request) => {
        await deleteInterestResult(db, authOf(request).userId, request.params.id);
        return { deleted: true as const };
      },
    );

    app.get(
      '/me/interest-results/:id/compare',
      {
        ...signedIn,
        schema: {
          tags: ['assessments'],
          summary: 'Per-area differences between two of your results',
          params: ZInterestResultParams,
          querystring: ZCompareInterestResultsRequest,
          response: { 200: ZInterestComparison, ...errors },
        },
      },
      async (request) =>
        compareInterestResults(db, authOf(request).userId, request.params.id, request.query.with),
    );

    app.get(
      '/me/career-matches',
      {
        ...signedIn,
        schema: {
          tags: ['assessments'],
          summary: 'Occupations ranked by fit with your latest (or a named) interest result',
          querystring: ZMyCareerMatchesRequest,
          response: { 200: ZCareerMatchesResponse, ...matchErrors },
        },
      },
      async (request) => {
        const { result, ...options } = request.query;
        const own = await interestScoresFor(db, authOf(request).userId, result);
        return careerMatches(deps.profiles, own.scores, options, own.id);
      },
    );

    app.get(
      '/career-matches',
      {
        schema: {
          tags: ['assessments'],
          summary: 'Occupations ranked by fit with a RIASEC profile given in the query string',
          querystring: ZProfileCareerMatchesRequest,
          response: { 200: ZCareerMatchesResponse, ...matchErrors },
        },
      },
      async (request) => {
        const { jobZone, limit, offset } = request.query;
        const scores = Object.fromEntries(
          riasecAreas.map((area) => [area, request.query[area]]),
        ) as TInterestScores;
        return careerMatches(deps.profiles, scores, { jobZone, limit, offset });
      },
    );

    app.get(
      '/me/soft-skills',
      {
        ...signedIn,
        schema: {
          tags: ['assessments'],
          summary: 'Every soft skill with your current and target level (null when unrated)',
          querystring: ZListSoftSkillsRequest,
          response: { 200: ZListSoftSkillsResponse, ...errors },
        },
      },
      async (request) => listSoftSkills(db, authOf(request).userId, request.query),
    );

    app.put(
      '/me/soft-skills',
      {
        ...signedIn,
        schema: {
          tags: ['assessments'],
          summary: 'Rate one or more soft skills: current and target level, 1-5',
          body: ZSetSoftSkills,
          response: { 200: ZListSoftSkillsResponse, ...errors },
        },
      },
      async (request) => {
        const userId = authOf(request).userId;
        await setSoftSkills(db, userId, request.body);
        return listSoftSkills(db, userId, { limit: 100, offset: 0 });
      },
    );
  };
