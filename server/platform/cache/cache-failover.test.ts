import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startRedisServer, type TestRedisServer } from '../../test/redis-server.js';
import { createCache } from './index.js';
import type { Cache } from './types.js';

/** Runs one set+get round and fails if it takes longer than the failover budget. */
async function roundTrip(cache: Cache, i: number): Promise<number> {
  const started = performance.now();
  await cache.set(`loop:${i}`, { i }, 60);
  expect(await cache.get(`loop:${i}`)).toEqual({ i });
  const elapsed = performance.now() - started;
  expect(elapsed).toBeLessThan(1_000);
  return elapsed;
}

// Always runs: it starts and kills its own redis-server, independent of REDIS_URL.
describe('cache failover when Redis goes away', () => {
  let server: TestRedisServer;
  let cache: Cache;
  const prefix = `careeros-failover:${randomUUID()}:`;
  const logger = { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() };

  beforeAll(async () => {
    server = await startRedisServer();
    cache = createCache({ redisUrl: server.url, keyPrefix: prefix, logger });
  });
  afterAll(async () => {
    await cache?.close();
    await server?.stop();
  });

  it('serves from memory during an outage and returns to Redis after it', async () => {
    await vi.waitFor(() => expect(cache.backend).toBe('redis'), { timeout: 5_000 });
    for (let i = 0; i < 20; i++) await roundTrip(cache, i);
    await expect(cache.ping()).resolves.toBeUndefined();
    expect(logger.warn).not.toHaveBeenCalled();

    await server.stop();

    // Keep calling through the outage: every call succeeds, each within a second.
    const outageEnds = Date.now() + 2_500;
    let i = 100;
    while (Date.now() < outageEnds) await roundTrip(cache, i++);
    expect(cache.backend).toBe('memory');
    await expect(cache.ping()).rejects.toThrow(/unreachable/);
    await cache.set('written-during-outage', 'stale', 60);
    expect(await cache.get('written-during-outage')).toBe('stale');
    expect(logger.warn).toHaveBeenCalledTimes(1);

    await server.start();
    await vi.waitFor(() => expect(cache.backend).toBe('redis'), { timeout: 10_000, interval: 50 });
    expect(logger.info).toHaveBeenCalledTimes(1);
    await expect(cache.ping()).resolves.toBeUndefined();
    // The memory fallback was cleared; the fresh Redis never saw that key.
    expect(await cache.get('written-during-outage')).toBeUndefined();

    await cache.set('after-recovery', { ok: true }, 60);
    const probe = new Redis(server.url);
    try {
      expect(JSON.parse((await probe.get(`${prefix}after-recovery`)) ?? 'null')).toEqual({
        ok: true,
      });
    } finally {
      await probe.quit();
    }
    expect(logger.warn).toHaveBeenCalledTimes(1);
  }, 30_000);

  it('stays on memory and reports unreachable when Redis is down from the start', async () => {
    const down = await startRedisServer();
    await down.stop();
    const quietLogger = { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const offline = createCache({ redisUrl: down.url, logger: quietLogger });
    try {
      const started = performance.now();
      await offline.set('k', 1, 60);
      expect(await offline.get('k')).toBe(1);
      expect(performance.now() - started).toBeLessThan(1_000);
      expect(offline.backend).toBe('memory');
      await expect(offline.ping()).rejects.toThrow(/unreachable/);
      await vi.waitFor(() => expect(quietLogger.warn).toHaveBeenCalledTimes(1));
      // Further failed reconnects do not add warnings.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(quietLogger.warn).toHaveBeenCalledTimes(1);
    } finally {
      await offline.close();
    }
  }, 15_000);
});

describe('cache failover when Redis hangs', () => {
  let server: TestRedisServer;
  let cache: Cache;
  const logger = { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() };

  beforeAll(async () => {
    server = await startRedisServer();
    cache = createCache({
      redisUrl: server.url,
      keyPrefix: `careeros-hang:${randomUUID()}:`,
      logger,
    });
  });
  afterAll(async () => {
    server?.resume();
    await cache?.close();
    await server?.stop();
  });

  it('times out, serves from memory, and recovers when the server answers again', async () => {
    await vi.waitFor(() => expect(cache.backend).toBe('redis'), { timeout: 5_000 });
    await roundTrip(cache, 0);

    server.pause();
    const outageEnds = Date.now() + 2_000;
    let i = 1;
    while (Date.now() < outageEnds) await roundTrip(cache, i++);
    expect(cache.backend).toBe('memory');
    await expect(cache.ping()).rejects.toThrow(/unreachable/);
    expect(logger.warn).toHaveBeenCalledTimes(1);

    server.resume();
    await vi.waitFor(() => expect(cache.backend).toBe('redis'), { timeout: 10_000, interval: 50 });
    await expect(cache.ping()).resolves.toBeUndefined();
    expect(logger.info).toHaveBeenCalledTimes(1);
  }, 30_000);
});
