import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ZAcceptedResponse,
  ZChangePasswordRequest,
  ZEmailTokenRequest,
  ZForgotPasswordRequest,
  ZResetPasswordRequest,
} from '../../../contracts/auth.js';
import { ZErrorResponse } from '../../../contracts/errors.js';
import { AppError } from '../../platform/http/app-error.js';
import {
  changePassword,
  requestPasswordReset,
  resetPassword,
  sendVerificationEmail,
  verifyEmail,
  type RecoveryDeps,
} from './account-recovery.service.js';
import type { AuditEntry } from '../audit/audit.service.js';
import { authOf } from './auth.guard.js';
import { findUser } from './auth.service.js';

const errors = { 400: ZErrorResponse, 401: ZErrorResponse, 429: ZErrorResponse } as const;
const FIVE_MINUTES = 5 * 60_000;
const recoveryLimit = { rateLimit: { max: 30, timeWindow: FIVE_MINUTES } };
const accepted = { accepted: true as const };

/** Email verification, forgotten and changed passwords. */
export const accountRecoveryRoutes =
  (
    deps: RecoveryDeps & {
      requireAuth: (request: FastifyRequest) => Promise<void>;
      audit: (request: FastifyRequest, entry: AuditEntry) => Promise<void>;
    },
  ): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/verify-email/request',
      {
        preHandler: deps.requireAuth,
        config: recoveryLimit,
        schema: { tags: ['auth'], response: { 202: ZAcceptedResponse, ...errors } },
      },
      async (request, reply) => {
        const user = await findUser(deps, authOf(request).userId);
        if (!user) throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
        await sendVerificationEmail(deps, user);
        return reply.status(202).send(accepted);
      },
    );

    app.post(
      '/verify-email',
      {
        config: recoveryLimit,
        schema: {
          tags: ['auth'],
          body: ZEmailTokenRequest,
          response: { 200: ZAcceptedResponse, ...errors },
        },
      },
      async (request) => {
        const userId = await verifyEmail(deps, request.body.token);
        await deps.audit(request, { action: 'auth.email.verify', actorId: userId });
        return accepted;
      },
    );

    app.post(
      '/password/forgot',
      {
        config: recoveryLimit,
        schema: {
          tags: ['auth'],
          summary:
            'Email a reset link; the answer is the same whether or not the address has an account',
          body: ZForgotPasswordRequest,
          response: { 202: ZAcceptedResponse, ...errors },
        },
      },
      async (request, reply) => {
        await requestPasswordReset(deps, request.body.email);
        return reply.status(202).send(accepted);
      },
    );

    app.post(
      '/password/reset',
      {
        config: recoveryLimit,
        schema: {
          tags: ['auth'],
          body: ZResetPasswordRequest,
          response: { 200: ZAcceptedResponse, ...errors },
        },
      },
      async (request) => {
        const userId = await resetPassword(deps, request.body.token, request.body.password);
        await deps.audit(request, { action: 'auth.password.reset', actorId: userId });
        return accepted;
      },
    );

    app.post(
      '/password/change',
      {
        preHandler: deps.requireAuth,
        schema: {
          tags: ['auth'],
          body: ZChangePasswordRequest,
          response: { 200: ZAcceptedResponse, ...errors },
        },
      },
      async (request) => {
        await changePassword(deps, authOf(request), request.body);
        await deps.audit(request, {
          action: 'auth.password.change',
          actorId: authOf(request).userId,
        });
        return accepted;
      },
    );
  };
