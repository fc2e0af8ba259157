import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZUserIdParams } from '../../../contracts/admin.js';
import { ZErrorResponse } from '../../../contracts/errors.js';
import {
  ZAccountDeletedResponse,
  ZAccountExport,
  ZDeleteAccountRequest,
  ZDeletionRequirements,
} from '../../../contracts/privacy.js';
import { AppError } from '../../platform/http/app-error.js';
import { recordAudit } from '../audit/audit.service.js';
import { authOf } from '../auth/auth.guard.js';
import { clearRefreshCookie, type CookiePolicy } from '../auth/refresh-cookie.js';
import {
  deleteAccount,
  deletionRequirements,
  type DeletionDeps,
} from './account-deletion.service.js';
import { exportUserData } from './data-export.service.js';

export interface PrivacyRoutesDeps extends DeletionDeps {
  cookies: CookiePolicy;
  requireAuth: (request: FastifyRequest) => Promise<void>;
}

const errors = {
  400: ZErrorResponse,
  401: ZErrorResponse,
  403: ZErrorResponse,
  409: ZErrorResponse,
  429: ZErrorResponse,
} as const;
const HOUR = 60 * 60_000;

/** Only the owner may export or delete an account; anyone else's id is simply refused. */
function ownerOnly(request: FastifyRequest & { params: { id: string } }) {
  const auth = authOf(request);
  if (auth.userId !== request.params.id) {
    throw new AppError('FORBIDDEN', 'You can only export or delete your own account');
  }
  return auth;
}

/** "careeros-ada_l-2026-12-01.json": usernames only hold characters safe in a file name. */
function exportFileName(username: string, at: Date): string {
  return `careeros-${username}-${at.toISOString().slice(0, 10)}.json`;
}

/** The privacy-law rights over one's own account: a full data export and deletion. */
export const privacyRoutes =
  (deps: PrivacyRoutesDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/users/:id/export',
      {
        preHandler: deps.requireAuth,
        // Each export reads everything the user has: a few an hour is plenty.
        config: { rateLimit: { max: 10, timeWindow: HOUR } },
        schema: {
          tags: ['privacy'],
          summary: 'Download every record of your account as one JSON document',
          params: ZUserIdParams,
          response: { 200: ZAccountExport, 404: ZErrorResponse, ...errors },
        },
      },
      async (request, reply) => {
        const auth = ownerOnly(request);
        const document = await exportUserData(deps, auth.userId);
        await recordAudit(
          deps.database.db,
          {
            action: 'account.exported',
            actorId: auth.userId,
            ip: request.ip,
            userAgent: request.headers['user-agent'] ?? '',
          },
          deps.now(),
        );
        const name = exportFileName(document.user.username, new Date(document.exportedAt));
        return reply
          .header('content-disposition', `attachment; filename="${name}"`)
          .header('cache-control', 'private, no-store')
          .send(document);
      },
    );

    app.get(
      '/users/:id/deletion',
      {
        preHandler: deps.requireAuth,
        schema: {
          tags: ['privacy'],
          summary: 'What deleting your account asks for: password or username, and a 2FA code',
          params: ZUserIdParams,
          response: { 200: ZDeletionRequirements, ...errors },
        },
      },
      async (request) => deletionRequirements(deps, ownerOnly(request)),
    );

    app.delete(
      '/users/:id',
      {
        preHandler: deps.requireAuth,
        config: { rateLimit: { max: 30, timeWindow: HOUR } },
        schema: {
          tags: ['privacy'],
          summary:
            'Delete your account and everything in it; confirm with your password (or, without ' +
            'one, your username within 15 minutes of signing in) and a 2FA code when it is on',
          params: ZUserIdParams,
          body: ZDeleteAccountRequest,
          response: { 200: ZAccountDeletedResponse, ...errors },
        },
      },
      async (request, reply) => {
        const auth = ownerOnly(request);
        await deleteAccount(deps, auth, request.body);
        clearRefreshCookie(reply, deps.cookies);
        return { deleted: true as const };
      },
    );
  };
