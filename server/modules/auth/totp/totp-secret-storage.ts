import { decryptString, encryptString } from '../../../platform/crypto/encryption.js';

// Binding the ciphertext to its owner means a sealed secret copied into another user's row
// does not decrypt there.
function aadFor(userId: string): string {
  return `totp:${userId}`;
}

/** Encrypts a user's TOTP secret (base32) for storage, with the platform encryption key. */
export function sealTotpSecret(key: Buffer, base32: string, userId: string): string {
  return encryptString(key, base32, aadFor(userId));
}

/** Decrypts a sealed TOTP secret; throws DecryptionError if it is not this user's. */
export function openTotpSecret(key: Buffer, sealed: string, userId: string): string {
  return decryptString(key, sealed, aadFor(userId));
}
