import { describe, expect, it } from 'vitest';
import { generateBackupCodes, hashBackupCode, matchBackupCode } from './backup-codes.js';

const FORMAT = /^[0-9a-hjkmnp-tv-z]{5}-[0-9a-hjkmnp-tv-z]{5}$/;

/** A random source that yields the given byte values in turn. */
function sequence(values: number[]): (size: number) => Buffer {
  let i = 0;
  return (size) =>
    Buffer.from(Array.from({ length: size }, () => values[i++ % values.length] ?? 0));
}

describe('generateBackupCodes', () => {
  it('returns ten distinct codes in the xxxxx-xxxxx format', () => {
    const codes = generateBackupCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(FORMAT);
  });

  it('honours the count', () => {
    expect(generateBackupCodes(3)).toHaveLength(3);
  });

  it('draws every symbol of a 32-letter alphabet, so 10 symbols carry 50 bits', () => {
    const symbols = new Set(generateBackupCodes(500).join('').replace(/-/g, ''));
    expect(symbols.size).toBe(32);
    for (const ambiguous of ['i', 'l', 'o', 'u']) expect(symbols.has(ambiguous)).toBe(false);
  });

  it('maps the injected random bytes to symbols', () => {
    const codes = generateBackupCodes(2, sequence([...Array(20).keys()]));
    expect(codes).toEqual(['01234-56789', 'abcde-fghjk']);
  });

  it('fails instead of looping when the random source repeats itself', () => {
    expect(() => generateBackupCodes(10, () => Buffer.alloc(10))).toThrow(/repeating/);
  });
});

describe('hashBackupCode', () => {
  it('is SHA-256 hex', () => {
    expect(hashBackupCode('abcde-fghjk')).toMatch(/^[0-9a-f]{64}$/);
    expect(hashBackupCode('abcde-fghjk')).not.toBe(hashBackupCode('abcde-fghjm'));
  });

  it('ignores case, hyphens and spaces', () => {
    const hash = hashBackupCode('abcde-fghjk');
    for (const variant of ['ABCDE-FGHJK', 'abcdefghjk', ' abcde fghjk ', 'AbCdE--fGhJk']) {
      expect(hashBackupCode(variant), variant).toBe(hash);
    }
  });

  it('reads the look-alike letters as the digits they resemble', () => {
    const hash = hashBackupCode('01234-10ab0');
    expect(hashBackupCode('o1234-10ab0')).toBe(hash);
    expect(hashBackupCode('0l234-IOab0')).toBe(hash);
  });
});

describe('matchBackupCode', () => {
  const codes = ['01234-56789', 'abcde-fghjk', 'mnpqr-stvwx'];
  const hashes = codes.map(hashBackupCode);

  it('returns the index of the matching hash', () => {
    expect(matchBackupCode('abcde-fghjk', hashes)).toBe(1);
    expect(matchBackupCode('mnpqr-stvwx', hashes)).toBe(2);
  });

  it('tolerates case and hyphen differences', () => {
    expect(matchBackupCode('ABCDEFGHJK', hashes)).toBe(1);
    expect(matchBackupCode('mnpqr stvwx', hashes)).toBe(2);
  });

  it('returns -1 for an unknown code or an empty list', () => {
    expect(matchBackupCode('zzzzz-zzzzz', hashes)).toBe(-1);
    expect(matchBackupCode('', hashes)).toBe(-1);
    expect(matchBackupCode('abcde-fghjk', [])).toBe(-1);
  });

  it('no longer matches a used code once the caller removes its hash', () => {
    const index = matchBackupCode('abcde-fghjk', hashes);
    const remaining = hashes.filter((_, i) => i !== index);
    expect(matchBackupCode('abcde-fghjk', remaining)).toBe(-1);
    expect(matchBackupCode('mnpqr-stvwx', remaining)).toBe(1);
  });

  it('works with freshly generated codes', () => {
    const fresh = generateBackupCodes();
    const stored = fresh.map(hashBackupCode);
    fresh.forEach((code, i) => expect(matchBackupCode(code.toUpperCase(), stored)).toBe(i));
  });
});
