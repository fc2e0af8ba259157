import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZErrorResponse } from '../../../contracts/errors.js';
import {
  ZListResumesRequest,
  ZListResumesResponse,
  ZResume,
  ZResumeParams,
} from '../../../contracts/resumes.js';
import type { Database } from '../../platform/db/index.js';
import { authOf } from '../auth/auth.guard.js';
import { getResume, listResumes } from './resumes.service.js';

export interface ResumesRoutesDeps {
  database: Database;
  now: () => Date;
  requireAuth: (request: FastifyRequest) => Promise<void>;
}

const errors = { 400: ZErrorResponse, 401: ZErrorResponse, 404: ZErrorResponse } as const;

/** The signed-in user's resumes (read side; the builder adds the rest). */
export const resumesRoutes =
  (deps: ResumesRoutesDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const signedIn = { preValidation: deps.requireAuth };
    const tags = ['resumes'];

    app.get(
      '/resumes',
      {
        ...signedIn,
        schema: {
          tags,
          summary: 'Your resumes, the generated one first (made on the first read)',
          querystring: ZListResumesRequest,
          response: { 200: ZListResumesResponse, ...errors },
        },
      },
      async (request) =>
        // A write when the generated resume is missing, so in a transaction of its own.
        deps.database.transaction((tx) =>
          listResumes(tx, authOf(request).userId, request.query, deps.now),
        ),
    );

    app.get(
      '/resumes/:id',
      {
        ...signedIn,
        schema: {
          tags,
          summary: 'One of your resumes with its content',
          params: ZResumeParams,
          response: { 200: ZResume, ...errors },
        },
      },
      async (request) => getResume(deps.database.db, authOf(request).userId, request.params.id),
    );
  };
