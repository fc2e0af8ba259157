import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { DEFAULT_CACHE_KEY_PREFIX } from './keys.js';
import { createRemember } from './remember.js';
import { prepareEntry, type Cache, type CacheSetOptions } from './types.js';

/** How many group members are read (SSCAN COUNT) and unlinked per round trip. */
const INVALIDATE_BATCH = 500;

/**
 * SET the value, add the key to each group's SET and extend each group's expiry to the longest
 * member TTL (PTTL is -1 for a fresh set, -2 for none). Lua keeps it atomic and works on
 * Redis < 7, which lacks PEXPIRE GT/NX.
 * KEYS = [valueKey, ...groupKeys]; ARGV = [json, ttlMs, memberName]
 */
const SET_WITH_GROUPS = `
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
local ttl = tonumber(ARGV[2])
for i = 2, #KEYS do
  redis.call('SADD', KEYS[i], ARGV[3])
  if redis.call('PTTL', KEYS[i]) < ttl then
    redis.call('PEXPIRE', KEYS[i], ttl)
  end
end
return 1
`;

/**
 * Cache over an ioredis client. Group membership lives in one Redis SET per group (no KEYS or
 * keyspace SCAN anywhere). Members are not removed on delete/expiry; a stale member only costs
 * an UNLINK of a missing key, or drops a key that was later re-set without that group, which is
 * harmless for a cache. Errors (connection, timeout) are thrown; the failover wrapper handles them.
 */
export function createRedisCache(opts: { client: Redis; keyPrefix?: string }): Cache {
  const { client } = opts;
  const prefix = opts.keyPrefix ?? DEFAULT_CACHE_KEY_PREFIX;
  const valueKey = (key: string) => `${prefix}${key}`;
  // A separate namespace, so no value key can collide with a group set.
  const groupKey = (group: string) => `${prefix}__group:${group}`;

  const get = async <T>(key: string): Promise<T | undefined> => {
    const json = await client.get(valueKey(key));
    return json === null ? undefined : (JSON.parse(json) as T);
  };

  const set = async <T>(
    key: string,
    value: T,
    ttlSeconds: number,
    options?: CacheSetOptions,
  ): Promise<void> => {
    const { ttl, json, groups } = prepareEntry(key, value, ttlSeconds, options);
    if (groups.length === 0) {
      await client.set(valueKey(key), json, 'PX', ttl);
      return;
    }
    const keys = [valueKey(key), ...groups.map(groupKey)];
    await client.eval(SET_WITH_GROUPS, keys.length, ...keys, json, String(ttl), valueKey(key));
  };

  return {
    backend: 'redis',
    get,
    set,
    async delete(key) {
      await client.unlink(valueKey(key));
    },
    async invalidateGroup(group) {
      // Snapshot the set under a unique name first: keys added to the group while we work land
      // in a fresh set and survive, and a crash mid-way leaves a key that still expires (RENAME
      // keeps the TTL).
      const snapshot = `${groupKey(group)}:invalidating:${randomUUID()}`;
      try {
        await client.rename(groupKey(group), snapshot);
      } catch (err) {
        if (err instanceof Error && /no such key/i.test(err.message)) return;
        throw err;
      }
      let cursor = '0';
      do {
        const [next, members] = await client.sscan(snapshot, cursor, 'COUNT', INVALIDATE_BATCH);
        cursor = next;
        if (members.length > 0) await client.unlink(...members);
      } while (cursor !== '0');
      await client.unlink(snapshot);
    },
    remember: createRemember({ get, set }),
    async ping() {
      await client.ping();
    },
    async close() {
      // The client is owned by whoever created it (createCache closes it).
    },
  };
}
