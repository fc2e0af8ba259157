import { HOTP, Secret, TOTP } from 'otpauth';
import { describe, expect, it } from 'vitest';
import {
  createTotpSecret,
  otpauthUri,
  qrCodeDataUrl,
  TOTP_PERIOD_SECONDS,
  totpStep,
  verifyTotp,
} from './totp.js';

// The RFC 6238 appendix B SHA-1 secret, ASCII "12345678901234567890".
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const PERIOD_MS = TOTP_PERIOD_SECONDS * 1000;
// Mid-step, so T±30s and T±60s fall clearly inside their neighbouring steps.
const T = 1_700_000_010_000;

function codeAt(timestamp: number, secret = RFC_SECRET): string {
  return TOTP.generate({ secret: Secret.fromBase32(secret), timestamp });
}

/** A well-formed code matching none of the steps in the window around `now`. */
function wrongCodeAt(now: number): string {
  const valid = new Set([-1, 0, 1].map((offset) => codeAt(now + offset * PERIOD_MS)));
  for (let n = 0; ; n++) {
    const candidate = String(n).padStart(6, '0');
    if (!valid.has(candidate)) return candidate;
  }
}

describe('createTotpSecret', () => {
  it('returns 160 random bits as unpadded base32', () => {
    const { base32 } = createTotpSecret();
    expect(base32).toMatch(/^[A-Z2-7]{32}$/);
    expect(Secret.fromBase32(base32).bytes).toHaveLength(20);
    expect(createTotpSecret().base32).not.toBe(base32);
  });

  it('encodes the injected random bytes', () => {
    const secret = createTotpSecret((size) =>
      Buffer.from('12345678901234567890').subarray(0, size),
    );
    expect(secret.base32).toBe(RFC_SECRET);
  });

  it('refuses a random source that returns the wrong size', () => {
    expect(() => createTotpSecret(() => Buffer.alloc(10))).toThrow(/wrong number of bytes/);
  });
});

describe('otpauthUri', () => {
  it('carries issuer, account, secret, algorithm, digits and period', () => {
    const uri = new URL(otpauthUri({ secret: RFC_SECRET, accountName: 'alice@example.com' }));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.host).toBe('totp');
    expect(decodeURIComponent(uri.pathname)).toBe('/CareerOS:alice@example.com');
    expect(uri.searchParams.get('issuer')).toBe('CareerOS');
    expect(uri.searchParams.get('secret')).toBe(RFC_SECRET);
    expect(uri.searchParams.get('algorithm')).toBe('SHA1');
    expect(uri.searchParams.get('digits')).toBe('6');
    expect(uri.searchParams.get('period')).toBe('30');
  });

  it('escapes an account name that contains a colon', () => {
    const uri = otpauthUri({ secret: RFC_SECRET, accountName: 'a:b' });
    expect(uri).toContain('/CareerOS:a%3Ab?');
  });
});

describe('qrCodeDataUrl', () => {
  it('renders a PNG data URL', async () => {
    const url = await qrCodeDataUrl(otpauthUri({ secret: RFC_SECRET, accountName: 'alice' }));
    expect(url.startsWith('data:image/png;base64,')).toBe(true);
    const png = Buffer.from(url.slice('data:image/png;base64,'.length), 'base64');
    expect(png.subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
  });
});

describe('verifyTotp', () => {
  it('matches the RFC 6238 SHA-1 test vectors (6-digit truncation)', () => {
    const vectors: [number, string][] = [
      [59, '287082'],
      [1_111_111_109, '081804'],
      [1_111_111_111, '050471'],
      [1_234_567_890, '005924'],
      [2_000_000_000, '279037'],
      [20_000_000_000, '353130'],
    ];
    for (const [seconds, code] of vectors) {
      const result = verifyTotp({ secret: RFC_SECRET, code, now: seconds * 1000 });
      expect(result, String(seconds)).toEqual({ ok: true, step: Math.floor(seconds / 30) });
    }
  });

  it('accepts a code one step early or late, and rejects two steps off', () => {
    const code = codeAt(T);
    const step = Math.floor(T / PERIOD_MS);
    for (const offset of [-1, 0, 1]) {
      const now = T + offset * PERIOD_MS;
      expect(verifyTotp({ secret: RFC_SECRET, code, now }), `offset ${offset}`).toEqual({
        ok: true,
        step,
      });
    }
    for (const offset of [-2, 2]) {
      const now = T + offset * PERIOD_MS;
      expect(verifyTotp({ secret: RFC_SECRET, code, now }), `offset ${offset}`).toEqual({
        ok: false,
        reason: 'invalid',
      });
    }
  });

  it('accepts a Date as the clock', () => {
    expect(verifyTotp({ secret: RFC_SECRET, code: codeAt(T), now: new Date(T) })).toEqual({
      ok: true,
      step: totpStep(T),
    });
    expect(totpStep(new Date(T))).toBe(Math.floor(T / PERIOD_MS));
  });

  it('accepts each code once', () => {
    const code = codeAt(T);
    const first = verifyTotp({ secret: RFC_SECRET, code, now: T });
    if (!first.ok) throw new Error('expected the first use to be accepted');
    const again = verifyTotp({ secret: RFC_SECRET, code, now: T, lastUsedStep: first.step });
    expect(again).toEqual({ ok: false, reason: 'replayed' });
    // Still refused later while it is inside the window.
    const later = verifyTotp({
      secret: RFC_SECRET,
      code,
      now: T + PERIOD_MS,
      lastUsedStep: first.step,
    });
    expect(later).toEqual({ ok: false, reason: 'replayed' });
  });

  it('refuses an older code once a newer one was used, but accepts the next one', () => {
    const lastUsedStep = totpStep(T);
    const older = codeAt(T - PERIOD_MS);
    expect(verifyTotp({ secret: RFC_SECRET, code: older, now: T, lastUsedStep })).toEqual({
      ok: false,
      reason: 'replayed',
    });
    const next = codeAt(T + PERIOD_MS);
    expect(verifyTotp({ secret: RFC_SECRET, code: next, now: T, lastUsedStep })).toEqual({
      ok: true,
      step: lastUsedStep + 1,
    });
  });

  it('treats a null lastUsedStep as never used', () => {
    expect(verifyTotp({ secret: RFC_SECRET, code: codeAt(T), now: T, lastUsedStep: null })).toEqual(
      { ok: true, step: totpStep(T) },
    );
  });

  it('reports a wrong code as invalid, not replayed', () => {
    const code = wrongCodeAt(T);
    expect(verifyTotp({ secret: RFC_SECRET, code, now: T, lastUsedStep: totpStep(T) })).toEqual({
      ok: false,
      reason: 'invalid',
    });
  });

  it('tolerates spaces in the code', () => {
    const code = codeAt(T);
    const spaced = ` ${code.slice(0, 3)} ${code.slice(3)} `;
    expect(verifyTotp({ secret: RFC_SECRET, code: spaced, now: T })).toEqual({
      ok: true,
      step: totpStep(T),
    });
  });

  it('reports anything else that is not 6 digits as malformed', () => {
    const code = codeAt(T);
    for (const bad of [
      '',
      '12345',
      '1234567',
      'abcdef',
      `${code.slice(0, 3)}-${code.slice(3)}`,
      `${code}0`,
      '１２３４５６',
    ]) {
      expect(verifyTotp({ secret: RFC_SECRET, code: bad, now: T }), bad).toEqual({
        ok: false,
        reason: 'malformed',
      });
    }
  });

  it('does not accept a code generated for another secret', () => {
    const code = codeAt(T, 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP');
    const valid = [-1, 0, 1].map((offset) =>
      HOTP.generate({ secret: Secret.fromBase32(RFC_SECRET), counter: totpStep(T) + offset }),
    );
    expect(valid).not.toContain(code);
    expect(verifyTotp({ secret: RFC_SECRET, code, now: T })).toEqual({
      ok: false,
      reason: 'invalid',
    });
  });
});
