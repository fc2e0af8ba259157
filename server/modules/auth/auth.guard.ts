import type { FastifyRequest } from 'fastify';
import type { TRole } from '../../../contracts/auth.js';
import type { Cache } from '../../platform/cache/index.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { AppError } from '../../platform/http/app-error.js';
import { verifyAccessToken, type AccessTokenKeys } from './access-token.js';
import { sessionState } from './sessions.service.js';

export interface AuthContext {
  userId: string;
  sessionId: string;
  roles: TRole[];
}

declare module 'fastify' {
  interface FastifyRequest {
    auth?: AuthContext;
  }
}

export interface AuthGuardDeps {
  keys: AccessTokenKeys;
  db: DbOrTx;
  cache: Cache;
  now: () => Date;
}

/** Seconds a session's state may be served from cache; revocations also drop it at once. */
const SESSION_STATE_TTL = 30;

export const sessionStateKey = (sessionId: string) => `session:${sessionId}:state`;
export const userCacheGroup = (userId: string) => `user:${userId}`;

/**
 * Authenticates a request by its bearer access token, then checks that its session is still live
 * and its user active, so logout, revocation and suspension take effect at once.
 */
export function createAuthGuard(deps: AuthGuardDeps) {
  return async function requireAuth(request: FastifyRequest): Promise<void> {
    const header = request.headers.authorization;
    const match = header ? /^Bearer ([A-Za-z0-9._-]{20,4096})$/.exec(header) : null;
    if (!match?.[1]) throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
    const claims = await verifyAccessToken(deps.keys, match[1], deps.now());
    if (!claims) throw new AppError('UNAUTHENTICATED', 'Your session has expired; sign in again');
    const state = await deps.cache.remember(
      sessionStateKey(claims.sessionId),
      SESSION_STATE_TTL,
      () => sessionState(deps.db, claims.sessionId, deps.now()),
      { groups: [userCacheGroup(claims.userId)] },
    );
    if (!state.active || state.userId !== claims.userId) {
      throw new AppError('UNAUTHENTICATED', 'Your session has ended; sign in again');
    }
    // Roles come from the account, not the token, so a change applies to the next request.
    request.auth = { ...claims, roles: (state.roles ?? []) as TRole[] };
  };
}

export function authOf(request: FastifyRequest): AuthContext {
  if (!request.auth) throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
  return request.auth;
}
