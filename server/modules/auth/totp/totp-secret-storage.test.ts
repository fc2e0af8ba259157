import { describe, expect, it } from 'vitest';
import { DecryptionError } from '../../../platform/crypto/encryption.js';
import { openTotpSecret, sealTotpSecret } from './totp-secret-storage.js';

const key = Buffer.alloc(32, 1);
const secret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const alice = '6f1c2a9e-0d4b-4c8e-9a51-3b7e2f1d0c11';
const bob = '0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d';

describe('sealTotpSecret / openTotpSecret', () => {
  it('round-trips and does not store the secret in clear', () => {
    const sealed = sealTotpSecret(key, secret, alice);
    expect(sealed).toMatch(/^v1\./);
    expect(sealed).not.toContain(secret);
    expect(openTotpSecret(key, sealed, alice)).toBe(secret);
  });

  it("does not open under another user's id", () => {
    const sealed = sealTotpSecret(key, secret, alice);
    expect(() => openTotpSecret(key, sealed, bob)).toThrow(DecryptionError);
  });

  it('does not open with another key', () => {
    const sealed = sealTotpSecret(key, secret, alice);
    expect(() => openTotpSecret(Buffer.alloc(32, 2), sealed, alice)).toThrow(DecryptionError);
  });

  it('is bound to the totp purpose, not just the user', () => {
    const sealed = sealTotpSecret(key, secret, alice);
    expect(() => openTotpSecret(key, sealed, `x${alice}`)).toThrow(DecryptionError);
  });
});
