import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZErrorResponse } from '../../../contracts/errors.js';
import {
  RESUME_IMPORT_MAX_BYTES,
  ZListResumeImportsRequest,
  ZListResumeImportsResponse,
  ZResumeImport,
  ZResumeImportParams,
} from '../../../contracts/resume-imports.js';
import { readFileUpload } from '../../platform/http/file-upload.js';
import { authOf } from '../auth/auth.guard.js';
import {
  deleteResumeImport,
  getResumeImport,
  importResume,
  listResumeImports,
  type ResumeImportsDeps,
} from './resume-imports.service.js';

export interface ResumeImportsRoutesDeps extends ResumeImportsDeps {
  requireAuth: (request: FastifyRequest) => Promise<void>;
}

const errors = { 400: ZErrorResponse, 401: ZErrorResponse, 404: ZErrorResponse } as const;

/** Uploaded resumes at /resume-imports: stored, read into a draft, each its uploader's alone. */
export const resumeImportsRoutes =
  (deps: ResumeImportsRoutesDeps): FastifyPluginAsyncZod =>
  async (app) => {
    // Scoped to this plugin: only the upload takes multipart bodies.
    await app.register(multipart, { limits: { fileSize: RESUME_IMPORT_MAX_BYTES, files: 1 } });
    // Authenticate before validating, so a signed-out caller hears 401 whatever it sent.
    const signedIn = { preValidation: deps.requireAuth };
    const tags = ['resume-imports'];

    app.post(
      '/resume-imports',
      {
        ...signedIn,
        // Reading a PDF or DOCX costs CPU: a tighter budget than plain requests.
        config: { rateLimit: { max: 20, timeWindow: 60_000 } },
        schema: {
          tags,
          summary:
            'Upload a resume (multipart field "file": PDF or DOCX, 10 MB); answers its draft. ' +
            'The same file again answers the import it already has (200)',
          consumes: ['multipart/form-data'],
          response: {
            200: ZResumeImport,
            201: ZResumeImport,
            ...errors,
            413: ZErrorResponse,
            415: ZErrorResponse,
            422: ZErrorResponse,
          },
        },
      },
      async (request, reply) => {
        const upload = await readFileUpload(request, {
          maxBytes: RESUME_IMPORT_MAX_BYTES,
          label: 'The resume',
          accepts: 'a PDF or DOCX file',
        });
        const { item, created } = await importResume(deps, authOf(request).userId, upload);
        return reply.code(created ? 201 : 200).send(item);
      },
    );

    app.get(
      '/resume-imports',
      {
        ...signedIn,
        schema: {
          tags,
          summary: 'Your uploaded resumes, newest first',
          querystring: ZListResumeImportsRequest,
          response: { 200: ZListResumeImportsResponse, ...errors },
        },
      },
      async (request) => listResumeImports(deps.database.db, authOf(request).userId, request.query),
    );

    app.get(
      '/resume-imports/:id',
      {
        ...signedIn,
        schema: {
          tags,
          summary: 'One uploaded resume: its draft and a link to the original file',
          params: ZResumeImportParams,
          response: { 200: ZResumeImport, ...errors },
        },
      },
      async (request) => getResumeImport(deps, authOf(request).userId, request.params.id),
    );

    app.delete(
      '/resume-imports/:id',
      {
        ...signedIn,
        schema: {
          tags,
          summary: 'Delete an uploaded resume and its file (saved records stay)',
          params: ZResumeImportParams,
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await deleteResumeImport(deps, authOf(request).userId, request.params.id);
        return reply.code(204).send(null);
      },
    );
  };
