import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TRole } from '../../../contracts/auth.js';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { bearer, registerUser, STRONG_PASSWORD } from '../auth/auth-test-helpers.js';
import { users } from '../users/users.tables.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

async function userWithRoles(roles: TRole[]) {
  const user = await registerUser(t.app);
  await t.platform.database.db.update(users).set({ roles }).where(eq(users.id, user.user.id));
  return user;
}

describe('admin endpoints, by role', () => {
  it('answer according to the permission matrix', async () => {
    const target = await registerUser(t.app);
    const endpoints = [
      { method: 'GET', url: '/api/admin/users', allowed: ['moderator', 'admin'] },
      {
        method: 'PUT',
        url: `/api/admin/users/${target.user.id}/roles`,
        payload: { roles: ['student', 'mentor'] },
        allowed: ['admin'],
      },
      { method: 'POST', url: `/api/admin/users/${target.user.id}/reactivate`, allowed: ['admin'] },
      { method: 'GET', url: '/api/admin/audit', allowed: ['admin'] },
    ] as const;
    const actors: Record<string, string | undefined> = { anonymous: undefined };
    for (const role of ['student', 'mentor', 'moderator', 'admin'] as const) {
      actors[role] = (
        await userWithRoles(role === 'student' ? ['student'] : ['student', role])
      ).accessToken;
    }
    for (const endpoint of endpoints) {
      for (const [role, token] of Object.entries(actors)) {
        const res = await t.app.inject({
          method: endpoint.method,
          url: endpoint.url,
          ...('payload' in endpoint ? { payload: endpoint.payload } : {}),
          ...(token ? { headers: bearer(token) } : {}),
        });
        const expected = !token
          ? 401
          : (endpoint.allowed as readonly string[]).includes(role)
            ? 200
            : 403;
        expect(res.statusCode, `${role} ${endpoint.method} ${endpoint.url}`).toBe(expected);
      }
    }
  });
});

describe('user administration', () => {
  it('lists and filters users', async () => {
    const admin = await userWithRoles(['student', 'admin']);
    const mentor = await userWithRoles(['student', 'mentor']);
    const byRole = await t.app.inject({
      url: '/api/admin/users?role=mentor&limit=100',
      headers: bearer(admin.accessToken),
    });
    const ids = byRole.json().items.map((u: { id: string }) => u.id);
    expect(ids).toContain(mentor.user.id);
    expect(ids).not.toContain(admin.user.id);
    const byText = await t.app.inject({
      url: `/api/admin/users?q=${mentor.input.username}`,
      headers: bearer(admin.accessToken),
    });
    expect(byText.json().total).toBe(1);
    const invalid = await t.app.inject({
      url: '/api/admin/users?role=wizard',
      headers: bearer(admin.accessToken),
    });
    expect(invalid.statusCode).toBe(400);
  });

  it('changes roles with effect on the next request, audited', async () => {
    const admin = await userWithRoles(['student', 'admin']);
    const member = await registerUser(t.app);
    const denied = await t.app.inject({
      url: '/api/admin/users',
      headers: bearer(member.accessToken),
    });
    expect(denied.statusCode).toBe(403);
    const change = await t.app.inject({
      method: 'PUT',
      url: `/api/admin/users/${member.user.id}/roles`,
      headers: bearer(admin.accessToken),
      payload: { roles: ['student', 'moderator'] },
    });
    expect(change.json().roles).toEqual(['student', 'moderator']);
    // The same access token now carries the new rights.
    const allowed = await t.app.inject({
      url: '/api/admin/users',
      headers: bearer(member.accessToken),
    });
    expect(allowed.statusCode).toBe(200);
    const audit = await t.app.inject({
      url: `/api/admin/audit?action=admin.roles.change&actorId=${admin.user.id}`,
      headers: bearer(admin.accessToken),
    });
    expect(audit.json().items[0]).toMatchObject({
      targetId: member.user.id,
      details: { before: ['student'], after: ['student', 'moderator'] },
    });
  });

  it('refuses unknown roles and mass-assigned fields', async () => {
    const admin = await userWithRoles(['student', 'admin']);
    const member = await registerUser(t.app);
    for (const payload of [
      { roles: ['wizard'] },
      { roles: [] },
      { roles: ['admin'], status: 'active' },
    ]) {
      const res = await t.app.inject({
        method: 'PUT',
        url: `/api/admin/users/${member.user.id}/roles`,
        headers: bearer(admin.accessToken),
        payload,
      });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
    }
    const me = await t.app.inject({ url: '/api/auth/me', headers: bearer(member.accessToken) });
    expect(me.json().roles).toEqual(['student']);
  });

  it('suspends an account at once, and reactivates it', async () => {
    const admin = await userWithRoles(['student', 'admin']);
    const member = await registerUser(t.app);
    const suspended = await t.app.inject({
      method: 'POST',
      url: `/api/admin/users/${member.user.id}/suspend`,
      headers: bearer(admin.accessToken),
      payload: { reason: 'spam' },
    });
    expect(suspended.json().status).toBe('suspended');
    expect(
      (await t.app.inject({ url: '/api/auth/me', headers: bearer(member.accessToken) })).statusCode,
    ).toBe(401);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: member.input.username, password: STRONG_PASSWORD },
    });
    expect(login.statusCode).toBe(403);

    const self = await t.app.inject({
      method: 'POST',
      url: `/api/admin/users/${admin.user.id}/suspend`,
      headers: bearer(admin.accessToken),
    });
    expect(self.statusCode).toBe(409);

    await t.app.inject({
      method: 'POST',
      url: `/api/admin/users/${member.user.id}/reactivate`,
      headers: bearer(admin.accessToken),
    });
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: member.input.username, password: STRONG_PASSWORD },
    });
    expect(again.statusCode).toBe(200);
  });

  it('keeps at least one admin', async () => {
    // Make this the only active admin by suspending every other one first.
    const admin = await userWithRoles(['student', 'admin']);
    const others = await t.platform.database.db.select().from(users);
    for (const other of others) {
      if (other.id !== admin.user.id && other.roles.includes('admin')) {
        await t.platform.database.db
          .update(users)
          .set({ roles: ['student'] })
          .where(eq(users.id, other.id));
      }
    }
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/admin/users/${admin.user.id}/roles`,
      headers: bearer(admin.accessToken),
      payload: { roles: ['student'] },
    });
    expect(res.statusCode).toBe(409);
  });

  it('answers 404 for an unknown user', async () => {
    const admin = await userWithRoles(['student', 'admin']);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/admin/users/00000000-0000-4000-8000-000000000000/reactivate',
      headers: bearer(admin.accessToken),
    });
    expect(res.statusCode).toBe(404);
  });
});

describe('audit log browsing', () => {
  it('filters by target and names the actor and the target user', async () => {
    const admin = await userWithRoles(['student', 'admin']);
    const member = await registerUser(t.app);
    const other = await registerUser(t.app);
    for (const id of [member.user.id, other.user.id]) {
      await t.app.inject({
        method: 'POST',
        url: `/api/admin/users/${id}/suspend`,
        headers: bearer(admin.accessToken),
        payload: { reason: 'testing' },
      });
    }
    const res = await t.app.inject({
      url: `/api/admin/audit?targetId=${member.user.id}`,
      headers: bearer(admin.accessToken),
    });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as Record<string, unknown>[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((entry) => entry.targetId === member.user.id)).toBe(true);
    expect(items.find((entry) => entry.action === 'admin.user.suspend')).toMatchObject({
      actorId: admin.user.id,
      actorUsername: admin.input.username,
      targetUsername: member.input.username,
      details: { reason: 'testing' },
    });
  });

  it('refuses unknown actions and backwards date ranges with the field named', async () => {
    const admin = await userWithRoles(['student', 'admin']);
    for (const [query, field] of [
      ['action=auth.nonsense', 'querystring.action'],
      ['since=2026-02-01T00:00:00Z&until=2026-01-01T00:00:00Z', 'querystring.since'],
      ['until=yesterday', 'querystring.until'],
    ] as const) {
      const res = await t.app.inject({
        url: `/api/admin/audit?${query}`,
        headers: bearer(admin.accessToken),
      });
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.details.map((d: { path: string }) => d.path)).toContain(field);
    }
  });
});

describe('permissions of the signed-in user', () => {
  it('follow the roles, so clients can hide what will be refused', async () => {
    const expected: [TRole[], string[]][] = [
      [['student'], []],
      [
        ['student', 'moderator'],
        ['users:list', 'moderation:act'],
      ],
      [
        ['student', 'admin'],
        [
          'users:list',
          'users:manage-roles',
          'users:suspend',
          'audit:read',
          'moderation:act',
          'mentorship:offer',
        ],
      ],
    ];
    for (const [roles, permissions] of expected) {
      const user = await userWithRoles(roles);
      const me = await t.app.inject({ url: '/api/auth/me', headers: bearer(user.accessToken) });
      expect(me.json().permissions, roles.join()).toEqual(permissions);
    }
  });
});

describe('audit log date range', () => {
  it('keeps only events inside it', async () => {
    const admin = await userWithRoles(['student', 'admin']);
    const count = async (query: string) => {
      const res = await t.app.inject({
        url: `/api/admin/audit?actorId=${admin.user.id}&${query}`,
        headers: bearer(admin.accessToken),
      });
      expect(res.statusCode, query).toBe(200);
      return res.json().total as number;
    };
    const hourAgo = new Date(Date.now() - 3600_000).toISOString();
    const inAnHour = new Date(Date.now() + 3600_000).toISOString();
    expect(await count(`since=${hourAgo}&until=${inAnHour}`)).toBeGreaterThan(0);
    expect(await count(`since=${inAnHour}`)).toBe(0);
    expect(await count(`until=${hourAgo}`)).toBe(0);
  });
});
