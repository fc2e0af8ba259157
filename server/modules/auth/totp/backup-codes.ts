import { createHash, randomBytes } from 'node:crypto';
import type { RandomBytes } from '../../../platform/crypto/random.js';
import { safeEqual } from '../../../platform/crypto/tokens.js';

export const BACKUP_CODE_COUNT = 10;
// Crockford base32: no i, l, o or u, and normalisation maps the look-alikes (i/l -> 1, o -> 0),
// so misreading a printed code does not matter. 32 symbols = 5 bits each, 10 symbols = 50 bits.
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const CODE_LENGTH = 10;
const GROUP_LENGTH = 5;

function randomCode(random: RandomBytes): string {
  const bytes = random(CODE_LENGTH);
  if (bytes.length !== CODE_LENGTH) {
    throw new Error('random source returned the wrong number of bytes');
  }
  // 256 is a multiple of 32, so masking to 5 bits keeps every symbol equally likely.
  const chars = Array.from(bytes, (byte) => ALPHABET[byte & 31]).join('');
  return `${chars.slice(0, GROUP_LENGTH)}-${chars.slice(GROUP_LENGTH)}`;
}

/** Fresh single-use backup codes, `xxxxx-xxxxx`, all distinct. Show them once, store the hashes. */
export function generateBackupCodes(
  count = BACKUP_CODE_COUNT,
  random: RandomBytes = randomBytes,
): string[] {
  const codes = new Set<string>();
  // Duplicates are practically impossible with real randomness; the cap stops a broken source
  // from looping forever.
  for (let attempt = 0; codes.size < count; attempt++) {
    if (attempt >= count * 10) throw new Error('random source keeps repeating itself');
    codes.add(randomCode(random));
  }
  return [...codes];
}

/** The canonical form: lower case, no separators, look-alike letters mapped to their digits. */
function normaliseBackupCode(code: string): string {
  return code
    .toLowerCase()
    .replace(/[\s-]+/g, '')
    .replace(/o/g, '0')
    .replace(/[il]/g, '1');
}

/**
 * SHA-256 hex of the normalised code. A slow password hash is unnecessary: each code carries 50
 * random bits (no dictionary to try), is single-use, only counts together with the password (which
 * is argon2-hashed), and guessing online is rate-limited.
 */
export function hashBackupCode(code: string): string {
  return createHash('sha256').update(normaliseBackupCode(code), 'utf8').digest('hex');
}

/**
 * Index of the stored hash `input` matches, or -1. The caller removes that hash so the code
 * cannot be used again. Every hash is compared, in constant time, so timing reveals nothing.
 */
export function matchBackupCode(input: string, hashes: readonly string[]): number {
  const candidate = hashBackupCode(input);
  let found = -1;
  hashes.forEach((hash, index) => {
    if (safeEqual(candidate, hash) && found === -1) found = index;
  });
  return found;
}
