import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZErrorResponse } from '../../../contracts/errors.js';
import {
  ZCreateGoalRequest,
  ZGoal,
  ZGoalParams,
  ZListGoalsRequest,
  ZListGoalsResponse,
  ZMilestoneParams,
  ZNewMilestone,
  ZReorderMilestonesRequest,
  ZUpdateGoalRequest,
  ZUpdateMilestoneRequest,
} from '../../../contracts/goals.js';
import { authOf } from '../auth/auth.guard.js';
import {
  addMilestone,
  createGoal,
  deleteGoal,
  deleteMilestone,
  getGoal,
  listGoals,
  reorderMilestones,
  setMilestoneStatus,
  updateGoal,
  updateMilestone,
  type GoalsDeps,
} from './goals.service.js';

export interface GoalsRoutesDeps extends GoalsDeps {
  requireAuth: (request: FastifyRequest) => Promise<void>;
}

const errors = { 400: ZErrorResponse, 401: ZErrorResponse, 404: ZErrorResponse } as const;
const goalAnswer = { 200: ZGoal, ...errors } as const;

/** The signed-in user's career goals and their milestones, at /me/goals. */
export const goalsRoutes =
  (deps: GoalsRoutesDeps): FastifyPluginAsyncZod =>
  async (app) => {
    // Authenticate before validating, so a signed-out caller hears 401 whatever it sent.
    const signedIn = { preValidation: deps.requireAuth };
    const tags = ['goals'];
    const db = deps.database.db;

    app.get(
      '/me/goals',
      {
        ...signedIn,
        schema: {
          tags,
          summary: 'Your goals, newest first, optionally of one status',
          querystring: ZListGoalsRequest,
          response: { 200: ZListGoalsResponse, ...errors },
        },
      },
      async (request) => listGoals(db, authOf(request).userId, request.query),
    );

    app.post(
      '/me/goals',
      {
        ...signedIn,
        schema: {
          tags,
          summary: 'Create a goal, with its milestones in order',
          body: ZCreateGoalRequest,
          response: { 201: ZGoal, ...errors },
        },
      },
      async (request, reply) => {
        const goal = await createGoal(deps, authOf(request).userId, request.body);
        return reply.code(201).send(goal);
      },
    );

    app.get(
      '/me/goals/:id',
      {
        ...signedIn,
        schema: { tags, summary: 'One of your goals', params: ZGoalParams, response: goalAnswer },
      },
      async (request) => getGoal(db, authOf(request).userId, request.params.id),
    );

    app.patch(
      '/me/goals/:id',
      {
        ...signedIn,
        schema: {
          tags,
          summary: 'Change a goal; left-out fields keep their value',
          params: ZGoalParams,
          body: ZUpdateGoalRequest,
          response: goalAnswer,
        },
      },
      async (request) => updateGoal(deps, authOf(request).userId, request.params.id, request.body),
    );

    app.delete(
      '/me/goals/:id',
      {
        ...signedIn,
        schema: {
          tags,
          summary: 'Delete a goal and its milestones',
          params: ZGoalParams,
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await deleteGoal(deps, authOf(request).userId, request.params.id);
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/me/goals/:id/milestones',
      {
        ...signedIn,
        schema: {
          tags,
          summary: 'Add a milestone at the end of a goal',
          params: ZGoalParams,
          body: ZNewMilestone,
          response: { 201: ZGoal, ...errors },
        },
      },
      async (request, reply) => {
        const goal = await addMilestone(
          deps,
          authOf(request).userId,
          request.params.id,
          request.body,
        );
        return reply.code(201).send(goal);
      },
    );

    app.put(
      '/me/goals/:id/milestones/order',
      {
        ...signedIn,
        schema: {
          tags,
          summary: "Put a goal's milestones in a new order",
          params: ZGoalParams,
          body: ZReorderMilestonesRequest,
          response: goalAnswer,
        },
      },
      async (request) =>
        reorderMilestones(deps, authOf(request).userId, request.params.id, request.body),
    );

    app.patch(
      '/me/goals/:id/milestones/:milestoneId',
      {
        ...signedIn,
        schema: {
          tags,
          summary: "Change a milestone's title or target date",
          params: ZMilestoneParams,
          body: ZUpdateMilestoneRequest,
          response: goalAnswer,
        },
      },
      async (request) =>
        updateMilestone(
          deps,
          authOf(request).userId,
          request.params.id,
          request.params.milestoneId,
          request.body,
        ),
    );

    app.delete(
      '/me/goals/:id/milestones/:milestoneId',
      {
        ...signedIn,
        schema: {
          tags,
          summary: 'Remove a milestone',
          params: ZMilestoneParams,
          response: goalAnswer,
        },
      },
      async (request) =>
        deleteMilestone(
          deps,
          authOf(request).userId,
          request.params.id,
          request.params.milestoneId,
        ),
    );

    for (const [action, status] of [
      ['complete', 'done'],
      ['reopen', 'pending'],
    ] as const) {
      app.post(
        `/me/goals/:id/milestones/:milestoneId/${action}`,
        {
          ...signedIn,
          schema: {
            tags,
            summary:
              status === 'done'
                ? 'Mark a milestone done (the answer says when all are done)'
                : 'Mark a done milestone pending again',
            params: ZMilestoneParams,
            response: goalAnswer,
          },
        },
        async (request) =>
          setMilestoneStatus(
            deps,
            authOf(request).userId,
            request.params.id,
            request.params.milestoneId,
            status,
          ),
      );
    }
  };
