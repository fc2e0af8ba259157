import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ZAuthResponse,
  ZAuthUser,
  ZListSessionsResponse,
  ZLoginRequest,
  ZLoginResponse,
  ZRefreshRequest,
  ZRegisterRequest,
  ZRevokedResponse,
  ZSessionIdParams,
  type TAuthResponse,
} from '../../../contracts/auth.js';
import { ZErrorResponse } from '../../../contracts/errors.js';
import type { Cache } from '../../platform/cache/index.js';
import type { JobQueue } from '../../platform/jobs/index.js';
import { recordAudit, type AuditEntry } from '../audit/audit.service.js';
import { accountRecoveryRoutes } from './account-recovery.routes.js';
import { LoginGuard } from './login-guard.js';
import { createOAuthProviders } from './oauth/providers.js';
import type { OAuthConfig } from './oauth/provider-types.js';
import { oauthRoutes } from './oauth.routes.js';
import { sendVerificationEmail } from './account-recovery.service.js';
import { AppError } from '../../platform/http/app-error.js';
import { signAccessToken, type AccessTokenKeys } from './access-token.js';
import { authOf, createAuthGuard, sessionStateKey } from './auth.guard.js';
import {
  accountKey,
  checkCredentials,
  findUser,
  presentUser,
  register,
  startSession,
  type SignedIn,
} from './auth.service.js';
import { createChallenge, requiresSecondFactor } from './two-factor.service.js';
import { twoFactorRoutes } from './two-factor.routes.js';
import {
  clearRefreshCookie,
  refreshTokenFromCookie,
  setRefreshCookie,
  type CookiePolicy,
} from './refresh-cookie.js';
import {
  listSessions,
  revokeSession,
  rotateRefreshToken,
  type SessionDeps,
} from './sessions.service.js';
import { revokeOtherSessions } from './sessions-revoke.js';

export interface AuthRoutesDeps extends SessionDeps {
  keys: AccessTokenKeys;
  cache: Cache;
  cookies: CookiePolicy;
  jobs: JobQueue;
  publicUrl: string;
  oauth: Omit<OAuthConfig, 'publicUrl'>;
  rateLimitScale: number;
}

const errors = { 400: ZErrorResponse, 401: ZErrorResponse, 403: ZErrorResponse } as const;
const FIVE_MINUTES = 5 * 60_000;

function meta(request: FastifyRequest) {
  return { userAgent: request.headers['user-agent'] ?? '', ip: request.ip };
}

/** Accounts and tokens: register, log in, refresh, log out, who am I, sessions. */
export const authRoutes =
  (deps: AuthRoutesDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const requireAuth = createAuthGuard({ ...deps, db: deps.database.db });
    const guard = new LoginGuard(deps.cache, deps.now);
    // Per IP, on top of the route's 150 per 5 minutes: at most 30 in a burst.
    const loginBurst = app.createRateLimit({
      max: Math.max(1, Math.round(30 * deps.rateLimitScale)),
      timeWindow: 30_000,
    });
    const audit = (request: FastifyRequest, entry: AuditEntry) =>
      recordAudit(deps.database.db, { ...entry, ...meta(request) }, deps.now());

    async function respond(
      signedIn: Pick<SignedIn, 'user' | 'sessionId' | 'refreshToken' | 'sessionExpiresAt'>,
      transport: 'web' | 'api',
      reply: Parameters<typeof setRefreshCookie>[0],
    ): Promise<TAuthResponse> {
      const access = await signAccessToken(
        deps.keys,
        {
          userId: signedIn.user.id,
          sessionId: signedIn.sessionId,
          roles: presentUser(signedIn.user).roles,
        },
        deps.now(),
        deps.lifetimes.accessTokenMs,
      );
      if (transport === 'web') {
        setRefreshCookie(reply, deps.cookies, signedIn.refreshToken, signedIn.sessionExpiresAt);
      }
      return {
        user: presentUser(signedIn.user),
        accessToken: access.token,
        accessTokenExpiresAt: access.expiresAt.toISOString(),
        ...(transport === 'api' ? { refreshToken: signedIn.refreshToken } : {}),
      };
    }

    app.post(
      '/register',
      {
        config: { rateLimit: { max: 30, timeWindow: FIVE_MINUTES } },
        schema: {
          tags: ['auth'],
          body: ZRegisterRequest,
          response: { 201: ZAuthResponse, 409: ZErrorResponse, ...errors },
        },
      },
      async (request, reply) => {
        const signedIn = await register(deps, request.body, meta(request));
        await sendVerificationEmail(deps, signedIn.user);
        await audit(request, { action: 'auth.register', actorId: signedIn.user.id });
        reply.status(201);
        return respond(signedIn, request.body.transport, reply);
      },
    );

    app.post(
      '/login',
      {
        config: { rateLimit: { max: 150, timeWindow: FIVE_MINUTES } },
        schema: {
          tags: ['auth'],
          summary: 'Log in; accounts with 2FA get a challenge to complete at /2fa/verify',
          body: ZLoginRequest,
          response: { 200: ZLoginResponse, ...errors },
        },
      },
      async (request, reply) => {
        const burst = await loginBurst(request);
        // isAllowed means "on the allow list"; isExceeded is what says the budget is spent.
        if (!burst.isAllowed && burst.isExceeded) {
          throw new AppError('RATE_LIMITED', 'Too many login attempts; slow down', [], {
            retryAfterSeconds: burst.ttlInSeconds,
          });
        }
        const account = await accountKey(deps, request.body.login);
        try {
          await guard.assertMayTry(account);
        } catch (error) {
          await audit(request, {
            action: 'auth.login.locked',
            details: { login: request.body.login },
          });
          throw error;
        }
        let user;
        try {
          user = await checkCredentials(deps, request.body);
        } catch (error) {
          if (error instanceof AppError && error.code === 'UNAUTHENTICATED') {
            await guard.recordFailure(account);
            await audit(request, {
              action: 'auth.login.failure',
              details: { login: request.body.login },
            });
          }
          throw error;
        }
        await guard.clear(account);
        await audit(request, { action: 'auth.login.success', actorId: user.id });
        if (await requiresSecondFactor(deps.database.db, user.id)) {
          const challenge = await createChallenge(deps, user.id);
          return {
            twoFactorRequired: true as const,
            challengeToken: challenge.challengeToken,
            expiresAt: challenge.expiresAt.toISOString(),
          };
        }
        const signedIn = await startSession(deps, user, meta(request));
        return respond(signedIn, request.body.transport, reply);
      },
    );

    app.post(
      '/refresh',
      {
        schema: {
          tags: ['auth'],
          // The web app posts no body: its cookie carries the token.
          body: ZRefreshRequest.nullish(),
          response: { 200: ZAuthResponse, ...errors },
        },
      },
      async (request, reply) => {
        const fromBody = request.body?.refreshToken;
        const presented = fromBody ?? refreshTokenFromCookie(request, deps.cookies);
        if (!presented) throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
        const result = await rotateRefreshToken(deps, presented, meta(request));
        if (!result.ok) {
          if (!fromBody) clearRefreshCookie(reply, deps.cookies);
          if (result.sessionId) await deps.cache.delete(sessionStateKey(result.sessionId));
          if (result.reason === 'reused') {
            await audit(request, {
              action: 'auth.refresh.reuse',
              targetType: 'session',
              targetId: result.sessionId,
            });
          }
          throw new AppError('UNAUTHENTICATED', 'Your session has ended; sign in again');
        }
        const user = await findUser(deps, result.userId);
        if (!user) throw new AppError('UNAUTHENTICATED', 'Your session has ended; sign in again');
        return respond(
          { user, ...result, sessionExpiresAt: result.expiresAt },
          fromBody ? 'api' : 'web',
          reply,
        );
      },
    );

    app.post(
      '/logout',
      {
        preHandler: requireAuth,
        schema: { tags: ['auth'], response: { 200: ZRevokedResponse, ...errors } },
      },
      async (request, reply) => {
        const { sessionId } = authOf(request);
        await deps.database.transaction((tx) => revokeSession(tx, sessionId, 'logout', deps.now()));
        await deps.cache.delete(sessionStateKey(sessionId));
        clearRefreshCookie(reply, deps.cookies);
        await audit(request, { action: 'auth.logout', actorId: authOf(request).userId });
        return { revoked: 1 };
      },
    );

    app.get(
      '/me',
      {
        preHandler: requireAuth,
        schema: { tags: ['auth'], response: { 200: ZAuthUser, ...errors } },
      },
      async (request) => {
        const user = await findUser(deps, authOf(request).userId);
        if (!user) throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
        return presentUser(user);
      },
    );

    app.get(
      '/sessions',
      {
        preHandler: requireAuth,
        schema: { tags: ['auth'], response: { 200: ZListSessionsResponse, ...errors } },
      },
      async (request) => {
        const auth = authOf(request);
        const rows = await listSessions(deps.database.db, auth.userId, deps.now());
        return {
          items: rows.map((s) => ({
            ...s,
            createdAt: s.createdAt.toISOString(),
            lastUsedAt: s.lastUsedAt.toISOString(),
            current: s.id === auth.sessionId,
          })),
        };
      },
    );

    app.delete(
      '/sessions/:id',
      {
        preHandler: requireAuth,
        schema: {
          tags: ['auth'],
          params: ZSessionIdParams,
          response: { 200: ZRevokedResponse, 404: ZErrorResponse, ...errors },
        },
      },
      async (request) => {
        const auth = authOf(request);
        const mine = await listSessions(deps.database.db, auth.userId, deps.now());
        // Another user's session is "not found" to you: ids are not confirmed across accounts.
        if (!mine.some((s) => s.id === request.params.id)) throw AppError.notFound('Session');
        await deps.database.transaction((tx) =>
          revokeSession(tx, request.params.id, 'revoked-by-user', deps.now()),
        );
        await deps.cache.delete(sessionStateKey(request.params.id));
        await audit(request, {
          action: 'auth.session.revoke',
          actorId: auth.userId,
          targetType: 'session',
          targetId: request.params.id,
        });
        return { revoked: 1 };
      },
    );

    app.post(
      '/sessions/revoke-others',
      {
        preHandler: requireAuth,
        schema: { tags: ['auth'], response: { 200: ZRevokedResponse, ...errors } },
      },
      async (request) => {
        const auth = authOf(request);
        const revoked = await revokeOtherSessions(deps, auth.userId, auth.sessionId);
        await audit(request, {
          action: 'auth.session.revoke',
          actorId: auth.userId,
          details: { others: revoked },
        });
        return { revoked };
      },
    );

    await app.register(
      twoFactorRoutes({
        ...deps,
        requireAuth,
        audit,
        signIn: (user, transport, request, reply) =>
          startSession(deps, user, meta(request)).then((signedIn) =>
            respond(signedIn, transport, reply),
          ),
      }),
      { prefix: '/2fa' },
    );
    await app.register(accountRecoveryRoutes({ ...deps, requireAuth, audit }));
    await app.register(
      oauthRoutes({
        ...deps,
        providers: createOAuthProviders({ ...deps.oauth, publicUrl: deps.publicUrl }),
        https: deps.cookies.https,
        requireAuth,
        audit,
        signIn: async (user, request, reply) => {
          const signedIn = await startSession(deps, user, meta(request));
          setRefreshCookie(reply, deps.cookies, signedIn.refreshToken, signedIn.sessionExpiresAt);
        },
      }),
      { prefix: '/oauth' },
    );
  };
