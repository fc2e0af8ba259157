import { randomBytes } from 'node:crypto';
import { HOTP, Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import type { RandomBytes } from '../../../platform/crypto/random.js';

export const TOTP_ISSUER = 'CareerOS';
// The parameters every authenticator app supports; changing them would break enrolled devices.
const ALGORITHM = 'SHA1';
const DIGITS = 6;
export const TOTP_PERIOD_SECONDS = 30;
// One step either side absorbs clock drift and the time it takes to type the code.
const WINDOW = 1;
// 160 bits, the HMAC-SHA1 block-size recommendation of RFC 4226.
const SECRET_BYTES = 20;

export interface TotpSecret {
  /** RFC 4648 base32, unpadded: what authenticator apps accept for manual entry. */
  base32: string;
}

export function createTotpSecret(random: RandomBytes = randomBytes): TotpSecret {
  const bytes = random(SECRET_BYTES);
  if (bytes.length !== SECRET_BYTES) {
    throw new Error('random source returned the wrong number of bytes');
  }
  // Copy: a Buffer may be a view into a larger shared pool.
  return { base32: new Secret({ buffer: Uint8Array.from(bytes).buffer }).base32 };
}

export interface OtpauthUriInput {
  secret: string;
  /** Shown in the authenticator app next to the issuer, e.g. the user's email. */
  accountName: string;
  issuer?: string;
}

/** The `otpauth://totp/...` key URI that authenticator apps scan. */
export function otpauthUri({ secret, accountName, issuer = TOTP_ISSUER }: OtpauthUriInput): string {
  return new TOTP({
    issuer,
    label: accountName,
    secret: Secret.fromBase32(secret),
    algorithm: ALGORITHM,
    digits: DIGITS,
    period: TOTP_PERIOD_SECONDS,
  }).toString();
}

/** The key URI as a PNG data URL, ready for an <img src>. */
export function qrCodeDataUrl(uri: string): Promise<string> {
  return QRCode.toDataURL(uri, { type: 'image/png', errorCorrectionLevel: 'M', margin: 2 });
}

export interface VerifyTotpInput {
  /** Base32 secret. */
  secret: string;
  /** What the user typed; spaces are ignored ("123 456"). */
  code: string;
  /** Current time, as a Date or epoch milliseconds. */
  now: Date | number;
  /** Step of the last accepted code; codes of this step or earlier are refused. */
  lastUsedStep?: number | null;
}

export type VerifyTotpResult =
  { ok: true; step: number } | { ok: false; reason: 'invalid' | 'replayed' | 'malformed' };

/** The 30-second time step `now` falls in. */
export function totpStep(now: Date | number): number {
  const timestamp = typeof now === 'number' ? now : now.getTime();
  return TOTP.counter({ period: TOTP_PERIOD_SECONDS, timestamp });
}

/**
 * Checks a code against the steps around `now`. On success it returns the matched step, which the
 * caller must store as the new lastUsedStep: refusing steps <= lastUsedStep is what makes each
 * code (and every code older than it) usable once.
 */
export function verifyTotp({ secret, code, now, lastUsedStep }: VerifyTotpInput): VerifyTotpResult {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return { ok: false, reason: 'malformed' };
  const key = Secret.fromBase32(secret);
  const current = totpStep(now);
  let fresh: number | undefined;
  let replayed = false;
  // Every step in the window is checked (no early exit), so a code may match more than one step;
  // the newest unused one wins so an accidental match on an old step cannot block a valid code.
  for (let step = current - WINDOW; step <= current + WINDOW; step++) {
    if (step < 0) continue;
    const delta = HOTP.validate({
      token,
      secret: key,
      algorithm: ALGORITHM,
      digits: DIGITS,
      counter: step,
      window: 0,
    });
    if (delta === null) continue;
    if (lastUsedStep != null && step <= lastUsedStep) replayed = true;
    else fresh = step;
  }
  if (fresh !== undefined) return { ok: true, step: fresh };
  return { ok: false, reason: replayed ? 'replayed' : 'invalid' };
}
