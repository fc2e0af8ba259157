import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCache } from './index.js';
import { createMemoryCache } from './memory-cache.js';
import { createRedisCache } from './redis-cache.js';
import type { Cache } from './types.js';

const redisUrl = process.env.REDIS_URL;
const logger = pino({ level: 'silent' });

interface Backend {
  name: string;
  expectBackend: Cache['backend'];
  open(): Promise<{ cache: Cache; prefix: string; cleanup(): Promise<void> }>;
}

const backends: Backend[] = [
  {
    name: 'memory',
    expectBackend: 'memory',
    async open() {
      const cache = createMemoryCache({ maxEntries: 5_000 });
      return { cache, prefix: '', cleanup: () => cache.close() };
    },
  },
];

if (redisUrl) {
  // Each test gets its own prefix so runs never see each other's keys.
  const prefix = () => `careeros-test:${randomUUID()}:`;
  backends.push(
    {
      name: 'redis',
      expectBackend: 'redis',
      async open() {
        const client = new Redis(redisUrl);
        const keyPrefix = prefix();
        const cache = createRedisCache({ client, keyPrefix });
        return { cache, prefix: keyPrefix, cleanup: () => client.quit().then(() => undefined) };
      },
    },
    {
      name: 'redis with memory failover',
      expectBackend: 'redis',
      async open() {
        const keyPrefix = prefix();
        const cache = createCache({ redisUrl, keyPrefix, logger });
        await vi.waitFor(() => expect(cache.backend).toBe('redis'), { timeout: 5_000 });
        return { cache, prefix: keyPrefix, cleanup: () => cache.close() };
      },
    },
  );
}

describe.each(backends)('cache: $name', (backend) => {
  let cache: Cache;
  let prefix: string;
  let cleanup: () => Promise<void>;

  beforeEach(async () => {
    ({ cache, prefix, cleanup } = await backend.open());
  });
  afterEach(async () => {
    // A silent fallback to memory would make a Redis run meaningless.
    expect(cache.backend).toBe(backend.expectBackend);
    await cleanup();
  });

  it('returns undefined for a missing key', async () => {
    expect(await cache.get('nope')).toBeUndefined();
  });

  it('stores JSON values and returns copies', async () => {
    const value = { name: 'Ada', tags: ['a', 'b'], n: 1, ok: true, nothing: null };
    await cache.set('user:1:profile', value, 60);
    const read = await cache.get<typeof value>('user:1:profile');
    expect(read).toEqual(value);
    read?.tags.push('c');
    expect(await cache.get('user:1:profile')).toEqual(value);

    await cache.set('when', { at: new Date('2024-05-01T10:00:00Z') }, 60);
    expect(await cache.get('when')).toEqual({ at: '2024-05-01T10:00:00.000Z' });
    await cache.set('falsy', 0, 60);
    expect(await cache.get('falsy')).toBe(0);
  });

  it('overwrites a key', async () => {
    await cache.set('k', 'one', 60);
    await cache.set('k', 'two', 60);
    expect(await cache.get('k')).toBe('two');
  });

  it('expires entries after their TTL', async () => {
    await cache.set('short', 'x', 0.2);
    await cache.set('long', 'y', 60);
    expect(await cache.get('short')).toBe('x');
    await sleep(350);
    expect(await cache.get('short')).toBeUndefined();
    expect(await cache.get('long')).toBe('y');
  });

  it('rejects a non-positive TTL', async () => {
    await expect(cache.set('k', 1, 0)).rejects.toThrow(RangeError);
  });

  it('deletes a key', async () => {
    await cache.set('a', 1, 60);
    await cache.set('b', 2, 60);
    await cache.delete('a');
    await cache.delete('never-set');
    expect(await cache.get('a')).toBeUndefined();
    expect(await cache.get('b')).toBe(2);
  });

  it('invalidates every key of a group and nothing else', async () => {
    await cache.set('a', 1, 60, { groups: ['g1'] });
    await cache.set('b', 2, 60, { groups: ['g1', 'g2'] });
    await cache.set('c', 3, 60, { groups: ['g2'] });
    await cache.set('d', 4, 60);

    await cache.invalidateGroup('g1');
    expect(await cache.get('a')).toBeUndefined();
    expect(await cache.get('b')).toBeUndefined();
    expect(await cache.get('c')).toBe(3);
    expect(await cache.get('d')).toBe(4);

    await cache.invalidateGroup('g2');
    expect(await cache.get('c')).toBeUndefined();
    expect(await cache.get('d')).toBe(4);

    await cache.invalidateGroup('unknown-group');
    // The group is usable again after an invalidation.
    await cache.set('a', 5, 60, { groups: ['g1'] });
    expect(await cache.get('a')).toBe(5);
    await cache.invalidateGroup('g1');
    expect(await cache.get('a')).toBeUndefined();
  });

  it('invalidates large groups completely (batched)', async () => {
    const keys = Array.from({ length: 1_200 }, (_, i) => `course:${i}:details`);
    await Promise.all(keys.map((key, i) => cache.set(key, i, 60, { groups: ['big'] })));
    expect(await cache.get('course:1199:details')).toBe(1_199);
    await cache.invalidateGroup('big');
    const left = await Promise.all(keys.map((key) => cache.get(key)));
    expect(left.filter((v) => v !== undefined)).toEqual([]);
  });

  it('remember runs one loader for concurrent misses and then serves the cached value', async () => {
    let calls = 0;
    const loader = async () => {
      calls++;
      await sleep(50);
      return { computed: calls };
    };
    const results = await Promise.all(
      Array.from({ length: 10 }, () => cache.remember('stats', 60, loader)),
    );
    expect(calls).toBe(1);
    expect(results).toEqual(Array.from({ length: 10 }, () => ({ computed: 1 })));
    expect(await cache.remember('stats', 60, loader)).toEqual({ computed: 1 });
    expect(calls).toBe(1);
    expect(await cache.get('stats')).toEqual({ computed: 1 });
  });

  it('remember does not cache loader errors', async () => {
    let calls = 0;
    const failing = async (): Promise<string> => {
      calls++;
      await sleep(20);
      throw new Error('db down');
    };
    const attempts = await Promise.allSettled([
      cache.remember('flaky', 60, failing),
      cache.remember('flaky', 60, failing),
    ]);
    expect(attempts.map((a) => a.status)).toEqual(['rejected', 'rejected']);
    expect(calls).toBe(1);
    expect(await cache.get('flaky')).toBeUndefined();

    expect(await cache.remember('flaky', 60, async () => 'recovered')).toBe('recovered');
    expect(await cache.get('flaky')).toBe('recovered');
  });

  it('remember attaches groups to what it caches', async () => {
    await cache.remember('user:7:roles', 60, async () => ['admin'], { groups: ['user:7'] });
    expect(await cache.get('user:7:roles')).toEqual(['admin']);
    await cache.invalidateGroup('user:7');
    expect(await cache.get('user:7:roles')).toBeUndefined();
  });

  it('ping succeeds while the backend is reachable', async () => {
    await expect(cache.ping()).resolves.toBeUndefined();
  });

  // Storage layout only exists on Redis; registered for Redis backends only (not a skip).
  if (backend.expectBackend === 'redis') {
    it('stores prefixed keys in Redis and keeps a group set alive as long as its longest member', async () => {
      const probe = new Redis(String(redisUrl));
      try {
        await cache.set('user:1:profile', { a: 1 }, 10, { groups: ['user:1'] });
        expect(JSON.parse((await probe.get(`${prefix}user:1:profile`)) ?? 'null')).toEqual({
          a: 1,
        });
        const groupKey = `${prefix}__group:user:1`;
        expect(await probe.smembers(groupKey)).toEqual([`${prefix}user:1:profile`]);
        expect(await probe.pttl(groupKey)).toBeGreaterThan(9_000);

        await cache.set('user:1:roles', [], 100, { groups: ['user:1'] });
        expect(await probe.pttl(groupKey)).toBeGreaterThan(99_000);
        await cache.set('user:1:other', 1, 5, { groups: ['user:1'] });
        expect(await probe.pttl(groupKey)).toBeGreaterThan(99_000);

        await cache.invalidateGroup('user:1');
        expect(await probe.exists(groupKey, `${prefix}user:1:profile`)).toBe(0);
      } finally {
        await probe.quit();
      }
    });
  }
});

describe('createCache without Redis', () => {
  it('uses the in-memory backend', async () => {
    const cache = createCache({ logger });
    expect(cache.backend).toBe('memory');
    await cache.set('k', 'v', 60);
    expect(await cache.get('k')).toBe('v');
    await cache.close();
  });

  it('evicts least recently used entries beyond maxEntries', async () => {
    const cache = createCache({ logger, maxEntries: 2 });
    await cache.set('a', 1, 60, { groups: ['g'] });
    await cache.set('b', 2, 60);
    await cache.get('a');
    await cache.set('c', 3, 60, { groups: ['g'] });
    expect(await cache.get('b')).toBeUndefined();
    expect(await cache.get('a')).toBe(1);
    expect(await cache.get('c')).toBe(3);
    await cache.invalidateGroup('g');
    expect(await cache.get('a')).toBeUndefined();
    expect(await cache.get('c')).toBeUndefined();
  });
});
