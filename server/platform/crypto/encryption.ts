import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const VERSION = 'v1';
const ALGORITHM = 'aes-256-gcm';
const KEY_BYTES = 32;
// 96-bit IVs are what GCM is designed for; random ones are safe for far more messages than we
// will ever encrypt under one key.
const IV_BYTES = 12;
const TAG_BYTES = 16;
const BASE64URL = /^[A-Za-z0-9_-]*$/;

export type DecryptionFailure = 'malformed' | 'unsupported-version' | 'authentication';

/**
 * The token could not be decrypted. For 'authentication' GCM cannot tell tampering, a wrong key
 * and a wrong AAD apart, so the message names all three.
 */
export class DecryptionError extends Error {
  readonly reason: DecryptionFailure;

  constructor(reason: DecryptionFailure) {
    super(
      reason === 'authentication'
        ? 'decryption failed: the data was altered, or the key or associated data is wrong'
        : reason === 'unsupported-version'
          ? 'decryption failed: unsupported encryption format version'
          : 'decryption failed: malformed encrypted value',
    );
    this.name = 'DecryptionError';
    this.reason = reason;
  }
}

function assertKey(key: Buffer): void {
  // A wrong key length is a programming error, not bad input, so it is not a DecryptionError.
  if (key.length !== KEY_BYTES) throw new RangeError(`encryption key must be ${KEY_BYTES} bytes`);
}

/**
 * Decodes strictly: Buffer.from ignores stray characters and unused trailing bits, which would let
 * different strings decode to the same bytes.
 */
function decodePart(part: string): Buffer | undefined {
  if (!BASE64URL.test(part)) return undefined;
  const bytes = Buffer.from(part, 'base64url');
  return bytes.toString('base64url') === part ? bytes : undefined;
}

/**
 * Encrypts with AES-256-GCM under a fresh random IV. The result is
 * `v1.<iv>.<tag>.<ciphertext>` (base64url parts), so the format can change later without
 * guessing. `aad` binds the value to a context (e.g. its owner): decrypting needs the same one.
 */
export function encryptString(key: Buffer, plaintext: string, aad?: string): string {
  assertKey(key);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
  if (aad !== undefined) cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [VERSION, ...[iv, tag, ciphertext].map((part) => part.toString('base64url'))].join('.');
}

/** Reverses encryptString; throws DecryptionError unless the token is intact and key/AAD match. */
export function decryptString(key: Buffer, token: string, aad?: string): string {
  assertKey(key);
  const parts = token.split('.');
  if (parts.length !== 4) throw new DecryptionError('malformed');
  const [version, ivPart, tagPart, ciphertextPart] = parts as [string, string, string, string];
  if (version !== VERSION) throw new DecryptionError('unsupported-version');
  const iv = decodePart(ivPart);
  const tag = decodePart(tagPart);
  const ciphertext = decodePart(ciphertextPart);
  if (iv?.length !== IV_BYTES || tag?.length !== TAG_BYTES || !ciphertext) {
    throw new DecryptionError('malformed');
  }
  const decipher = createDecipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
  decipher.setAuthTag(tag);
  if (aad !== undefined) decipher.setAAD(Buffer.from(aad, 'utf8'));
  try {
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
  } catch {
    throw new DecryptionError('authentication');
  }
}
