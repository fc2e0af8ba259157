import { Redis } from 'ioredis';
import { createFailoverCache } from './failover-cache.js';
import { DEFAULT_CACHE_KEY_PREFIX } from './keys.js';
import { createMemoryCache } from './memory-cache.js';
import { createRedisCache } from './redis-cache.js';
import type { Cache, CacheLogger } from './types.js';

export type { Cache, CacheLogger, CacheSetOptions } from './types.js';
export { cacheGroups, cacheKeys, DEFAULT_CACHE_KEY_PREFIX } from './keys.js';
export { createMemoryCache, type MemoryCache } from './memory-cache.js';

export interface CreateCacheOptions {
  /** Redis with in-memory failover when set; memory only otherwise. */
  redisUrl?: string;
  keyPrefix?: string;
  /** Size of the in-memory LRU (also the fallback during a Redis outage). */
  maxEntries?: number;
  logger: CacheLogger;
}

/** Caps reconnect backoff so recovery is noticed within a couple of seconds. */
const MAX_RECONNECT_DELAY_MS = 2_000;

export function createCache(opts: CreateCacheOptions): Cache {
  const memory = createMemoryCache({ maxEntries: opts.maxEntries });
  if (!opts.redisUrl) return memory;

  const client = new Redis(opts.redisUrl, {
    // Fail fast instead of queueing: a cache call should never wait for Redis to come back.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: 500,
    connectTimeout: 1_000,
    retryStrategy: (times) => Math.min(50 * 2 ** Math.min(times, 10), MAX_RECONNECT_DELAY_MS),
    connectionName: 'careeros-cache',
  });
  const redis = createRedisCache({
    client,
    keyPrefix: opts.keyPrefix ?? DEFAULT_CACHE_KEY_PREFIX,
  });
  return createFailoverCache({ client, redis, memory, logger: opts.logger });
}
