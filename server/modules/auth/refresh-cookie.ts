// Brings in @fastify/cookie's request and reply typings.
import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../platform/http/app-error.js';

export interface CookiePolicy {
  https: boolean;
  /** Origins allowed to make cookie-authenticated writes: the public URL and CORS_ORIGINS. */
  trustedOrigins: string[];
}

/** `__Host-` pins the cookie to this host and path "/", and requires Secure: only over https. */
export function refreshCookieName(policy: CookiePolicy): string {
  return policy.https ? '__Host-careeros_refresh' : 'careeros_refresh';
}

export function setRefreshCookie(
  reply: FastifyReply,
  policy: CookiePolicy,
  token: string,
  expiresAt: Date,
): void {
  reply.setCookie(refreshCookieName(policy), token, {
    httpOnly: true,
    secure: policy.https,
    sameSite: 'lax',
    path: '/',
    expires: expiresAt,
  });
}

export function clearRefreshCookie(reply: FastifyReply, policy: CookiePolicy): void {
  reply.clearCookie(refreshCookieName(policy), { path: '/', secure: policy.https });
}

/**
 * Reads the refresh token from the cookie for a write, refusing cross-site requests: the browser's
 * Origin (or Referer) must be one we trust, so another site cannot ride the user's cookie.
 */
export function refreshTokenFromCookie(
  request: FastifyRequest,
  policy: CookiePolicy,
): string | undefined {
  const token = request.cookies[refreshCookieName(policy)];
  if (!token) return undefined;
  const origin = request.headers.origin ?? originOf(request.headers.referer);
  if (!origin || !policy.trustedOrigins.includes(origin)) {
    throw new AppError('FORBIDDEN', 'Cross-site request refused');
  }
  return token;
}

function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}
