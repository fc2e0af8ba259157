import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZErrorResponse } from '../../../contracts/errors.js';
import { ZProfileLookupParams } from '../../../contracts/profiles.js';
import {
  ZAddUserSkillRequest,
  ZEndorseRequest,
  ZOwnSkillParams,
  ZSaveUserSkillResponse,
  ZSuggestSkillsRequest,
  ZSuggestSkillsResponse,
  ZUpdateUserSkillRequest,
  ZUserSkill,
  ZUserSkillParams,
  ZUserSkillsQuery,
  ZUserSkillsResponse,
} from '../../../contracts/user-skills.js';
import type { DomainEvents } from '../../platform/events/domain-events.js';
import { authOf } from '../auth/auth.guard.js';
import type { ProfileDeps } from '../profiles/profiles.service.js';
import { endorseSkill, withdrawEndorsement } from './skill-endorsements.service.js';
import { suggestSkills } from './skill-suggestions.js';
import { skillsOwnerFor } from './user-skills.policy.js';
import {
  addOrUpdateUserSkill,
  findUserSkill,
  getUserSkill,
  listUserSkills,
  removeUserSkill,
  type SkillViewer,
} from './user-skills.service.js';

export type UserSkillsRoutesDeps = ProfileDeps & {
  events: DomainEvents;
  requireAuth: (request: FastifyRequest) => Promise<void>;
};

const errors = {
  400: ZErrorResponse,
  401: ZErrorResponse,
  403: ZErrorResponse,
  404: ZErrorResponse,
} as const;

function viewerOf(request: FastifyRequest): SkillViewer {
  return request.auth ? { userId: request.auth.userId } : undefined;
}

/** A user's skills on their profile, their own edits, endorsements and as-you-type suggestions. */
export const userSkillsRoutes =
  (deps: UserSkillsRoutesDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const { database, events } = deps;
    // A token that is sent must be valid (401 lets the client renew it); none means signed out.
    const optionalAuth = async (request: FastifyRequest) => {
      if (request.headers.authorization !== undefined) await deps.requireAuth(request);
    };
    // Authenticate before validating, so a signed-out caller hears 401 whatever it sent.
    const signedIn = { preValidation: deps.requireAuth };

    app.get(
      '/skills/suggest',
      {
        schema: {
          tags: ['skills'],
          summary: 'Skills a half-typed name may stand for (names and aliases, typo-tolerant)',
          querystring: ZSuggestSkillsRequest,
          response: { 200: ZSuggestSkillsResponse, 400: ZErrorResponse },
        },
      },
      async (request) => ({
        items: await suggestSkills(database.db, request.query.q, request.query.limit),
      }),
    );

    app.get(
      '/users/:id/skills',
      {
        preValidation: optionalAuth,
        schema: {
          tags: ['user-skills'],
          summary: 'A user’s skills, to anyone who may see their profile’s basics',
          params: ZProfileLookupParams,
          querystring: ZUserSkillsQuery,
          response: { 200: ZUserSkillsResponse, ...errors },
        },
      },
      async (request) => {
        const viewer = viewerOf(request);
        const ownerId = await skillsOwnerFor(deps, viewer, request.params.id);
        return listUserSkills(database.db, ownerId, viewer, request.query, {
          edit: viewer?.userId === ownerId,
          endorse: viewer !== undefined && viewer.userId !== ownerId,
        });
      },
    );

    app.post(
      '/me/skills',
      {
        ...signedIn,
        schema: {
          tags: ['user-skills'],
          summary: 'Add a skill by name ("JS" becomes JavaScript); adding one you have sets it',
          body: ZAddUserSkillRequest,
          response: {
            200: ZSaveUserSkillResponse,
            201: ZSaveUserSkillResponse,
            ...errors,
            422: ZErrorResponse,
          },
        },
      },
      async (request, reply) => {
        const { userId } = authOf(request);
        const result = await database.transaction(async (tx) => {
          const saved = await addOrUpdateUserSkill(tx, events, {
            userId,
            skill: request.body.name,
            proficiency: request.body.proficiency,
            source: 'self',
            mode: 'set',
          });
          return {
            change: saved.change,
            item: await getUserSkill(tx, saved.userSkillId, { userId }),
          };
        });
        return reply.status(result.change === 'created' ? 201 : 200).send(result);
      },
    );

    app.patch(
      '/me/skills/:skill',
      {
        ...signedIn,
        schema: {
          tags: ['user-skills'],
          summary: 'Change the proficiency of one of your skills',
          params: ZOwnSkillParams,
          body: ZUpdateUserSkillRequest,
          response: { 200: ZSaveUserSkillResponse, ...errors },
        },
      },
      async (request) => {
        const { userId } = authOf(request);
        return database.transaction(async (tx) => {
          const owned = await findUserSkill(tx, userId, request.params.skill);
          const saved = await addOrUpdateUserSkill(tx, events, {
            userId,
            skill: { skillId: owned.skill.id },
            proficiency: request.body.proficiency,
            source: 'self',
            mode: 'set',
          });
          return {
            change: saved.change,
            item: await getUserSkill(tx, saved.userSkillId, { userId }),
          };
        });
      },
    );

    app.delete(
      '/me/skills/:skill',
      {
        ...signedIn,
        schema: {
          tags: ['user-skills'],
          summary: 'Remove one of your skills, with its endorsements and evidence',
          params: ZOwnSkillParams,
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        const { userId } = authOf(request);
        await database.transaction((tx) =>
          removeUserSkill(tx, events, userId, request.params.skill),
        );
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/users/:id/skills/:skill/endorsements',
      {
        ...signedIn,
        schema: {
          tags: ['user-skills'],
          summary: 'Endorse another user’s skill (once; a mentor’s endorsement verifies it)',
          params: ZUserSkillParams,
          body: ZEndorseRequest,
          response: { 201: ZUserSkill, ...errors, 409: ZErrorResponse },
        },
      },
      async (request, reply) => {
        const auth = authOf(request);
        const viewer = { userId: auth.userId };
        const ownerId = await skillsOwnerFor(deps, viewer, request.params.id);
        const item = await database.transaction(async (tx) => {
          const userSkillId = await endorseSkill(tx, events, {
            ownerId,
            slug: request.params.skill,
            endorserId: auth.userId,
            endorserRoles: auth.roles,
            note: request.body?.note ?? null,
          });
          return getUserSkill(tx, userSkillId, viewer);
        });
        return reply.status(201).send(item);
      },
    );

    app.delete(
      '/users/:id/skills/:skill/endorsements',
      {
        ...signedIn,
        schema: {
          tags: ['user-skills'],
          summary: 'Withdraw your endorsement of a user’s skill',
          params: ZUserSkillParams,
          response: { 200: ZUserSkill, ...errors },
        },
      },
      async (request) => {
        const viewer = { userId: authOf(request).userId };
        const ownerId = await skillsOwnerFor(deps, viewer, request.params.id);
        return database.transaction(async (tx) => {
          const userSkillId = await withdrawEndorsement(tx, {
            ownerId,
            slug: request.params.skill,
            endorserId: viewer.userId,
          });
          return getUserSkill(tx, userSkillId, viewer);
        });
      },
    );
  };
