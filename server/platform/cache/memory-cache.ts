import { LRUCache } from 'lru-cache';
import { createRemember } from './remember.js';
import { prepareEntry, type Cache, type CacheSetOptions } from './types.js';

interface Entry {
  /** Stored as JSON so callers get copies, exactly as with Redis. */
  json: string;
  groups: readonly string[];
}

export interface MemoryCache extends Cache {
  readonly backend: 'memory';
  /** Drops everything (the failover cache calls this when Redis comes back). */
  clear(): void;
}

export const DEFAULT_MAX_ENTRIES = 10_000;

/** In-process LRU with per-entry TTL; groups are tracked in a side index kept in sync on removal. */
export function createMemoryCache(opts: { maxEntries?: number } = {}): MemoryCache {
  const groups = new Map<string, Set<string>>();

  const unlinkFromGroups = (key: string, entry: Entry) => {
    for (const group of entry.groups) {
      const members = groups.get(group);
      members?.delete(key);
      if (members?.size === 0) groups.delete(group);
    }
  };

  const lru = new LRUCache<string, Entry>({
    max: opts.maxEntries ?? DEFAULT_MAX_ENTRIES,
    // Runs on eviction, expiry, delete and overwrite, so the group index never outgrows the LRU.
    dispose: (entry, key) => unlinkFromGroups(key, entry),
  });

  const get = async <T>(key: string): Promise<T | undefined> => {
    const entry = lru.get(key);
    return entry === undefined ? undefined : (JSON.parse(entry.json) as T);
  };

  const set = async <T>(
    key: string,
    value: T,
    ttlSeconds: number,
    options?: CacheSetOptions,
  ): Promise<void> => {
    const { ttl, json, groups: entryGroups } = prepareEntry(key, value, ttlSeconds, options);
    // set() disposes the previous entry first, so re-adding to groups afterwards is safe.
    lru.set(key, { json, groups: entryGroups }, { ttl });
    for (const group of entryGroups) {
      let members = groups.get(group);
      if (!members) groups.set(group, (members = new Set()));
      members.add(key);
    }
  };

  const cache: MemoryCache = {
    backend: 'memory',
    get,
    set,
    async delete(key) {
      lru.delete(key);
    },
    async invalidateGroup(group) {
      const members = groups.get(group);
      if (!members) return;
      for (const key of [...members]) lru.delete(key);
      groups.delete(group);
    },
    remember: createRemember({ get, set }),
    async ping() {},
    async close() {
      cache.clear();
    },
    clear() {
      lru.clear();
      groups.clear();
    },
  };
  return cache;
}
