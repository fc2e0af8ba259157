import { eq } from 'drizzle-orm';
import { SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZAuthResponse } from '../../../contracts/auth.js';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { users } from '../users/users.tables.js';
import { ACCESS_TOKEN_AUDIENCE, accessTokenKeys } from './access-token.js';
import { refreshTokens, sessions } from './auth.tables.js';
import { bearer, newUserInput, registerUser } from './auth-test-helpers.js';
import { userCacheGroup } from './auth.guard.js';

// A clock the tests move forward.
let nowMs = Date.parse('2026-03-01T12:00:00Z');
let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({}, { now: () => new Date(nowMs) });
});
afterAll(() => t.close());

async function refresh(refreshToken: string) {
  return t.app.inject({ method: 'POST', url: '/api/auth/refresh', payload: { refreshToken } });
}

describe('refresh tokens', () => {
  it('rotate on every use; a spent token used again after the grace window revokes the family', async () => {
    const user = await registerUser(t.app);
    const first = await refresh(user.refreshToken ?? '');
    expect(first.statusCode).toBe(200);
    const t2 = ZAuthResponse.parse(first.json()).refreshToken ?? '';
    expect(t2).not.toBe(user.refreshToken);
    const t3 = ZAuthResponse.parse((await refresh(t2)).json()).refreshToken ?? '';

    nowMs += 11_000;
    const reuse = await refresh(user.refreshToken ?? '');
    expect(reuse.statusCode).toBe(401);
    // The whole family is gone: the newest token and the access token stop working.
    expect((await refresh(t3)).statusCode).toBe(401);
    const me = await t.app.inject({ url: '/api/auth/me', headers: bearer(user.accessToken) });
    expect(me.statusCode).toBe(401);
  });

  it('forgive the immediate parent within 10 seconds with the same successor', async () => {
    const user = await registerUser(t.app);
    const a = ZAuthResponse.parse((await refresh(user.refreshToken ?? '')).json());
    nowMs += 5_000;
    const b = await refresh(user.refreshToken ?? '');
    expect(b.statusCode).toBe(200);
    expect(ZAuthResponse.parse(b.json()).refreshToken).toBe(a.refreshToken);
  });

  it('do not forgive a grandparent, even within the window', async () => {
    const user = await registerUser(t.app);
    const a = ZAuthResponse.parse((await refresh(user.refreshToken ?? '')).json());
    await refresh(a.refreshToken ?? '');
    expect((await refresh(user.refreshToken ?? '')).statusCode).toBe(401);
  });

  it('rotate exactly once under 20 parallel refreshes with one token', async () => {
    const user = await registerUser(t.app);
    const results = await Promise.all(
      Array.from({ length: 20 }, () => refresh(user.refreshToken ?? '')),
    );
    expect(results.map((r) => r.statusCode)).toEqual(Array(20).fill(200));
    const successors = new Set(results.map((r) => ZAuthResponse.parse(r.json()).refreshToken));
    expect(successors.size).toBe(1);
    const [session] = await t.platform.database.db
      .select({ id: sessions.id })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(eq(users.username, user.input.username));
    const tokens = await t.platform.database.db
      .select()
      .from(refreshTokens)
      .where(eq(refreshTokens.sessionId, session?.id ?? ''));
    expect(tokens).toHaveLength(2);
  });

  it('end after the idle limit', async () => {
    const user = await registerUser(t.app);
    nowMs += 8 * 24 * 3600_000;
    expect((await refresh(user.refreshToken ?? '')).statusCode).toBe(401);
  });

  it('are refused for unknown values', async () => {
    expect((await refresh('x'.repeat(43))).statusCode).toBe(401);
  });
});

describe('the refresh cookie', () => {
  async function cookieUser() {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: newUserInput(),
    });
    const cookie = String(res.headers['set-cookie']).split(';')[0] ?? '';
    return cookie;
  }

  it('refreshes from the same origin and sets the successor cookie', async () => {
    const cookie = await cookieUser();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/refresh',
      headers: { cookie, origin: t.config.publicUrl },
    });
    expect(res.statusCode).toBe(200);
    expect(ZAuthResponse.parse(res.json()).refreshToken).toBeUndefined();
    const next = String(res.headers['set-cookie']).split(';')[0];
    expect(next).toMatch(/^careeros_refresh=/);
    expect(next).not.toBe(cookie);
  });

  it('refuses cross-site or origin-less cookie writes', async () => {
    const cookie = await cookieUser();
    for (const headers of [{ cookie, origin: 'https://evil.example' }, { cookie }]) {
      const res = await t.app.inject({ method: 'POST', url: '/api/auth/refresh', headers });
      expect(res.statusCode).toBe(403);
    }
  });
});

describe('access tokens', () => {
  it('are refused when tampered, unsigned, signed with another key, expired or for another audience', async () => {
    const user = await registerUser(t.app);
    const good = user.accessToken;
    const [header, payload, signature] = good.split('.');
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as Record<
      string,
      unknown
    >;
    const keys = accessTokenKeys(t.platform.secrets.jwtSecret, t.config.publicUrl);
    const sign = (
      secret: Uint8Array,
      extra: Record<string, unknown> = {},
      aud = ACCESS_TOKEN_AUDIENCE,
    ) =>
      new SignJWT({ ...claims, ...extra, aud })
        .setProtectedHeader({ alg: 'HS256', kid: keys.keyId })
        .sign(secret);

    const tampered = `${header}.${Buffer.from(JSON.stringify({ ...claims, roles: ['admin'] })).toString('base64url')}.${signature}`;
    const unsigned = new UnsecuredJWT(claims).encode();
    const otherKey = await sign(new TextEncoder().encode('another-secret-another-secret-123456'));
    const expired = await sign(keys.secret, { exp: Math.floor(nowMs / 1000) - 1 });
    const otherAudience = await sign(keys.secret, {}, 'someone-else');
    const asymmetricClaim = `${Buffer.from(JSON.stringify({ alg: 'RS256', kid: keys.keyId })).toString('base64url')}.${payload}.${signature}`;

    expect((await t.app.inject({ url: '/api/auth/me', headers: bearer(good) })).statusCode).toBe(
      200,
    );
    for (const [name, token] of Object.entries({
      tampered,
      unsigned,
      otherKey,
      expired,
      otherAudience,
      asymmetricClaim,
    })) {
      const res = await t.app.inject({ url: '/api/auth/me', headers: bearer(token) });
      expect(res.statusCode, name).toBe(401);
    }
  });

  it('stop working at once when the account is suspended', async () => {
    const user = await registerUser(t.app);
    expect(
      (await t.app.inject({ url: '/api/auth/me', headers: bearer(user.accessToken) })).statusCode,
    ).toBe(200);
    await t.platform.database.db
      .update(users)
      .set({ status: 'suspended' })
      .where(eq(users.id, user.user.id));
    await t.platform.cache.invalidateGroup(userCacheGroup(user.user.id));
    const res = await t.app.inject({ url: '/api/auth/me', headers: bearer(user.accessToken) });
    expect(res.statusCode).toBe(401);
    expect((await refresh(user.refreshToken ?? '')).statusCode).toBe(401);
  });
});
