import { describe, expect, it } from 'vitest';
import { hashToken, randomToken, safeEqual } from './tokens.js';

describe('randomToken', () => {
  it('returns 32 random bytes as base64url by default', () => {
    const token = randomToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
  });

  it('is unique per call', () => {
    const tokens = new Set(Array.from({ length: 500 }, () => randomToken()));
    expect(tokens.size).toBe(500);
  });

  it('uses the injected random source and size', () => {
    const random = (size: number) => Buffer.alloc(size, 0xff);
    expect(randomToken(16, random)).toBe('_____________________w');
    expect(Buffer.from(randomToken(48), 'base64url')).toHaveLength(48);
  });

  it('refuses sizes too small to be unguessable', () => {
    expect(() => randomToken(8)).toThrow(RangeError);
    expect(() => randomToken(16.5)).toThrow(RangeError);
  });

  it('refuses a random source that returns the wrong size', () => {
    expect(() => randomToken(32, () => Buffer.alloc(16))).toThrow(/wrong number of bytes/);
  });
});

describe('hashToken', () => {
  it('is SHA-256 hex', () => {
    expect(hashToken('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('differs for different tokens', () => {
    expect(hashToken('token-a')).not.toBe(hashToken('token-b'));
  });
});

describe('safeEqual', () => {
  it('compares strings and bytes', () => {
    expect(safeEqual('abc', 'abc')).toBe(true);
    expect(safeEqual('abc', 'abd')).toBe(false);
    expect(safeEqual(Buffer.from('abc'), new Uint8Array([97, 98, 99]))).toBe(true);
    expect(safeEqual('', '')).toBe(true);
  });

  it('is false, not an exception, for different lengths', () => {
    expect(safeEqual('abc', 'abcd')).toBe(false);
    expect(safeEqual('', 'a')).toBe(false);
  });
});
