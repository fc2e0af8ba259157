import type { Redis } from 'ioredis';
import type { MemoryCache } from './memory-cache.js';
import { createRemember } from './remember.js';
import type { Cache, CacheLogger } from './types.js';

/** ReplyError: Redis answered with an error, so the connection itself is fine. */
function isReplyError(err: unknown): boolean {
  return err instanceof Error && err.name === 'ReplyError';
}

const REPLY_ERROR_LOG_INTERVAL_MS = 60_000;

/**
 * Serves from Redis while it is connected and from the in-memory LRU while it is not.
 *
 * - Falls back on the client's close/end events and on any connection-level command failure
 *   (the client is configured to fail fast: no offline queue, no retries, short timeouts).
 * - Returns to Redis on the client's `ready` event and clears the memory fallback then, so
 *   entries written during the outage do not linger.
 * - Writes and invalidations made during an outage only reach memory; Redis keeps whatever it
 *   held before (bounded by each entry's TTL), so data changed during an outage may be served
 *   stale from Redis after recovery until those entries expire.
 * - `ping()` reports Redis as unreachable during an outage even though get/set keep working.
 */
export function createFailoverCache(opts: {
  client: Redis;
  redis: Cache;
  memory: MemoryCache;
  logger: CacheLogger;
}): Cache {
  const { client, redis, memory, logger } = opts;
  let mode: 'redis' | 'memory' = 'memory';
  let warnedDown = false;
  let lastReplyErrorLog = 0;
  let closed = false;

  const fallBack = (reason: unknown) => {
    if (mode === 'memory' && warnedDown) return;
    mode = 'memory';
    warnedDown = true;
    logger.warn({ err: reason }, 'Redis cache unavailable; serving from in-memory cache');
  };

  client.on('ready', () => {
    if (mode === 'redis' || closed) return;
    memory.clear();
    mode = 'redis';
    if (warnedDown) logger.info('Redis cache reachable again; in-memory fallback cleared');
    else logger.debug('Redis cache connected');
    warnedDown = false;
  });
  client.on('close', () => {
    if (!closed) fallBack(new Error('Redis connection closed'));
  });
  // Without a listener ioredis would crash the process; each reconnect attempt emits one.
  client.on('error', (err: Error) => {
    logger.debug({ err }, 'Redis cache client error');
    if (!closed && mode === 'memory' && !warnedDown) fallBack(err);
  });

  const onCommandError = (err: unknown) => {
    if (isReplyError(err)) {
      const now = Date.now();
      if (now - lastReplyErrorLog > REPLY_ERROR_LOG_INTERVAL_MS) {
        lastReplyErrorLog = now;
        logger.warn({ err }, 'Redis cache command failed; using in-memory cache for this call');
      }
      return;
    }
    fallBack(err);
    // A timeout on a live socket (hung server, network black hole) produces no close event;
    // reconnecting turns it into one and lets `ready` tell us when Redis is back.
    if (client.status === 'ready') client.disconnect(true);
  };

  /** Runs on Redis when it is serving, otherwise (or if the call fails) on memory. */
  const route = async <R>(op: (cache: Cache) => Promise<R>): Promise<R> => {
    if (mode === 'redis') {
      try {
        return await op(redis);
      } catch (err) {
        // Programming errors (bad TTL, unserialisable value) are the caller's to see.
        if (err instanceof TypeError || err instanceof RangeError) throw err;
        onCommandError(err);
      }
    }
    return op(memory);
  };

  const get = <T>(key: string) => route((c) => c.get<T>(key));
  const set: Cache['set'] = (key, value, ttlSeconds, options) =>
    route((c) => c.set(key, value, ttlSeconds, options));

  return {
    get backend() {
      return mode;
    },
    get,
    set,
    async delete(key) {
      // Memory too: it may hold entries written while a single Redis call failed.
      await memory.delete(key);
      await route((c) => (c === memory ? Promise.resolve() : c.delete(key)));
    },
    async invalidateGroup(group) {
      await memory.invalidateGroup(group);
      await route((c) => (c === memory ? Promise.resolve() : c.invalidateGroup(group)));
    },
    remember: createRemember({ get, set }),
    async ping() {
      if (mode !== 'redis' || client.status !== 'ready') {
        throw new Error(`Redis cache is unreachable (connection ${client.status})`);
      }
      try {
        await redis.ping();
      } catch (err) {
        onCommandError(err);
        throw err;
      }
    },
    async close() {
      closed = true;
      mode = 'memory';
      await memory.close();
      if (client.status === 'ready') {
        await client.quit().catch(() => client.disconnect());
      } else {
        client.disconnect();
      }
    },
  };
}
