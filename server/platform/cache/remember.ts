import type { CacheSetOptions } from './types.js';

interface GetSet {
  get<T>(key: string): Promise<T | undefined>;
  set<T>(key: string, value: T, ttlSeconds: number, options?: CacheSetOptions): Promise<void>;
}

/**
 * Builds `remember` over a cache's get/set with one loader in flight per key, so a burst of
 * misses on a hot key runs the expensive loader once in this process.
 */
export function createRemember(cache: GetSet) {
  const inFlight = new Map<string, Promise<unknown>>();

  return async function remember<T>(
    key: string,
    ttlSeconds: number,
    loader: () => Promise<T>,
    options?: CacheSetOptions,
  ): Promise<T> {
    const cached = await cache.get<T>(key);
    if (cached !== undefined) return cached;

    const pending = inFlight.get(key);
    if (pending) return pending as Promise<T>;

    const load = (async () => {
      const value = await loader();
      // undefined has no JSON form and would read back as a miss anyway.
      if (value !== undefined) await cache.set(key, value, ttlSeconds, options);
      return value;
    })();
    inFlight.set(key, load);
    try {
      return await load;
    } finally {
      if (inFlight.get(key) === load) inFlight.delete(key);
    }
  };
}
