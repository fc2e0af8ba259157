import { createHash } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZErrorResponse } from '../../../contracts/errors.js';
import {
  ZGetSkillRequest,
  ZListSkillsRequest,
  ZListSkillsResponse,
  ZSkill,
} from '../../../contracts/skills.js';
import type { Cache } from '../../platform/cache/index.js';
import type { Db } from '../../platform/db/index.js';
import { getSkill, listSkills } from './skills.service.js';

export interface SkillsRoutesDeps {
  db: Db;
  cache: Cache;
}

const CATALOG_TTL_SECONDS = 300;

export const skillsRoutes =
  (deps: SkillsRoutesDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/skills',
      {
        schema: {
          tags: ['skills'],
          summary: 'Search the skills taxonomy',
          querystring: ZListSkillsRequest,
          response: { 200: ZListSkillsResponse, 400: ZErrorResponse },
        },
      },
      async (request) => {
        const hash = createHash('sha1').update(JSON.stringify(request.query)).digest('hex');
        return deps.cache.remember(
          `catalog:skills:list:${hash}`,
          CATALOG_TTL_SECONDS,
          () => listSkills(deps.db, request.query),
          { groups: ['catalog:skills'] },
        );
      },
    );

    app.get(
      '/skills/:slug',
      {
        schema: {
          tags: ['skills'],
          summary: 'One skill of the taxonomy',
          params: ZGetSkillRequest,
          response: { 200: ZSkill, 400: ZErrorResponse, 404: ZErrorResponse },
        },
      },
      async (request) => getSkill(deps.db, request.params.slug),
    );
  };
