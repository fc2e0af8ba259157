import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZPageQuery } from '../../../contracts/pagination.js';
import { ZErrorResponse } from '../../../contracts/errors.js';
import {
  ZCreateResumeRequest,
  ZCreateResumeVersionRequest,
  ZExportQuery,
  ZImportResumeRequest,
  ZListResumeVersionsResponse,
  ZPublicExportQuery,
  ZPublicLinkRequest,
  ZPublicResume,
  ZPublicResumeParams,
  ZResume,
  ZResumeParams,
  ZResumePublicLink,
  ZResumeVersion,
  ZResumeVersionParams,
  ZUpdateResumeRequest,
} from '../../../contracts/resumes.js';
import type { Database } from '../../platform/db/index.js';
import { authOf } from '../auth/auth.guard.js';
import {
  createTailoredResume,
  deleteResume,
  importResume,
  updateResume,
} from './resume-builder.service.js';
import {
  attachmentHeader,
  exportOwnResume,
  renderDownload,
  type ResumeDownload,
} from './resume-export.service.js';
import { openPublicResume, setPublicLink } from './resume-public-link.service.js';
import { createVersion, getVersion, listVersions } from './resume-versions.service.js';

export interface ResumeBuilderRoutesDeps {
  database: Database;
  now: () => Date;
  publicUrl: string;
  requireAuth: (request: FastifyRequest) => Promise<void>;
}

const errors = {
  400: ZErrorResponse,
  401: ZErrorResponse,
  404: ZErrorResponse,
  409: ZErrorResponse,
} as const;
// A file, not JSON: the schema only documents it.
const fileResponse = { 200: z.any().describe('The file'), ...errors };
// Public routes are open to anyone with a link: a tighter budget than signed-in ones.
const publicLimit = { rateLimit: { max: 60, timeWindow: 60_000 } };

function sendFile(reply: FastifyReply, file: ResumeDownload, cache: string) {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', attachmentHeader(file.fileName))
    .header('cache-control', cache)
    .header('x-content-type-options', 'nosniff')
    .send(file.body);
}

/** Tailored resumes, versions, exports, JSON Resume import and the public link (C7). */
export const resumeBuilderRoutes =
  (deps: ResumeBuilderRoutesDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const signedIn = { preValidation: deps.requireAuth };
    const tags = ['resumes'];
    const db = deps.database.db;
    const user = (request: FastifyRequest) => authOf(request).userId;

    app.post(
      '/resumes',
      {
        ...signedIn,
        schema: {
          tags,
          summary: 'Make a tailored copy of one of your resumes (the generated one by default)',
          body: ZCreateResumeRequest,
          response: { 201: ZResume, ...errors },
        },
      },
      async (request, reply) => {
        const created = await deps.database.transaction((tx) =>
          createTailoredResume(tx, user(request), request.body, deps.now),
        );
        return reply.status(201).send(created);
      },
    );

    app.post(
      '/resumes/import',
      {
        ...signedIn,
        bodyLimit: 1024 * 1024,
        schema: {
          tags,
          summary: 'A new tailored resume from a JSON Resume document',
          body: ZImportResumeRequest,
          response: { 201: ZResume, ...errors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await importResume(db, user(request), request.body, deps.now)),
    );

    app.patch(
      '/resumes/:id',
      {
        ...signedIn,
        schema: {
          tags,
          summary: 'Rename, change the template, or (tailored only) edit the content',
          params: ZResumeParams,
          body: ZUpdateResumeRequest,
          response: { 200: ZResume, ...errors },
        },
      },
      async (request) => updateResume(db, user(request), request.params.id, request.body, deps.now),
    );

    app.delete(
      '/resumes/:id',
      {
        ...signedIn,
        schema: {
          tags,
          summary: 'Delete a tailored resume and its versions',
          params: ZResumeParams,
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await deleteResume(db, user(request), request.params.id);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/resumes/:id/versions',
      {
        ...signedIn,
        schema: {
          tags,
          summary: 'Save the resume as it is now as a named version',
          params: ZResumeParams,
          body: ZCreateResumeVersionRequest,
          response: { 201: ZResumeVersion, ...errors },
        },
      },
      async (request, reply) => {
        const version = await deps.database.transaction((tx) =>
          createVersion(tx, user(request), request.params.id, request.body.name, deps.now),
        );
        return reply.status(201).send(version);
      },
    );

    app.get(
      '/resumes/:id/versions',
      {
        ...signedIn,
        schema: {
          tags,
          summary: "The resume's saved versions, oldest first",
          params: ZResumeParams,
          querystring: ZPageQuery,
          response: { 200: ZListResumeVersionsResponse, ...errors },
        },
      },
      async (request) => listVersions(db, user(request), request.params.id, request.query),
    );

    app.get(
      '/resumes/:id/versions/:number',
      {
        ...signedIn,
        schema: {
          tags,
          summary: 'One saved version with its content',
          params: ZResumeVersionParams,
          response: { 200: ZResumeVersion, ...errors },
        },
      },
      async (request) => getVersion(db, user(request), request.params.id, request.params.number),
    );

    app.get(
      '/resumes/:id/export',
      {
        ...signedIn,
        schema: {
          tags,
          summary:
            'Download the resume (or one version) as PDF, DOCX, Markdown, text or JSON Resume',
          params: ZResumeParams,
          querystring: ZExportQuery,
          response: fileResponse,
        },
      },
      async (request, reply) =>
        sendFile(
          reply,
          await exportOwnResume(db, user(request), request.params.id, request.query),
          'private, no-store',
        ),
    );

    app.put(
      '/resumes/:id/public-link',
      {
        ...signedIn,
        schema: {
          tags,
          summary: 'Turn the public link on (a new address, shown once) or off',
          params: ZResumeParams,
          body: ZPublicLinkRequest,
          response: { 200: ZResumePublicLink, ...errors },
        },
      },
      async (request) =>
        setPublicLink(db, user(request), request.params.id, request.body.enabled, deps.publicUrl),
    );

    app.get(
      '/public/resumes/:token',
      {
        config: publicLimit,
        schema: {
          tags,
          summary: 'A resume shared by its public link (counts a view)',
          params: ZPublicResumeParams,
          response: { 200: ZPublicResume, 400: ZErrorResponse, 404: ZErrorResponse },
        },
      },
      async (request, reply) => {
        const { template, content } = await openPublicResume(db, request.params.token, 'views');
        return reply.header('cache-control', 'no-store').send({ template, content });
      },
    );

    app.get(
      '/public/resumes/:token/export',
      {
        config: publicLimit,
        schema: {
          tags,
          summary: 'Download a shared resume as PDF or DOCX (counts a download)',
          params: ZPublicResumeParams,
          querystring: ZPublicExportQuery,
          response: { 200: z.any().describe('The file'), 400: ZErrorResponse, 404: ZErrorResponse },
        },
      },
      async (request, reply) => {
        const shared = await openPublicResume(db, request.params.token, 'downloads');
        const file = await renderDownload(shared, request.query.format, request.query.paper);
        return sendFile(reply, file, 'no-store');
      },
    );
  };
