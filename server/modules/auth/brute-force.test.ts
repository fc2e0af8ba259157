import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { auditLog } from '../audit/audit.tables.js';
import { registerUser, STRONG_PASSWORD } from './auth-test-helpers.js';

let nowMs = Date.parse('2026-06-01T08:00:00Z');
let t: TestApp;
beforeAll(async () => {
  // Real budgets here (the other suites scale them up).
  t = await buildTestApp({ RATE_LIMIT_SCALE: '1' }, { now: () => new Date(nowMs) });
});
afterAll(() => t.close());

/** A fresh client address per test keeps the per-IP limits of tests apart. */
const newIp = () => `198.18.${randomBytes(1)[0]}.${randomBytes(1)[0]}`;

function login(login: string, password: string, ip: string, headers: Record<string, string> = {}) {
  return t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress: ip,
    headers,
    payload: { login, password },
  });
}

describe('per-account protection', () => {
  it('makes attempts after five failures wait, then lets the owner in', async () => {
    const ip = newIp();
    const user = await registerUser(t.app);
    for (let i = 0; i < 5; i++) {
      expect((await login(user.input.username, 'wrong-password', ip)).statusCode).toBe(401);
    }
    // Five failures are free; now a wait applies, even with the right password, and is announced.
    const blocked = await login(user.input.username, STRONG_PASSWORD, ip);
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThanOrEqual(1);

    nowMs += 3_000;
    const allowed = await login(user.input.email, STRONG_PASSWORD, ip);
    expect(allowed.statusCode).toBe(200);
    // Success clears the record: a later mistake starts from scratch.
    expect((await login(user.input.username, 'wrong-password', ip)).statusCode).toBe(401);
    expect((await login(user.input.username, STRONG_PASSWORD, ip)).statusCode).toBe(200);
  });

  it('caps the wait at 15 minutes', async () => {
    const ip = newIp();
    const user = await registerUser(t.app);
    for (let i = 0; i < 20; i++) {
      await login(user.input.username, 'wrong-password', ip);
      nowMs += 16 * 60_000; // each attempt after the previous wait has passed
    }
    nowMs -= 16 * 60_000;
    await login(user.input.username, 'wrong-password', newIp());
    const res = await login(user.input.username, STRONG_PASSWORD, newIp());
    expect(res.statusCode).toBe(429);
    expect(Number(res.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
    nowMs += 15 * 60_000 + 1_000;
    expect((await login(user.input.username, STRONG_PASSWORD, newIp())).statusCode).toBe(200);
  });
});

describe('per-address protection', () => {
  it('limits a burst of login attempts from one address, whatever X-Forwarded-For says', async () => {
    const ip = newIp();
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) {
      const res = await login(`nobody-${i}`, 'wrong-password', ip, {
        'x-forwarded-for': `203.0.113.${i}`,
      });
      statuses.push(res.statusCode);
    }
    expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
    expect(statuses[30]).toBe(429);
    // Another address is not affected.
    expect((await login('nobody', 'wrong-password', newIp())).statusCode).toBe(401);
  });
});

describe('audit log', () => {
  it('records successful and failed logins with the address', async () => {
    const ip = newIp();
    const user = await registerUser(t.app);
    await login(user.input.username, 'wrong-password', ip);
    await login(user.input.username, STRONG_PASSWORD, ip);
    const rows = await t.platform.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.ip, ip)));
    const actions = rows.map((r) => r.action).sort();
    expect(actions).toEqual(['auth.login.failure', 'auth.login.success']);
    expect(rows.find((r) => r.action === 'auth.login.success')?.actorId).toBe(user.user.id);
    expect(JSON.stringify(rows)).not.toContain(STRONG_PASSWORD);
  });
});
