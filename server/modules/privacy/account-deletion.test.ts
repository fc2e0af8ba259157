import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { recordAudit } from '../audit/audit.service.js';
import { auditLog } from '../audit/audit.tables.js';
import { accessTokenKeys, signAccessToken } from '../auth/access-token.js';
import { userCacheGroup } from '../auth/auth.guard.js';
import { bearer, registerUser, STRONG_PASSWORD } from '../auth/auth-test-helpers.js';
import { createSession } from '../auth/sessions.service.js';
import { userSessionIds } from '../auth/auth.user-data.js';
import { users } from '../users/users.tables.js';
import { deleteAccount } from './account-deletion.service.js';
import { testClock, totpCode, userRowCounts, userWithEverything } from './privacy-test-helpers.js';
import { userDataSections, type UserDataSection } from './user-data.js';

const clock = testClock();
let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({}, { now: clock.now });
});
afterAll(() => t.close());

const db = () => t.platform.database.db;

function deleteRequest(id: string, payload: object, token?: string) {
  return t.app.inject({
    method: 'DELETE',
    url: `/api/users/${id}`,
    payload,
    ...(token ? { headers: bearer(token) } : {}),
  });
}

async function auditRowCount() {
  const [row] = await db()
    .select({ n: sql<number>`count(*)::int` })
    .from(auditLog);
  return row?.n ?? 0;
}

function fieldPaths(res: { json(): unknown }): string[] {
  const body = res.json() as { error: { details?: { path: string }[] } };
  return (body.error.details ?? []).map((d) => d.path);
}

const requirementsOf = (id: string, token: string) =>
  t.app.inject({ url: `/api/users/${id}/deletion`, headers: bearer(token) });

describe('account deletion refusals', () => {
  it('refuses someone else (403) and a signed-out caller (401)', async () => {
    const owner = await registerUser(t.app);
    const other = await registerUser(t.app);
    const before = await userRowCounts(db(), owner.user.id);
    const foreign = await deleteRequest(
      owner.user.id,
      { password: STRONG_PASSWORD },
      other.accessToken,
    );
    expect(foreign.statusCode).toBe(403);
    const anonymous = await deleteRequest(owner.user.id, { password: STRONG_PASSWORD });
    expect(anonymous.statusCode).toBe(401);
    expect((await requirementsOf(owner.user.id, other.accessToken)).statusCode).toBe(403);
    expect(await userRowCounts(db(), owner.user.id)).toEqual(before);
  });

  it('answers a missing, wrong or malformed confirmation with 400 on the field and changes nothing', async () => {
    clock.advance(60 * 60_000); // past earlier tests' failure windows
    const user = await userWithEverything(t.app, db(), clock);
    const id = user.user.id;
    const before = await userRowCounts(db(), id);
    expect(Object.values(before).every((n) => n > 0)).toBe(true);
    const audits = await auditRowCount();
    const token = user.accessToken;
    expect((await requirementsOf(id, token)).json()).toEqual({
      confirmWith: 'password',
      twoFactor: true,
      signedInRecently: true,
    });

    const cases: [object, string][] = [
      [{}, 'body.password'],
      [{ password: 'not-the-password', code: totpCode(user.secret, clock.now()) }, 'body.password'],
      [{ password: STRONG_PASSWORD }, 'body.code'],
      [{ password: STRONG_PASSWORD, code: '000000' }, 'body.code'],
      [{ password: STRONG_PASSWORD, backupCode: 'wrong-backup-code' }, 'body.backupCode'],
      [{ password: STRONG_PASSWORD, code: '123456', backupCode: user.backupCodes[1] }, 'body.code'],
      [{ password: STRONG_PASSWORD, code: 'abc' }, 'body.code'],
      [{ password: STRONG_PASSWORD, extra: true }, 'body'],
    ];
    for (const [payload, path] of cases) {
      const res = await deleteRequest(id, payload, token);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(
        fieldPaths(res).some((p) => p === path || p.startsWith(`${path}.`)),
        res.body,
      ).toBe(true);
    }
    expect(await userRowCounts(db(), id)).toEqual(before);
    expect(await auditRowCount()).toBe(audits);
    const me = await t.app.inject({ url: '/api/auth/me', headers: bearer(token) });
    expect(me.statusCode).toBe(200);
  });

  it('counts wrong passwords like failed logins: after five, the account must wait', async () => {
    clock.advance(60 * 60_000);
    const user = await registerUser(t.app);
    for (let i = 0; i < 5; i++) {
      const res = await deleteRequest(user.user.id, { password: `wrong-${i}` }, user.accessToken);
      expect(res.statusCode).toBe(400);
    }
    const locked = await deleteRequest(
      user.user.id,
      { password: STRONG_PASSWORD },
      user.accessToken,
    );
    expect(locked.statusCode).toBe(429);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: user.input.username, password: STRONG_PASSWORD, transport: 'api' },
    });
    expect(login.statusCode).toBe(429);
    const [still] = await db().select().from(users).where(eq(users.id, user.user.id));
    expect(still?.username).toBe(user.input.username);
  });

  it('keeps the last admin, who must hand the role on first (409)', async () => {
    const admin = await registerUser(t.app);
    await db()
      .update(users)
      .set({ roles: ['admin'] })
      .where(eq(users.id, admin.user.id));
    await t.platform.cache.invalidateGroup(userCacheGroup(admin.user.id));
    const res = await deleteRequest(
      admin.user.id,
      { password: STRONG_PASSWORD },
      admin.accessToken,
    );
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('CONFLICT');
    const [still] = await db().select().from(users).where(eq(users.id, admin.user.id));
    expect(still).toBeDefined();
  });
});

describe('account deletion', () => {
  it('removes every row of the user, ends their tokens at once and frees their name and email', async () => {
    clock.advance(60 * 60_000);
    const user = await userWithEverything(t.app, db(), clock);
    const id = user.user.id;
    const onlyToken = await registerUser(t.app);
    // What an admin did to them, and what they did (as an admin) to someone else.
    const roles = { before: ['student'], after: ['mentor'] };
    const change = { action: 'admin.roles.change', targetType: 'user', details: roles } as const;
    await recordAudit(
      db(),
      { ...change, actorId: onlyToken.user.id, targetId: id, ip: '10.0.0.9' },
      clock.now(),
    );
    await recordAudit(
      db(),
      { ...change, actorId: id, targetId: onlyToken.user.id, ip: '10.0.0.7' },
      clock.now(),
    );
    // The session state is cached now, as for any user making requests.
    const live = await t.app.inject({
      url: '/api/auth/sessions',
      headers: bearer(user.accessToken),
    });
    expect(live.statusCode).toBe(200);
    const audits = await auditRowCount();

    const res = await deleteRequest(
      id,
      { password: STRONG_PASSWORD, code: totpCode(user.secret, clock.now()) },
      user.accessToken,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ deleted: true });
    for (const key of user.files) expect(await t.platform.storage.exists(key)).toBe(false);
    expect(await auditRowCount()).toBe(audits + 1);
    // The history stays (plus one entry), without anything that points to the person.
    const [deleted] = await db()
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'account.deleted'));
    expect(deleted).toMatchObject({ actorId: null, targetType: 'user', targetId: null, ip: '' });
    const everything = JSON.stringify(await db().select().from(auditLog));
    for (const trace of [id, user.input.username, user.input.email, user.revokedSessionId]) {
      expect(everything.toLowerCase()).not.toContain(trace.toLowerCase());
    }
    expect(everything).toContain('auth.login.failure');
    const changes = await db()
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'admin.roles.change'));
    expect(changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          actorId: onlyToken.user.id,
          targetId: null,
          ip: '10.0.0.9',
          details: {},
        }),
        expect.objectContaining({
          actorId: null,
          targetId: onlyToken.user.id,
          ip: '',
          details: roles,
        }),
      ]),
    );

    expect(String(res.headers['set-cookie'])).toMatch(
      /careeros_refresh=;.*Expires=Thu, 01 Jan 1970/,
    );

    const counts = await userRowCounts(db(), id);
    expect(Object.keys(counts).length).toBeGreaterThanOrEqual(9);
    expect(Object.entries(counts).filter(([, n]) => n !== 0)).toEqual([]);

    // The sessions list reads no user row: only the dropped session state refuses it.
    const ended = await t.app.inject({
      url: '/api/auth/sessions',
      headers: bearer(user.accessToken),
    });
    expect(ended.statusCode).toBe(401);
    const refresh = await t.app.inject({
      method: 'POST',
      url: '/api/auth/refresh',
      payload: { refreshToken: user.refreshToken },
    });
    expect(refresh.statusCode).toBe(401);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: user.input.username, password: STRONG_PASSWORD, transport: 'api' },
    });
    expect(login.statusCode).toBe(401);

    const again = await registerUser(t.app, {
      username: user.input.username.toUpperCase(),
      email: user.input.email,
    });
    expect(again.user.id).not.toBe(id);

    // Someone else's account is untouched.
    const other = await t.app.inject({
      url: '/api/auth/me',
      headers: bearer(onlyToken.accessToken),
    });
    expect(other.statusCode).toBe(200);
  });

  it("deletes the user's files from storage and leaves other users' files", async () => {
    const user = await registerUser(t.app);
    const other = await registerUser(t.app);
    const keyOf = (userId: string) => `test-files/${userId}/cv.txt`;
    for (const owner of [user, other]) {
      await t.platform.storage.put(keyOf(owner.user.id), Buffer.from('cv'), {
        contentType: 'text/plain',
      });
    }
    const files: UserDataSection = {
      name: 'testFiles',
      tables: [],
      export: async () => null,
      files: async (_db, userId) => [keyOf(userId)],
    };
    const [sessionId] = await userSessionIds(db(), user.user.id);
    const result = await deleteAccount(
      {
        database: t.platform.database,
        storage: t.platform.storage,
        cache: t.platform.cache,
        encryptionKey: t.platform.secrets.encryptionKey,
        publicUrl: t.config.publicUrl,
        now: clock.now,
        logger: { warn: () => undefined },
        sections: [...userDataSections, files],
      },
      { userId: user.user.id, sessionId: sessionId ?? '' },
      { password: STRONG_PASSWORD },
    );
    expect(result).toEqual({ files: 1 });
    expect(await t.platform.storage.exists(keyOf(user.user.id))).toBe(false);
    expect(await t.platform.storage.exists(keyOf(other.user.id))).toBe(true);
  });
});

describe('deleting an account without a password', () => {
  /** An account made by a provider sign-in, with a session signed in `minutesAgo`. */
  async function providerOnlyUser(minutesAgo: number) {
    const n = crypto.randomUUID().slice(0, 8);
    const [user] = await db()
      .insert(users)
      .values({ username: `oauth_${n}`, email: `oauth_${n}@example.org`, passwordHash: null })
      .returning();
    if (!user) throw new Error('insert failed');
    const signedInAt = new Date(clock.now().getTime() - minutesAgo * 60_000);
    const session = await createSession(
      db(),
      { lifetimes: t.config.auth, now: () => signedInAt },
      user,
      { userAgent: '', ip: '' },
    );
    const keys = accessTokenKeys(t.platform.secrets.jwtSecret, t.config.publicUrl);
    const access = await signAccessToken(
      keys,
      { userId: user.id, sessionId: session.sessionId, roles: ['student'] },
      clock.now(),
      t.config.auth.accessTokenMs,
    );
    return { user, token: access.token };
  }

  it('asks for the username typed out, from a session signed in within 15 minutes', async () => {
    const stale = await providerOnlyUser(20);
    expect((await requirementsOf(stale.user.id, stale.token)).json()).toEqual({
      confirmWith: 'username',
      twoFactor: false,
      signedInRecently: false,
    });
    const missing = await deleteRequest(stale.user.id, {}, stale.token);
    expect(missing.statusCode).toBe(400);
    expect(fieldPaths(missing)).toEqual(['body.confirmUsername']);
    const wrong = await deleteRequest(
      stale.user.id,
      { confirmUsername: 'someone-else' },
      stale.token,
    );
    expect(wrong.statusCode).toBe(400);
    expect(fieldPaths(wrong)).toEqual(['body.confirmUsername']);
    const old = await deleteRequest(
      stale.user.id,
      { confirmUsername: stale.user.username },
      stale.token,
    );
    expect(old.statusCode).toBe(403);
    expect(old.json().error.message).toMatch(/15 minutes/);
    expect((await userRowCounts(db(), stale.user.id)).users).toBe(1);

    const fresh = await providerOnlyUser(5);
    expect((await requirementsOf(fresh.user.id, fresh.token)).json()).toMatchObject({
      confirmWith: 'username',
      signedInRecently: true,
    });
    const done = await deleteRequest(
      fresh.user.id,
      { confirmUsername: fresh.user.username.toUpperCase() },
      fresh.token,
    );
    expect(done.statusCode, done.body).toBe(200);
    expect((await userRowCounts(db(), fresh.user.id)).users).toBe(0);
  });
});
