import { createHmac, timingSafeEqual } from 'node:crypto';

/** HMAC-SHA256 over key and expiry; the newline cannot occur in a key, so the pair is unambiguous. */
export function signDownload(signingKey: Buffer, key: string, expires: number): string {
  return createHmac('sha256', signingKey).update(`${key}\n${expires}`).digest('base64url');
}

/** Constant-time comparison of the encoded signatures (strict: no alternative encodings). */
export function signaturesMatch(expected: string, provided: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(provided);
  return a.length === b.length && timingSafeEqual(a, b);
}
