import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZErrorResponse } from '../../../contracts/errors.js';
import {
  ZCreateRoadmapRequest,
  ZLearningTrack,
  ZListRoadmapsRequest,
  ZListRoadmapsResponse,
  ZMilestoneParams,
  ZRoadmap,
  ZRoadmapParams,
  ZRoadmapQuestionsRequest,
  ZRoadmapQuestionsResponse,
  ZShareResponse,
  ZSharedRoadmap,
  ZShareTokenParams,
} from '../../../contracts/roadmaps.js';
import { authOf } from '../auth/auth.guard.js';
import {
  createRoadmap,
  deleteRoadmap,
  getRoadmap,
  learningTrack,
  listRoadmaps,
  roadmapQuestions,
  setMilestoneCompleted,
  shareRoadmap,
  sharedRoadmap,
  unshareRoadmap,
  type RoadmapDeps,
} from './roadmaps.service.js';

export interface RoadmapsRoutesDeps extends RoadmapDeps {
  requireAuth: (request: FastifyRequest) => Promise<void>;
}

const errors = {
  400: ZErrorResponse,
  401: ZErrorResponse,
  404: ZErrorResponse,
} as const;
const ZDeleted = z.object({ deleted: z.literal(true) });
const ZUnshared = z.object({ shared: z.literal(false) });

/** Roadmaps towards an occupation (C5): questions, generation, milestones, sharing, tracks. */
export const roadmapsRoutes =
  (deps: RoadmapsRoutesDeps): FastifyPluginAsyncZod =>
  async (app) => {
    // Authenticate before validating, so a signed-out caller hears 401 whatever it sent.
    const signedIn = { preValidation: deps.requireAuth };
    const tags = ['roadmaps'];

    app.get(
      '/roadmaps/questions',
      {
        ...signedIn,
        schema: {
          tags,
          summary: 'The questions a roadmap for an occupation asks: common and field-specific',
          querystring: ZRoadmapQuestionsRequest,
          response: { 200: ZRoadmapQuestionsResponse, ...errors },
        },
      },
      async (request) => roadmapQuestions(deps.database.db, request.query.occupation),
    );

    app.post(
      '/roadmaps',
      {
        ...signedIn,
        schema: {
          tags,
          summary: 'Generate a roadmap from your gaps and answers, and save it',
          body: ZCreateRoadmapRequest,
          response: { 201: ZRoadmap, 422: ZErrorResponse, ...errors },
        },
      },
      async (request, reply) => {
        const roadmap = await createRoadmap(deps, authOf(request).userId, request.body);
        reply.status(201);
        return roadmap;
      },
    );

    app.get(
      '/roadmaps',
      {
        ...signedIn,
        schema: {
          tags,
          summary: 'Your roadmaps, most recently updated first',
          querystring: ZListRoadmapsRequest,
          response: { 200: ZListRoadmapsResponse, ...errors },
        },
      },
      async (request) => listRoadmaps(deps, authOf(request).userId, request.query),
    );

    app.get(
      '/roadmaps/:id',
      {
        ...signedIn,
        schema: {
          tags,
          summary: 'One of your roadmaps with its progress',
          params: ZRoadmapParams,
          response: { 200: ZRoadmap, ...errors },
        },
      },
      async (request) => getRoadmap(deps, authOf(request).userId, request.params.id),
    );

    app.delete(
      '/roadmaps/:id',
      {
        ...signedIn,
        schema: {
          tags,
          summary: 'Delete one of your roadmaps',
          params: ZRoadmapParams,
          response: { 200: ZDeleted, ...errors },
        },
      },
      async (request) => {
        await deleteRoadmap(deps, authOf(request).userId, request.params.id);
        return { deleted: true as const };
      },
    );

    app.get(
      '/roadmaps/:id/track',
      {
        ...signedIn,
        schema: {
          tags,
          summary: 'The roadmap as a learning track: milestones as checkpoints',
          params: ZRoadmapParams,
          response: { 200: ZLearningTrack, ...errors },
        },
      },
      async (request) => learningTrack(deps, authOf(request).userId, request.params.id),
    );

    for (const action of ['complete', 'reopen'] as const) {
      app.post(
        `/roadmaps/:id/milestones/:milestoneId/${action}`,
        {
          ...signedIn,
          schema: {
            tags,
            summary:
              action === 'complete'
                ? 'Mark a milestone completed (idempotent)'
                : 'Reopen a completed milestone (idempotent)',
            params: ZMilestoneParams,
            response: { 200: ZRoadmap, ...errors },
          },
        },
        async (request) =>
          setMilestoneCompleted(
            deps,
            authOf(request).userId,
            request.params.id,
            request.params.milestoneId,
            action === 'complete',
          ),
      );
    }

    app.post(
      '/roadmaps/:id/share',
      {
        ...signedIn,
        schema: {
          tags,
          summary: 'Turn on the public read-only link',
          params: ZRoadmapParams,
          response: { 200: ZShareResponse, ...errors },
        },
      },
      async (request) => shareRoadmap(deps, authOf(request).userId, request.params.id),
    );

    app.delete(
      '/roadmaps/:id/share',
      {
        ...signedIn,
        schema: {
          tags,
          summary: 'Turn off the public link; the old link stops working',
          params: ZRoadmapParams,
          response: { 200: ZUnshared, ...errors },
        },
      },
      async (request) => {
        await unshareRoadmap(deps, authOf(request).userId, request.params.id);
        return { shared: false as const };
      },
    );

    app.get(
      '/shared/roadmaps/:token',
      {
        schema: {
          tags,
          summary: 'A shared roadmap, read-only, without anything about its owner',
          params: ZShareTokenParams,
          response: { 200: ZSharedRoadmap, 400: ZErrorResponse, 404: ZErrorResponse },
        },
      },
      async (request) => sharedRoadmap(deps, request.params.token),
    );
  };
