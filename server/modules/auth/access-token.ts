import { createHash } from 'node:crypto';
import { SignJWT, errors, jwtVerify } from 'jose';
import type { TRole } from '../../../contracts/auth.js';

export const ACCESS_TOKEN_AUDIENCE = 'careeros';
const ALGORITHM = 'HS256';

export interface AccessClaims {
  userId: string;
  sessionId: string;
  roles: TRole[];
}

export interface AccessTokenKeys {
  issuer: string;
  secret: Uint8Array;
  /** Names the key, so a rotated key can be told apart. */
  keyId: string;
}

export function accessTokenKeys(jwtSecret: string, issuer: string): AccessTokenKeys {
  const secret = new TextEncoder().encode(jwtSecret);
  const keyId = createHash('sha256').update(secret).digest('base64url').slice(0, 16);
  return { issuer, secret, keyId };
}

export async function signAccessToken(
  keys: AccessTokenKeys,
  claims: AccessClaims,
  now: Date,
  lifetimeMs: number,
): Promise<{ token: string; expiresAt: Date }> {
  const expiresAt = new Date(now.getTime() + lifetimeMs);
  const token = await new SignJWT({ sid: claims.sessionId, roles: claims.roles })
    .setProtectedHeader({ alg: ALGORITHM, kid: keys.keyId, typ: 'JWT' })
    .setSubject(claims.userId)
    .setIssuer(keys.issuer)
    .setAudience(ACCESS_TOKEN_AUDIENCE)
    .setIssuedAt(Math.floor(now.getTime() / 1000))
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(keys.secret);
  return { token, expiresAt };
}

/**
 * Verifies with the algorithm pinned and our own key only: `none`, asymmetric algorithms and keys
 * carried in the token's header are refused. Returns undefined for any invalid token.
 */
export async function verifyAccessToken(
  keys: AccessTokenKeys,
  token: string,
  now: Date,
): Promise<AccessClaims | undefined> {
  try {
    const { payload, protectedHeader } = await jwtVerify(token, keys.secret, {
      algorithms: [ALGORITHM],
      issuer: keys.issuer,
      audience: ACCESS_TOKEN_AUDIENCE,
      currentDate: now,
      requiredClaims: ['sub', 'exp', 'iat'],
    });
    if (protectedHeader.kid !== keys.keyId) return undefined;
    const { sub, sid, roles } = payload;
    if (typeof sub !== 'string' || typeof sid !== 'string' || !Array.isArray(roles))
      return undefined;
    return { userId: sub, sessionId: sid, roles: roles as TRole[] };
  } catch (error) {
    if (error instanceof errors.JOSEError) return undefined;
    throw error;
  }
}
