import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZErrorResponse } from '../../../contracts/errors.js';
import {
  ZDataSourcesResponse,
  ZOccupation,
  ZOccupationParams,
  ZSearchOccupationsRequest,
  ZSearchOccupationsResponse,
} from '../../../contracts/occupations.js';
import type { Cache } from '../../platform/cache/index.js';
import type { Db } from '../../platform/db/index.js';
import { latestAttribution } from './occupation-attribution.js';
import { getOccupation } from './occupation-detail.js';
import { OCCUPATIONS_CACHE_GROUP, searchOccupations } from './occupation-search.js';

export interface OccupationsRoutesDeps {
  db: Db;
  cache: Cache;
}

const CATALOG_TTL_SECONDS = 300;

/** The career explorer: occupation search and one occupation's page. */
export const occupationsRoutes =
  (deps: OccupationsRoutesDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const cached = <T>(key: string, load: () => Promise<T>) =>
      deps.cache.remember(key, CATALOG_TTL_SECONDS, load, { groups: [OCCUPATIONS_CACHE_GROUP] });

    app.get(
      '/data-sources',
      {
        schema: {
          tags: ['occupations'],
          summary: 'The O*NET release the occupational data comes from, with its attribution',
          response: { 200: ZDataSourcesResponse },
        },
      },
      async () =>
        cached('catalog:occupations:data-sources', async () => ({
          onet: await latestAttribution(deps.db),
        })),
    );

    app.get(
      '/occupations',
      {
        schema: {
          tags: ['occupations'],
          summary: 'Search occupations by title and alternate title (typos tolerated), or browse',
          querystring: ZSearchOccupationsRequest,
          response: { 200: ZSearchOccupationsResponse, 400: ZErrorResponse },
        },
      },
      // Not cached: answered from the process's in-memory index, which is as quick as a cache.
      async (request) => searchOccupations(deps.db, request.query),
    );

    app.get(
      '/occupations/:code',
      {
        schema: {
          tags: ['occupations'],
          summary: 'One occupation: tasks, skills, knowledge, technology, interests, related',
          params: ZOccupationParams,
          response: { 200: ZOccupation, 400: ZErrorResponse, 404: ZErrorResponse },
        },
      },
      async (request) =>
        cached(`catalog:occupations:detail:${request.params.code}`, () =>
          getOccupation(deps.db, request.params.code),
        ),
    );
  };
