import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { RandomBytes } from './random.js';

// Below 128 bits an opaque bearer token becomes guessable at scale.
const MIN_TOKEN_BYTES = 16;

/** An unguessable opaque token (refresh token, email link), base64url. */
export function randomToken(bytes = 32, random: RandomBytes = randomBytes): string {
  if (!Number.isInteger(bytes) || bytes < MIN_TOKEN_BYTES) {
    throw new RangeError(`token must have at least ${MIN_TOKEN_BYTES} bytes`);
  }
  const value = random(bytes);
  if (value.length !== bytes) throw new Error('random source returned the wrong number of bytes');
  return value.toString('base64url');
}

/**
 * SHA-256 hex of a token, for storing it: a leaked table then yields no usable tokens. A fast
 * hash is enough because the tokens are random and long, so there is nothing to guess.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * Constant-time comparison. Only the length may leak, which is public for the hashes and
 * fixed-size values this is meant for.
 */
export function safeEqual(a: string | Uint8Array, b: string | Uint8Array): boolean {
  const left = typeof a === 'string' ? Buffer.from(a, 'utf8') : a;
  const right = typeof b === 'string' ? Buffer.from(b, 'utf8') : b;
  return left.length === right.length && timingSafeEqual(left, right);
}
