import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgresServer, type PostgresServer } from './test/postgres-server.js';
import { startRedisServer } from './test/redis-server.js';
import { startApp, timedFetch, waitFor, type RunningApp } from './test/running-app.js';

// Real PostgreSQL and Redis of this file's own, so it can stop and restart them.
let postgres: PostgresServer;
let redis: Awaited<ReturnType<typeof startRedisServer>>;
let running: RunningApp;
let n = 0;
const unique = () => `q=fault-${++n}-${Date.now()}`;

beforeAll(async () => {
  [postgres, redis] = await Promise.all([startPostgresServer(), startRedisServer()]);
  running = await startApp({
    DATABASE_URL: postgres.url,
    REDIS_URL: redis.url,
    RATE_LIMIT_PER_MINUTE: '100000',
  });
}, 60_000);

afterAll(async () => {
  await running?.close();
  await redis?.stop();
  await postgres?.destroy();
});

describe('Redis stopped while requests run', () => {
  it('keeps answering from memory and goes back to Redis when it returns', async () => {
    const url = (path: string) => `${running.baseUrl}${path}`;
    expect((await timedFetch(url('/api/skills?q=python'))).status).toBe(200);
    expect(running.platform.cache.backend).toBe('redis');

    await redis.stop();
    for (let i = 0; i < 20; i++) {
      const cached = await timedFetch(url('/api/skills?q=python'));
      const fresh = await timedFetch(url(`/api/skills?${unique()}`));
      expect(cached.status).toBe(200);
      expect(fresh.status).toBe(200);
      expect(Math.max(cached.ms, fresh.ms)).toBeLessThan(1000);
    }
    expect(running.platform.cache.backend).toBe('memory');
    const ready = await timedFetch(url('/ready'));
    expect(ready.status).toBe(503);
    expect(ready.body).toMatchObject({ checks: { cache: { ok: false }, database: { ok: true } } });

    await redis.start();
    await waitFor(() => running.platform.cache.backend === 'redis', 15_000);
    expect((await timedFetch(url(`/api/skills?${unique()}`))).status).toBe(200);
    await waitFor(async () => (await timedFetch(url('/ready'))).status === 200, 10_000);
  });

  it('keeps rate limiting from memory', async () => {
    const limited = await startApp({
      DATABASE_URL: postgres.url,
      REDIS_URL: redis.url,
      RATE_LIMIT_PER_MINUTE: '3',
    });
    try {
      await redis.stop();
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        statuses.push((await timedFetch(`${limited.baseUrl}/api/skills/python`)).status);
      }
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
    } finally {
      await redis.start();
      await limited.close();
    }
  });
});

describe('PostgreSQL stopped', () => {
  it('answers 503 within a second, then serves again without a restart', async () => {
    const url = (path: string) => `${running.baseUrl}${path}`;
    expect((await timedFetch(url('/api/skills/python'))).status).toBe(200);

    await postgres.stop();
    const ready = await timedFetch(url('/ready'));
    expect(ready.status).toBe(503);
    expect(ready.ms).toBeLessThan(1000);
    expect(ready.body).toMatchObject({ checks: { database: { ok: false } } });
    for (let i = 0; i < 5; i++) {
      const read = await timedFetch(url(`/api/skills?${unique()}`));
      expect(read.status).toBe(503);
      expect(read.ms).toBeLessThan(1000);
      expect(read.body).toMatchObject({ error: { code: 'SERVICE_UNAVAILABLE' } });
    }
    const health = await timedFetch(url('/health'));
    expect(health.status).toBe(200);

    await postgres.start();
    await waitFor(async () => (await timedFetch(url('/ready'))).status === 200, 15_000);
    const back = await timedFetch(url('/api/skills/python'));
    expect(back.status).toBe(200);
  });
});
