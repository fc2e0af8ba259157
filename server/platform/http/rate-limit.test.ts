import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { budgetFor } from './rate-limit.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '5' });
});
afterAll(() => t.close());

describe('rate limits', () => {
  it('gives routes their budgets', () => {
    expect(budgetFor('/api/ai/chat', 60)).toBe(10);
    expect(budgetFor('/api/uploads/avatar', 60)).toBe(5);
    expect(budgetFor('/api/messages/thread', 60)).toBe(100);
    expect(budgetFor('/api/skills', 60)).toBe(60);
  });

  it('answers 429 with Retry-After once an IP spends its budget, per IP', async () => {
    // Counters may live in a shared Redis: a fresh address per run keeps runs apart.
    const [a, b] = randomBytes(2);
    const ip = `198.18.${a}.${b}`;
    for (let i = 0; i < 5; i++) {
      const ok = await t.app.inject({ url: '/api/skills/javascript', remoteAddress: ip });
      expect(ok.statusCode).not.toBe(429);
      expect(ok.headers['x-ratelimit-remaining']).toBe(String(4 - i));
    }
    const limited = await t.app.inject({ url: '/api/skills/javascript', remoteAddress: ip });
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(JSON.parse(limited.body).error.code).toBe('RATE_LIMITED');

    const otherIp = await t.app.inject({
      url: '/api/skills/javascript',
      remoteAddress: `198.19.${a}.${b}`,
    });
    expect(otherIp.statusCode).toBe(200);
  });

  it('does not limit health checks', async () => {
    for (let i = 0; i < 8; i++) {
      const res = await t.app.inject({ url: '/health', remoteAddress: '203.0.113.9' });
      expect(res.statusCode).toBe(200);
    }
  });
});
