import { createHmac } from 'node:crypto';
import { safeEqual } from '../../platform/crypto/tokens.js';

/** Hex HMAC-SHA256 of `data` under the connection's secret (its UTF-8 bytes). */
export function hmacHex(secret: string, data: Buffer | string): string {
  return createHmac('sha256', secret).update(data).digest('hex');
}

/** GitHub's X-Hub-Signature-256: "sha256=" + HMAC of the raw body. */
export function githubSignature(secret: string, rawBody: Buffer | string): string {
  return `sha256=${hmacHex(secret, rawBody)}`;
}

/** X-CareerOS-Signature: "v1=" + HMAC of "<timestamp>.<raw body>", so the time is signed too. */
export function genericSignature(secret: string, timestamp: string, rawBody: Buffer): string {
  return `v1=${hmacHex(secret, Buffer.concat([Buffer.from(`${timestamp}.`), rawBody]))}`;
}

/** Constant-time comparison of a presented signature with the expected one. */
export function signatureMatches(presented: string, expected: string): boolean {
  return safeEqual(presented.trim().toLowerCase(), expected);
}
