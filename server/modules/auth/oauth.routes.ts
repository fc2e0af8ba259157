import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZListIdentitiesResponse,
  ZOAuthLinkResponse,
  ZOAuthProvider,
  ZOAuthProvidersResponse,
  ZOAuthStartQuery,
} from '../../../contracts/auth.js';
import { ZErrorResponse } from '../../../contracts/errors.js';
import { decryptString, encryptString } from '../../platform/crypto/encryption.js';
import { AppError } from '../../platform/http/app-error.js';
import type { AuditEntry } from '../audit/audit.service.js';
import { authOf } from './auth.guard.js';
import type { UserRow } from './auth.service.js';
import { checkCallback } from './oauth/callback.js';
import { isOAuthError, OAuthError } from './oauth/oauth-error.js';
import type { OAuthProvider, ProviderId } from './oauth/provider-types.js';
import {
  linkProfile,
  listIdentities,
  signInWithProfile,
  unlinkIdentity,
  type OAuthAccountDeps,
} from './oauth-accounts.service.js';

export interface OAuthRoutesDeps extends OAuthAccountDeps {
  providers: Map<ProviderId, OAuthProvider>;
  encryptionKey: Buffer;
  https: boolean;
  requireAuth: (request: FastifyRequest) => Promise<void>;
  audit: (request: FastifyRequest, entry: AuditEntry) => Promise<void>;
  /** Starts a session for the user and sets the refresh cookie. */
  signIn: (user: UserRow, request: FastifyRequest, reply: FastifyReply) => Promise<void>;
}

const STATE_COOKIE = 'careeros_oauth';
const STATE_PATH = '/api/auth/oauth';
const STATE_TTL_SECONDS = 600;
/** The web app's page for linked accounts, where linking starts and comes back to. */
const LINKING_PAGE = '/account/security';

const ZPendingFlow = z.object({
  provider: ZOAuthProvider,
  state: z.string(),
  verifier: z.string(),
  next: z.string(),
  /** Set when linking from settings: the signed-in user to link to. */
  linkUserId: z.uuid().optional(),
  expiresAt: z.number(),
});
type PendingFlow = z.infer<typeof ZPendingFlow>;

/** OAuth sign-in and account linking (authorization code with PKCE and state). */
export const oauthRoutes =
  (deps: OAuthRoutesDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const provider = (id: string) => {
      const found = deps.providers.get(id as ProviderId);
      if (!found) throw AppError.notFound(`Sign-in provider "${id}"`);
      return found;
    };

    // State and PKCE verifier wait for the callback in a sealed, short-lived cookie.
    const rememberFlow = (reply: FastifyReply, flow: Omit<PendingFlow, 'expiresAt'>) => {
      const sealed = encryptString(
        deps.encryptionKey,
        JSON.stringify({ ...flow, expiresAt: deps.now().getTime() + STATE_TTL_SECONDS * 1000 }),
        'oauth-flow',
      );
      reply.setCookie(STATE_COOKIE, sealed, {
        httpOnly: true,
        secure: deps.https,
        sameSite: 'lax',
        path: STATE_PATH,
        maxAge: STATE_TTL_SECONDS,
      });
    };

    const takeFlow = (request: FastifyRequest, reply: FastifyReply): PendingFlow | undefined => {
      const sealed = request.cookies[STATE_COOKIE];
      reply.clearCookie(STATE_COOKIE, { path: STATE_PATH });
      if (!sealed) return undefined;
      try {
        const flow = ZPendingFlow.parse(
          JSON.parse(decryptString(deps.encryptionKey, sealed, 'oauth-flow')),
        );
        return flow.expiresAt > deps.now().getTime() ? flow : undefined;
      } catch {
        return undefined;
      }
    };

    app.get(
      '/providers',
      { schema: { tags: ['oauth'], response: { 200: ZOAuthProvidersResponse } } },
      async () => ({ providers: [...deps.providers.keys()] }),
    );

    app.get(
      '/:provider/start',
      {
        schema: {
          tags: ['oauth'],
          summary: 'Redirects to the provider to sign in',
          params: z.object({ provider: ZOAuthProvider }),
          querystring: ZOAuthStartQuery,
          response: { 404: ZErrorResponse },
        },
      },
      async (request, reply) => {
        const p = provider(request.params.provider);
        const authorization = p.createAuthorization();
        rememberFlow(reply, {
          provider: p.id,
          state: authorization.state,
          verifier: authorization.codeVerifier,
          next: request.query.next ?? '/account',
        });
        return reply.redirect(authorization.url.href, 302);
      },
    );

    app.post(
      '/:provider/link',
      {
        preHandler: deps.requireAuth,
        schema: {
          tags: ['oauth'],
          summary: 'Starts linking a provider account; the app navigates to the returned URL',
          params: z.object({ provider: ZOAuthProvider }),
          response: { 200: ZOAuthLinkResponse, 401: ZErrorResponse, 404: ZErrorResponse },
        },
      },
      async (request, reply) => {
        const p = provider(request.params.provider);
        const authorization = p.createAuthorization();
        rememberFlow(reply, {
          provider: p.id,
          state: authorization.state,
          verifier: authorization.codeVerifier,
          next: LINKING_PAGE,
          linkUserId: authOf(request).userId,
        });
        return { url: authorization.url.href };
      },
    );

    app.get(
      '/:provider/callback',
      {
        schema: {
          tags: ['oauth'],
          summary: 'Where the provider sends the user back; redirects into the app',
          params: z.object({ provider: ZOAuthProvider }),
          querystring: z.record(z.string(), z.string()),
        },
      },
      async (request, reply) => {
        const flow = takeFlow(request, reply);
        const failTo = flow?.linkUserId ? LINKING_PAGE : '/login';
        try {
          const p = provider(request.params.provider);
          if (!flow || flow.provider !== p.id) {
            throw new OAuthError('invalid_state', 'The sign-in attempt expired', p.id);
          }
          const checked = checkCallback({ query: request.query, expectedState: flow.state });
          if (isOAuthError(checked)) throw checked;
          const profile = await p.exchange(checked.code, flow.verifier);
          if (flow.linkUserId) {
            await linkProfile(deps, flow.linkUserId, profile);
            await deps.audit(request, {
              action: 'auth.oauth.link',
              actorId: flow.linkUserId,
              details: { provider: p.id },
            });
            return reply.redirect(`${LINKING_PAGE}?linked=${p.id}`, 302);
          }
          const user = await signInWithProfile(deps, profile);
          await deps.audit(request, {
            action: 'auth.oauth.sign-in',
            actorId: user.id,
            details: { provider: p.id },
          });
          await deps.signIn(user, request, reply);
          return reply.redirect(flow.next, 302);
        } catch (error) {
          if (isOAuthError(error)) {
            request.log.info(
              { code: error.code, provider: error.provider },
              'oauth sign-in refused',
            );
            return reply.redirect(`${failTo}?oauthError=${error.code}`, 302);
          }
          if (error instanceof AppError && error.code === 'FORBIDDEN') {
            return reply.redirect(`${failTo}?oauthError=account_suspended`, 302);
          }
          throw error;
        }
      },
    );

    app.get(
      '/identities',
      {
        preHandler: deps.requireAuth,
        schema: {
          tags: ['oauth'],
          response: { 200: ZListIdentitiesResponse, 401: ZErrorResponse },
        },
      },
      async (request) => {
        const rows = await listIdentities(deps.database.db, authOf(request).userId);
        return {
          items: rows.map((r) => ({
            provider: ZOAuthProvider.parse(r.provider),
            email: r.email,
            createdAt: r.createdAt.toISOString(),
          })),
        };
      },
    );

    app.delete(
      '/identities/:provider',
      {
        preHandler: deps.requireAuth,
        schema: {
          tags: ['oauth'],
          params: z.object({ provider: ZOAuthProvider }),
          response: {
            200: ZListIdentitiesResponse,
            401: ZErrorResponse,
            404: ZErrorResponse,
            409: ZErrorResponse,
          },
        },
      },
      async (request) => {
        const { userId } = authOf(request);
        await unlinkIdentity(deps, userId, request.params.provider);
        await deps.audit(request, {
          action: 'auth.oauth.unlink',
          actorId: userId,
          details: { provider: request.params.provider },
        });
        const rows = await listIdentities(deps.database.db, userId);
        return {
          items: rows.map((r) => ({
            provider: ZOAuthProvider.parse(r.provider),
            email: r.email,
            createdAt: r.createdAt.toISOString(),
          })),
        };
      },
    );
  };
