import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZCoverLetter,
  ZCoverLetterExportQuery,
  ZCoverLetterParams,
  ZCreateCoverLetterRequest,
  ZListCoverLettersRequest,
  ZListCoverLettersResponse,
  ZUpdateCoverLetterRequest,
} from '../../../contracts/cover-letters.js';
import { ZErrorResponse } from '../../../contracts/errors.js';
import { authOf } from '../auth/auth.guard.js';
import { exportCoverLetter } from '../resumes/render/export-document.js';
import { exportFileName } from './cover-letter-defaults.js';
import {
  createCoverLetter,
  deleteCoverLetter,
  duplicateCoverLetter,
  getCoverLetter,
  listCoverLetters,
  updateCoverLetter,
  type CoverLettersDeps,
} from './cover-letters.service.js';

export interface CoverLettersRoutesDeps extends CoverLettersDeps {
  requireAuth: (request: FastifyRequest) => Promise<void>;
}

const errors = { 400: ZErrorResponse, 401: ZErrorResponse, 404: ZErrorResponse } as const;
const letterAnswer = { 200: ZCoverLetter, ...errors } as const;

/** The signed-in user's cover letters and their exports. */
export const coverLettersRoutes =
  (deps: CoverLettersRoutesDeps): FastifyPluginAsyncZod =>
  async (app) => {
    // Authenticate before validating, so a signed-out caller hears 401 whatever it sent.
    const signedIn = { preValidation: deps.requireAuth };
    const tags = ['cover-letters'];
    const db = deps.database.db;

    app.get(
      '/cover-letters',
      {
        ...signedIn,
        schema: {
          tags,
          summary: 'Your cover letters, the most recently changed first',
          querystring: ZListCoverLettersRequest,
          response: { 200: ZListCoverLettersResponse, ...errors },
        },
      },
      async (request) => listCoverLetters(db, authOf(request).userId, request.query),
    );

    app.post(
      '/cover-letters',
      {
        ...signedIn,
        schema: {
          tags,
          summary: "Start a letter; the sender comes from your resume's basics",
          body: ZCreateCoverLetterRequest,
          response: { 201: ZCoverLetter, ...errors },
        },
      },
      async (request, reply) => {
        const letter = await createCoverLetter(deps, authOf(request).userId, request.body);
        return reply.code(201).send(letter);
      },
    );

    app.get(
      '/cover-letters/:id',
      {
        ...signedIn,
        schema: {
          tags,
          summary: 'One of your cover letters',
          params: ZCoverLetterParams,
          response: letterAnswer,
        },
      },
      async (request) => getCoverLetter(db, authOf(request).userId, request.params.id),
    );

    app.patch(
      '/cover-letters/:id',
      {
        ...signedIn,
        schema: {
          tags,
          summary: 'Change a letter; left-out fields keep their value',
          params: ZCoverLetterParams,
          body: ZUpdateCoverLetterRequest,
          response: letterAnswer,
        },
      },
      async (request) =>
        updateCoverLetter(deps, authOf(request).userId, request.params.id, request.body),
    );

    app.delete(
      '/cover-letters/:id',
      {
        ...signedIn,
        schema: {
          tags,
          summary: 'Delete a cover letter',
          params: ZCoverLetterParams,
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await deleteCoverLetter(db, authOf(request).userId, request.params.id);
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/cover-letters/:id/duplicate',
      {
        ...signedIn,
        schema: {
          tags,
          summary: 'Copy a letter, to tailor it for another application',
          params: ZCoverLetterParams,
          response: { 201: ZCoverLetter, ...errors },
        },
      },
      async (request, reply) => {
        const copy = await duplicateCoverLetter(deps, authOf(request).userId, request.params.id);
        return reply.code(201).send(copy);
      },
    );

    app.get(
      '/cover-letters/:id/export',
      {
        ...signedIn,
        schema: {
          tags,
          summary: 'Download a letter as PDF, DOCX, Markdown or plain text',
          params: ZCoverLetterParams,
          querystring: ZCoverLetterExportQuery,
          // A file, not JSON: Fastify sends a Buffer as it is, past the serializer.
          response: { 200: z.instanceof(Buffer).describe('the file'), ...errors },
        },
      },
      async (request, reply) => {
        const letter = await getCoverLetter(db, authOf(request).userId, request.params.id);
        const { format, pageSize } = request.query;
        const file = await exportCoverLetter(letter.content, format, {
          template: letter.template,
          pageSize,
        });
        const fileName = exportFileName(letter.content.sender.name, letter.name, file.extension);
        return reply
          .header('content-type', file.contentType)
          .header('content-disposition', `attachment; filename="${fileName}"`)
          .header('cache-control', 'private, no-store')
          .send(file.body);
      },
    );
  };
