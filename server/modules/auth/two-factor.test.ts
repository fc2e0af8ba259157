import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZAuthResponse, ZTwoFactorChallenge } from '../../../contracts/auth.js';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { bearer, registerUser, STRONG_PASSWORD } from './auth-test-helpers.js';

let nowMs = Date.parse('2026-05-01T09:00:00Z');
let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({}, { now: () => new Date(nowMs) });
});
afterAll(() => t.close());

function codeFor(secret: string, atMs = nowMs): string {
  const totp = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 });
  return totp.generate({ timestamp: atMs });
}

async function post(url: string, payload: object, token?: string) {
  return t.app.inject({
    method: 'POST',
    url,
    payload,
    ...(token ? { headers: bearer(token) } : {}),
  });
}

/** A user with 2FA on; returns the secret and the backup codes. */
async function userWithTwoFactor() {
  const user = await registerUser(t.app);
  const setup = await post('/api/auth/2fa/setup', {}, user.accessToken);
  expect(setup.statusCode).toBe(200);
  const { secret, otpauthUri, qrCodeDataUrl } = setup.json();
  expect(otpauthUri).toContain(`secret=${secret}`);
  expect(qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);
  const enable = await post('/api/auth/2fa/enable', { code: codeFor(secret) }, user.accessToken);
  expect(enable.statusCode).toBe(200);
  const backupCodes = enable.json().backupCodes as string[];
  nowMs += 30_000; // the next login needs a fresh code
  return { user, secret, backupCodes };
}

async function challenge(login: string) {
  const res = await post('/api/auth/login', { login, password: STRONG_PASSWORD, transport: 'api' });
  expect(res.statusCode).toBe(200);
  return ZTwoFactorChallenge.parse(res.json()).challengeToken;
}

describe('two-factor authentication', () => {
  it('refuses to enable with a wrong code, and then enables with a right one', async () => {
    const user = await registerUser(t.app);
    const { secret } = (await post('/api/auth/2fa/setup', {}, user.accessToken)).json();
    const wrong = await post('/api/auth/2fa/enable', { code: '000000' }, user.accessToken);
    expect(wrong.statusCode).toBe(400);
    const status = await t.app.inject({ url: '/api/auth/2fa', headers: bearer(user.accessToken) });
    expect(status.json()).toEqual({ enabled: false, backupCodesRemaining: 0 });
    const right = await post('/api/auth/2fa/enable', { code: codeFor(secret) }, user.accessToken);
    expect(right.statusCode).toBe(200);
    expect(right.json().backupCodes).toHaveLength(10);
  });

  it('turns login into a challenge that a code completes, once', async () => {
    const { user, secret } = await userWithTwoFactor();
    const token = await challenge(user.input.username);
    const code = codeFor(secret);
    const done = await post('/api/auth/2fa/verify', {
      challengeToken: token,
      code,
      transport: 'api',
    });
    expect(done.statusCode).toBe(200);
    expect(ZAuthResponse.parse(done.json()).user.id).toBe(user.user.id);

    // The same code cannot be used again, even on a new challenge.
    const again = await post('/api/auth/2fa/verify', {
      challengeToken: await challenge(user.input.username),
      code,
      transport: 'api',
    });
    expect(again.statusCode).toBe(400);
    // The completed challenge cannot be replayed.
    nowMs += 30_000;
    const replay = await post('/api/auth/2fa/verify', {
      challengeToken: token,
      code: codeFor(secret),
      transport: 'api',
    });
    expect(replay.statusCode).toBe(401);
  });

  it('accepts each backup code once', async () => {
    const { user, backupCodes } = await userWithTwoFactor();
    const backupCode = backupCodes[0] ?? '';
    const first = await post('/api/auth/2fa/verify', {
      challengeToken: await challenge(user.input.email),
      backupCode: backupCode.toUpperCase(),
      transport: 'api',
    });
    expect(first.statusCode).toBe(200);
    const second = await post('/api/auth/2fa/verify', {
      challengeToken: await challenge(user.input.email),
      backupCode,
      transport: 'api',
    });
    expect(second.statusCode).toBe(400);
    const status = await t.app.inject({
      url: '/api/auth/2fa',
      headers: bearer(ZAuthResponse.parse(first.json()).accessToken),
    });
    expect(status.json()).toEqual({ enabled: true, backupCodesRemaining: 9 });
  });

  it('voids a challenge after five wrong codes', async () => {
    const { user, secret } = await userWithTwoFactor();
    const token = await challenge(user.input.username);
    for (let i = 0; i < 5; i++) {
      const res = await post('/api/auth/2fa/verify', {
        challengeToken: token,
        code: '000000',
        transport: 'api',
      });
      expect(res.statusCode).toBe(400);
    }
    const right = await post('/api/auth/2fa/verify', {
      challengeToken: token,
      code: codeFor(secret),
      transport: 'api',
    });
    expect(right.statusCode).toBe(401);
  });

  it('expires a challenge after five minutes', async () => {
    const { user, secret } = await userWithTwoFactor();
    const token = await challenge(user.input.username);
    nowMs += 5 * 60_000 + 1_000;
    const res = await post('/api/auth/2fa/verify', {
      challengeToken: token,
      code: codeFor(secret),
      transport: 'api',
    });
    expect(res.statusCode).toBe(401);
  });

  it('needs the password and a code to regenerate backup codes or turn 2FA off', async () => {
    const { user, secret, backupCodes } = await userWithTwoFactor();
    const token = user.accessToken;
    const noPassword = await post(
      '/api/auth/2fa/disable',
      { password: 'wrong', code: codeFor(secret) },
      token,
    );
    expect(noPassword.statusCode).toBe(400);
    expect(noPassword.json().error.details[0].path).toBe('body.password');

    const regenerated = await post(
      '/api/auth/2fa/backup-codes',
      { password: STRONG_PASSWORD, code: codeFor(secret) },
      token,
    );
    expect(regenerated.statusCode).toBe(200);
    expect(regenerated.json().backupCodes).not.toContain(backupCodes[1]);
    nowMs += 30_000;
    // The old set died with the regeneration.
    const oldCode = await post(
      '/api/auth/2fa/disable',
      { password: STRONG_PASSWORD, backupCode: backupCodes[1] },
      token,
    );
    expect(oldCode.statusCode).toBe(400);

    const off = await post(
      '/api/auth/2fa/disable',
      { password: STRONG_PASSWORD, code: codeFor(secret) },
      token,
    );
    expect(off.statusCode).toBe(200);
    expect(off.json()).toEqual({ enabled: false, backupCodesRemaining: 0 });
    const login = await post('/api/auth/login', {
      login: user.input.username,
      password: STRONG_PASSWORD,
      transport: 'api',
    });
    expect(ZAuthResponse.safeParse(login.json()).success).toBe(true);
  });

  it('validates the verify request', async () => {
    const res = await post('/api/auth/2fa/verify', {
      challengeToken: 'x'.repeat(43),
      code: '12ab56',
    });
    expect(res.statusCode).toBe(400);
    const both = await post('/api/auth/2fa/verify', {
      challengeToken: 'x'.repeat(43),
      code: '123456',
      backupCode: 'abcde-fghjk',
    });
    expect(both.statusCode).toBe(400);
  });
});
