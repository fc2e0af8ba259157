import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DecryptionError, decryptString, encryptString } from './encryption.js';

const key = Buffer.alloc(32, 7);
const otherKey = Buffer.alloc(32, 8);

/** Flips one bit in the bytes of part `index` and re-encodes it, so the change is real. */
function tamper(token: string, index: number): string {
  const parts = token.split('.');
  const bytes = Buffer.from(parts[index] ?? '', 'base64url');
  bytes[0] = (bytes[0] ?? 0) ^ 1;
  parts[index] = bytes.toString('base64url');
  return parts.join('.');
}

function failure(run: () => unknown): DecryptionError {
  try {
    run();
  } catch (err) {
    if (err instanceof DecryptionError) return err;
    throw err;
  }
  throw new Error('expected a DecryptionError');
}

describe('encryptString / decryptString', () => {
  it('round-trips text, with and without AAD', () => {
    for (const text of ['', 'hello', 'ünïcødé ✓ 🔐', 'x'.repeat(10_000)]) {
      expect(decryptString(key, encryptString(key, text))).toBe(text);
      expect(decryptString(key, encryptString(key, text, 'ctx'), 'ctx')).toBe(text);
    }
  });

  it('produces the versioned v1.<iv>.<tag>.<ciphertext> format', () => {
    const token = encryptString(key, 'secret');
    expect(token).toMatch(/^v1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]+$/);
    const [, iv, tag] = token.split('.');
    expect(Buffer.from(iv ?? '', 'base64url')).toHaveLength(12);
    expect(Buffer.from(tag ?? '', 'base64url')).toHaveLength(16);
    expect(token).not.toContain('secret');
  });

  it('uses a fresh IV on every call', () => {
    const tokens = Array.from({ length: 200 }, () => encryptString(key, 'same text'));
    const ivs = new Set(tokens.map((t) => t.split('.')[1]));
    expect(ivs.size).toBe(tokens.length);
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  it.each([
    [1, 'iv'],
    [2, 'tag'],
    [3, 'ciphertext'],
  ])('detects tampering with the %s part (%s)', (index) => {
    const token = encryptString(key, 'payload', 'ctx');
    const altered = tamper(token, index);
    expect(altered).not.toBe(token);
    expect(failure(() => decryptString(key, altered, 'ctx')).reason).toBe('authentication');
  });

  it('rejects a ciphertext spliced from another token', () => {
    const a = encryptString(key, 'aaaaaaa').split('.');
    const b = encryptString(key, 'bbbbbbb').split('.');
    const spliced = [a[0], a[1], a[2], b[3]].join('.');
    expect(failure(() => decryptString(key, spliced)).reason).toBe('authentication');
  });

  it('rejects an unknown version', () => {
    const token = encryptString(key, 'payload').replace(/^v1\./, 'v2.');
    const err = failure(() => decryptString(key, token));
    expect(err.reason).toBe('unsupported-version');
    expect(err.message).toMatch(/version/);
  });

  it('rejects the wrong key', () => {
    const token = encryptString(key, 'payload');
    const err = failure(() => decryptString(otherKey, token));
    expect(err.reason).toBe('authentication');
    expect(err.name).toBe('DecryptionError');
    expect(err.message).toMatch(/key/);
  });

  it('rejects a wrong, missing or unexpected AAD', () => {
    const bound = encryptString(key, 'payload', 'user:1');
    expect(failure(() => decryptString(key, bound, 'user:2')).reason).toBe('authentication');
    expect(failure(() => decryptString(key, bound)).reason).toBe('authentication');
    const unbound = encryptString(key, 'payload');
    expect(failure(() => decryptString(key, unbound, 'user:1')).reason).toBe('authentication');
  });

  it('rejects malformed tokens', () => {
    const [version, iv, tag, ciphertext] = encryptString(key, 'payload').split('.') as [
      string,
      string,
      string,
      string,
    ];
    const malformed = [
      '',
      'v1',
      'v1..',
      `${version}.${iv}.${tag}`,
      `${version}.${iv}.${tag}.${ciphertext}.extra`,
      `${version}.${iv}.${tag}.${ciphertext}!`,
      `${version}.${iv}.${tag}.${ciphertext}=`,
      `${version}.${iv.slice(0, -2)}.${tag}.${ciphertext}`,
      `${version}.${iv}.${tag.slice(0, -3)}.${ciphertext}`,
    ];
    for (const token of malformed) {
      expect(failure(() => decryptString(key, token)).reason, token).toBe('malformed');
    }
  });

  it('treats a non-canonical base64url encoding as malformed', () => {
    const [version, iv, tag, ciphertext] = encryptString(key, 'payload').split('.') as [
      string,
      string,
      string,
      string,
    ];
    // 16 bytes -> 22 characters whose last one carries 4 unused bits; setting one keeps the
    // decoded bytes identical, which a lenient decoder would accept.
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const last = alphabet.indexOf(tag.at(-1) ?? '');
    const variant = `${tag.slice(0, -1)}${alphabet[last | 1]}`;
    expect(Buffer.from(variant, 'base64url').equals(Buffer.from(tag, 'base64url'))).toBe(true);
    expect(variant).not.toBe(tag);
    const token = `${version}.${iv}.${variant}.${ciphertext}`;
    expect(failure(() => decryptString(key, token)).reason).toBe('malformed');
  });

  it('refuses keys that are not 32 bytes', () => {
    expect(() => encryptString(randomBytes(16), 'x')).toThrow(RangeError);
    const token = encryptString(key, 'x');
    expect(() => decryptString(Buffer.alloc(31), token)).toThrow(RangeError);
  });
});
