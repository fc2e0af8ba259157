import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZAuthResponse } from '../../../contracts/auth.js';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { bearer, newUserInput, registerUser, STRONG_PASSWORD } from './auth-test-helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('register', () => {
  it('creates an account, signs it in and sets an HttpOnly refresh cookie', async () => {
    const input = newUserInput();
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/register', payload: input });
    expect(res.statusCode).toBe(201);
    const body = ZAuthResponse.parse(res.json());
    expect(body.user).toMatchObject({
      username: input.username,
      emailVerified: false,
      roles: ['student'],
    });
    expect(body.refreshToken).toBeUndefined();
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^careeros_refresh=[A-Za-z0-9_-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    const me = await t.app.inject({ url: '/api/auth/me', headers: bearer(body.accessToken) });
    expect(me.statusCode).toBe(200);
    expect(me.json().email).toBe(input.email);
  });

  it('refuses guessable passwords with a field-level reason', async () => {
    for (const password of ['password123', 'qwertyuiop', 'iloveyou2024']) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/register',
        payload: newUserInput({ password }),
      });
      expect(res.statusCode, password).toBe(400);
      expect(res.json().error.details[0].path).toBe('body.password');
    }
  });

  it('refuses a password made of the username', async () => {
    const input = newUserInput();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: { ...input, password: `${input.username}1` },
    });
    expect(res.statusCode).toBe(400);
  });

  it('keeps passwords as typed: spaces count and are not trimmed', async () => {
    const input = newUserInput({ password: `  ${STRONG_PASSWORD}  ` });
    await t.app.inject({ method: 'POST', url: '/api/auth/register', payload: input });
    const trimmed = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: input.username, password: STRONG_PASSWORD },
    });
    expect(trimmed.statusCode).toBe(401);
    const exact = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: input.username, password: input.password },
    });
    expect(exact.statusCode).toBe(200);
  });

  it('answers 409 for a taken username or email, whatever their case', async () => {
    const first = await registerUser(t.app);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: newUserInput({
        username: first.input.username.toUpperCase(),
        email: first.input.email.toUpperCase(),
      }),
    });
    expect(res.statusCode).toBe(409);
    const paths = res
      .json()
      .error.details.map((d: { path: string }) => d.path)
      .sort();
    expect(paths).toEqual(['body.email', 'body.username']);
  });

  it('rejects fields a user may not set (no mass assignment) and changes nothing', async () => {
    const input = newUserInput();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: { ...input, roles: ['admin'], emailVerified: true },
    });
    expect(res.statusCode).toBe(400);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: input.username, password: input.password },
    });
    expect(login.statusCode).toBe(401);
  });

  it('validates every field with its path', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: { username: 'a', email: 'not-an-email', password: 'short' },
    });
    expect(res.statusCode).toBe(400);
    const paths = res
      .json()
      .error.details.map((d: { path: string }) => d.path)
      .sort();
    expect(paths).toEqual(['body.email', 'body.password', 'body.username']);
  });
});

describe('login', () => {
  it('accepts the username or the email, in any case', async () => {
    const user = await registerUser(t.app);
    for (const login of [user.input.username, user.input.email.toUpperCase()]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { login, password: STRONG_PASSWORD, transport: 'api' },
      });
      expect(res.statusCode, login).toBe(200);
      expect(ZAuthResponse.parse(res.json()).refreshToken).toBeTruthy();
    }
  });

  it('gives the same answer for a wrong password and an unknown account', async () => {
    const user = await registerUser(t.app);
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: user.input.username, password: 'not-the-password' },
    });
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: 'nobody-here', password: 'not-the-password' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error.message).toBe(unknown.json().error.message);
  });
});

describe('sessions', () => {
  it('lists sessions, revokes one and all others, and logout ends the current one', async () => {
    const user = await registerUser(t.app);
    const login = async () =>
      ZAuthResponse.parse(
        (
          await t.app.inject({
            method: 'POST',
            url: '/api/auth/login',
            headers: { 'user-agent': 'Second device' },
            payload: { login: user.input.username, password: STRONG_PASSWORD, transport: 'api' },
          })
        ).json(),
      );
    const second = await login();
    const third = await login();

    const list = await t.app.inject({
      url: '/api/auth/sessions',
      headers: bearer(user.accessToken),
    });
    expect(list.statusCode).toBe(200);
    const items = list.json().items as { id: string; current: boolean; userAgent: string }[];
    expect(items).toHaveLength(3);
    expect(items.filter((s) => s.current)).toHaveLength(1);

    const secondId = items.find((s) => !s.current)?.id;
    const revoke = await t.app.inject({
      method: 'DELETE',
      url: `/api/auth/sessions/${secondId}`,
      headers: bearer(user.accessToken),
    });
    expect(revoke.statusCode).toBe(200);

    const others = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sessions/revoke-others',
      headers: bearer(user.accessToken),
    });
    expect(others.json().revoked).toBe(1);
    for (const other of [second, third]) {
      const me = await t.app.inject({ url: '/api/auth/me', headers: bearer(other.accessToken) });
      expect(me.statusCode).toBe(401);
    }

    const logout = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: bearer(user.accessToken),
    });
    expect(logout.statusCode).toBe(200);
    const after = await t.app.inject({ url: '/api/auth/me', headers: bearer(user.accessToken) });
    expect(after.statusCode).toBe(401);
    const refresh = await t.app.inject({
      method: 'POST',
      url: '/api/auth/refresh',
      payload: { refreshToken: user.refreshToken },
    });
    expect(refresh.statusCode).toBe(401);
  });

  it("does not let one user see or revoke another user's sessions", async () => {
    const alice = await registerUser(t.app);
    const bob = await registerUser(t.app);
    const bobs = await t.app.inject({
      url: '/api/auth/sessions',
      headers: bearer(bob.accessToken),
    });
    const bobSession = bobs.json().items[0].id as string;
    const aliceList = await t.app.inject({
      url: '/api/auth/sessions',
      headers: bearer(alice.accessToken),
    });
    expect(aliceList.json().items.map((s: { id: string }) => s.id)).not.toContain(bobSession);
    const attempt = await t.app.inject({
      method: 'DELETE',
      url: `/api/auth/sessions/${bobSession}`,
      headers: bearer(alice.accessToken),
    });
    expect(attempt.statusCode).toBe(404);
    const stillIn = await t.app.inject({ url: '/api/auth/me', headers: bearer(bob.accessToken) });
    expect(stillIn.statusCode).toBe(200);
  });

  it('requires a token for every session endpoint', async () => {
    for (const [method, url] of [
      ['GET', '/api/auth/me'],
      ['GET', '/api/auth/sessions'],
      ['POST', '/api/auth/logout'],
      ['POST', '/api/auth/sessions/revoke-others'],
      ['DELETE', '/api/auth/sessions/00000000-0000-4000-8000-000000000000'],
    ] as const) {
      const res = await t.app.inject({ method, url });
      expect(res.statusCode, url).toBe(401);
    }
  });
});
