import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZErrorResponse } from '../../../contracts/errors.js';
import {
  ZAchievement,
  ZAchievementParams,
  ZAchievementWriteResponse,
  ZCreateAchievementRequest,
  ZListAchievementsRequest,
  ZListAchievementsResponse,
  ZUpdateAchievementRequest,
} from '../../../contracts/achievements.js';
import { authOf } from '../auth/auth.guard.js';
import {
  createAchievement,
  deleteAchievement,
  getAchievement,
  listAchievements,
  updateAchievement,
  type AchievementsDeps,
} from './achievements.service.js';

export interface AchievementsRoutesDeps extends AchievementsDeps {
  requireAuth: (request: FastifyRequest) => Promise<void>;
}

const errors = {
  400: ZErrorResponse,
  401: ZErrorResponse,
  404: ZErrorResponse,
  422: ZErrorResponse,
} as const;
const written = { 200: ZAchievementWriteResponse, ...errors } as const;

/** The signed-in user's achievements; each write updates their skills and generated resume. */
export const achievementsRoutes =
  (deps: AchievementsRoutesDeps): FastifyPluginAsyncZod =>
  async (app) => {
    // Authenticate before validating, so a signed-out caller hears 401 whatever it sent.
    const signedIn = { preValidation: deps.requireAuth };
    const tags = ['achievements'];
    const db = deps.database.db;

    app.get(
      '/achievements',
      {
        ...signedIn,
        schema: {
          tags,
          summary: 'Your achievements, ongoing and newest first, optionally of one type',
          querystring: ZListAchievementsRequest,
          response: { 200: ZListAchievementsResponse, ...errors },
        },
      },
      async (request) => listAchievements(db, authOf(request).userId, request.query),
    );

    app.post(
      '/achievements',
      {
        ...signedIn,
        schema: {
          tags,
          summary: 'Record an achievement; its skills are added and the resume regenerated',
          body: ZCreateAchievementRequest,
          response: { 201: ZAchievementWriteResponse, ...errors },
        },
      },
      async (request, reply) => {
        const saved = await createAchievement(deps, authOf(request).userId, request.body);
        return reply.code(201).send(saved);
      },
    );

    app.get(
      '/achievements/:id',
      {
        ...signedIn,
        schema: {
          tags,
          summary: 'One of your achievements',
          params: ZAchievementParams,
          response: { 200: ZAchievement, ...errors },
        },
      },
      async (request) => getAchievement(db, authOf(request).userId, request.params.id),
    );

    app.patch(
      '/achievements/:id',
      {
        ...signedIn,
        schema: {
          tags,
          summary: 'Change an achievement; left-out fields keep their value',
          params: ZAchievementParams,
          body: ZUpdateAchievementRequest,
          response: written,
        },
      },
      async (request) =>
        updateAchievement(deps, authOf(request).userId, request.params.id, request.body),
    );

    app.delete(
      '/achievements/:id',
      {
        ...signedIn,
        schema: {
          tags,
          summary: 'Delete an achievement and what only it contributed to your skills',
          params: ZAchievementParams,
          response: written,
        },
      },
      async (request) => deleteAchievement(deps, authOf(request).userId, request.params.id),
    );
  };
