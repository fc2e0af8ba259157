import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ZAuthResponse,
  ZBackupCodesResponse,
  ZTwoFactorEnableRequest,
  ZTwoFactorReauthRequest,
  ZTwoFactorSetupResponse,
  ZTwoFactorStatus,
  ZTwoFactorVerifyRequest,
  type TAuthResponse,
} from '../../../contracts/auth.js';
import { ZErrorResponse } from '../../../contracts/errors.js';
import { AppError } from '../../platform/http/app-error.js';
import type { AuditEntry } from '../audit/audit.service.js';
import { authOf } from './auth.guard.js';
import { findUser, type UserRow } from './auth.service.js';
import {
  beginSetup,
  completeChallenge,
  disable,
  enable,
  regenerateBackupCodes,
  twoFactorStatus,
  type TwoFactorDeps,
} from './two-factor.service.js';

export interface TwoFactorRoutesDeps extends TwoFactorDeps {
  requireAuth: (request: FastifyRequest) => Promise<void>;
  audit: (request: FastifyRequest, entry: AuditEntry) => Promise<void>;
  signIn: (
    user: UserRow,
    transport: 'web' | 'api',
    request: FastifyRequest,
    reply: FastifyReply,
  ) => Promise<TAuthResponse>;
}

const errors = {
  400: ZErrorResponse,
  401: ZErrorResponse,
  403: ZErrorResponse,
  409: ZErrorResponse,
} as const;

/** TOTP two-factor authentication: setup, enable, disable, backup codes, and the login step. */
export const twoFactorRoutes =
  (deps: TwoFactorRoutesDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const authed = { preHandler: deps.requireAuth };

    app.get(
      '/',
      { ...authed, schema: { tags: ['2fa'], response: { 200: ZTwoFactorStatus, ...errors } } },
      async (request) => twoFactorStatus(deps.database.db, authOf(request).userId),
    );

    app.post(
      '/setup',
      {
        ...authed,
        schema: { tags: ['2fa'], response: { 200: ZTwoFactorSetupResponse, ...errors } },
      },
      async (request) => {
        const user = await findUser(deps, authOf(request).userId);
        if (!user) throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
        return beginSetup(deps, user);
      },
    );

    app.post(
      '/enable',
      {
        ...authed,
        schema: {
          tags: ['2fa'],
          body: ZTwoFactorEnableRequest,
          response: { 200: ZBackupCodesResponse, ...errors },
        },
      },
      async (request) => {
        const { userId } = authOf(request);
        const codes = await enable(deps, userId, request.body.code);
        await deps.audit(request, { action: 'auth.2fa.enable', actorId: userId });
        return { backupCodes: codes };
      },
    );

    app.post(
      '/disable',
      {
        ...authed,
        schema: {
          tags: ['2fa'],
          body: ZTwoFactorReauthRequest,
          response: { 200: ZTwoFactorStatus, ...errors },
        },
      },
      async (request) => {
        const { userId } = authOf(request);
        await disable(deps, userId, request.body);
        await deps.audit(request, { action: 'auth.2fa.disable', actorId: userId });
        return twoFactorStatus(deps.database.db, userId);
      },
    );

    app.post(
      '/backup-codes',
      {
        ...authed,
        schema: {
          tags: ['2fa'],
          body: ZTwoFactorReauthRequest,
          response: { 200: ZBackupCodesResponse, ...errors },
        },
      },
      async (request) => {
        const { userId } = authOf(request);
        const codes = await regenerateBackupCodes(deps, userId, request.body);
        await deps.audit(request, { action: 'auth.2fa.backup-codes', actorId: userId });
        return { backupCodes: codes };
      },
    );

    app.post(
      '/verify',
      {
        config: { rateLimit: { max: 15, timeWindow: 60_000 } },
        schema: {
          tags: ['2fa'],
          summary: 'Complete a login that asked for a second factor',
          body: ZTwoFactorVerifyRequest,
          response: { 200: ZAuthResponse, ...errors },
        },
      },
      async (request, reply) => {
        const { challengeToken, code, backupCode, transport } = request.body;
        let userId: string;
        try {
          userId = await completeChallenge(deps, challengeToken, { code, backupCode });
        } catch (error) {
          await deps.audit(request, { action: 'auth.2fa.failure' });
          throw error;
        }
        const user = await findUser(deps, userId);
        if (!user || user.status !== 'active') {
          throw new AppError('UNAUTHENTICATED', 'Log in again');
        }
        return deps.signIn(user, transport, request, reply);
      },
    );
  };
