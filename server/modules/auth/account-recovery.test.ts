import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZAuthResponse } from '../../../contracts/auth.js';
import { readOutbox, waitForEmailToken } from '../../test/outbox.js';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { bearer, registerUser, STRONG_PASSWORD } from './auth-test-helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({}, { startJobs: true });
});
afterAll(() => t.close());

const NEW_PASSWORD = 'brisk-Heron-lantern-77';

async function post(url: string, payload: object, token?: string) {
  return t.app.inject({
    method: 'POST',
    url,
    payload,
    ...(token ? { headers: bearer(token) } : {}),
  });
}

describe('email verification', () => {
  it('sends a link on sign-up that verifies the address once', async () => {
    const user = await registerUser(t.app);
    const token = await waitForEmailToken(
      t.config.mail.outboxDir,
      user.input.email,
      /Confirm your email/,
    );
    const first = await post('/api/auth/verify-email', { token });
    expect(first.statusCode).toBe(200);
    const me = await t.app.inject({ url: '/api/auth/me', headers: bearer(user.accessToken) });
    expect(me.json().emailVerified).toBe(true);
    const again = await post('/api/auth/verify-email', { token });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.details[0].path).toBe('body.token');
  });

  it('sends at most one email a minute to an address', async () => {
    const user = await registerUser(t.app);
    await waitForEmailToken(t.config.mail.outboxDir, user.input.email, /Confirm your email/);
    for (let i = 0; i < 3; i++) {
      const res = await post('/api/auth/verify-email/request', {}, user.accessToken);
      expect(res.statusCode).toBe(202);
    }
    await new Promise((r) => setTimeout(r, 300));
    const sent = readOutbox(t.config.mail.outboxDir).filter((m) => m.to === user.input.email);
    expect(sent).toHaveLength(1);
  });

  it('holds back repeated reset links to an address for a minute too', async () => {
    const user = await registerUser(t.app);
    for (let i = 0; i < 3; i++) {
      const res = await post('/api/auth/password/forgot', { email: user.input.email });
      expect(res.statusCode).toBe(202);
    }
    await waitForEmailToken(t.config.mail.outboxDir, user.input.email, /Reset your/);
    await new Promise((r) => setTimeout(r, 300));
    const resets = readOutbox(t.config.mail.outboxDir).filter(
      (m) => m.to === user.input.email && /Reset your/.test(m.subject),
    );
    expect(resets).toHaveLength(1);
  });
});

describe('password reset', () => {
  it('answers the same whether or not the address has an account', async () => {
    const user = await registerUser(t.app);
    const known = await post('/api/auth/password/forgot', { email: user.input.email });
    const unknown = await post('/api/auth/password/forgot', { email: 'nobody@example.org' });
    expect(known.statusCode).toBe(202);
    expect(unknown.statusCode).toBe(202);
    expect(known.body).toBe(unknown.body);
  });

  it('sets a new password through the emailed link, once, and ends every session', async () => {
    const user = await registerUser(t.app);
    // Right after the sign-up email: each kind of email has its own allowance.
    await waitForEmailToken(t.config.mail.outboxDir, user.input.email, /Confirm your email/);
    await post('/api/auth/password/forgot', { email: user.input.email.toUpperCase() });
    const token = await waitForEmailToken(t.config.mail.outboxDir, user.input.email, /Reset your/);

    const weak = await post('/api/auth/password/reset', { token, password: 'password1' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.details[0].path).toBe('body.password');

    const reset = await post('/api/auth/password/reset', { token, password: NEW_PASSWORD });
    expect(reset.statusCode).toBe(200);
    const reuse = await post('/api/auth/password/reset', { token, password: NEW_PASSWORD });
    expect(reuse.statusCode).toBe(400);

    const old = await t.app.inject({ url: '/api/auth/me', headers: bearer(user.accessToken) });
    expect(old.statusCode).toBe(401);
    const login = await post('/api/auth/login', {
      login: user.input.username,
      password: NEW_PASSWORD,
    });
    expect(login.statusCode).toBe(200);
    expect(ZAuthResponse.parse(login.json()).user.emailVerified).toBe(true);
  });
});

describe('password change', () => {
  it('needs the current password and ends the other sessions, keeping this one', async () => {
    const user = await registerUser(t.app);
    const other = ZAuthResponse.parse(
      (
        await post('/api/auth/login', { login: user.input.username, password: STRONG_PASSWORD })
      ).json(),
    );
    const wrong = await post(
      '/api/auth/password/change',
      { currentPassword: 'nope', newPassword: NEW_PASSWORD },
      user.accessToken,
    );
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details[0].path).toBe('body.currentPassword');

    const ok = await post(
      '/api/auth/password/change',
      { currentPassword: STRONG_PASSWORD, newPassword: NEW_PASSWORD },
      user.accessToken,
    );
    expect(ok.statusCode).toBe(200);
    expect(
      (await t.app.inject({ url: '/api/auth/me', headers: bearer(user.accessToken) })).statusCode,
    ).toBe(200);
    expect(
      (await t.app.inject({ url: '/api/auth/me', headers: bearer(other.accessToken) })).statusCode,
    ).toBe(401);
  });
});
