import type { Logger } from 'pino';

export type CacheLogger = Pick<Logger, 'debug' | 'info' | 'warn' | 'error'>;

export interface CacheSetOptions {
  /** Groups this entry belongs to; `invalidateGroup(group)` drops it. */
  groups?: string[];
}

export interface Cache {
  /** What is actually serving right now (the failover cache reports 'memory' during an outage). */
  readonly backend: 'memory' | 'redis';
  get<T>(key: string): Promise<T | undefined>;
  /** Values are stored as JSON, so they come back as plain JSON data (Dates become strings). */
  set<T>(key: string, value: T, ttlSeconds: number, options?: CacheSetOptions): Promise<void>;
  delete(key: string): Promise<void>;
  /** Drops every key that was set with this group. */
  invalidateGroup(group: string): Promise<void>;
  /**
   * Returns the cached value or runs `loader` once per key per process (concurrent callers share
   * it), caching its result. Loader errors are passed on and not cached.
   */
  remember<T>(
    key: string,
    ttlSeconds: number,
    loader: () => Promise<T>,
    options?: CacheSetOptions,
  ): Promise<T>;
  /** Throws if the configured backend is unreachable (readiness probe). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export function ttlToMs(ttlSeconds: number): number {
  if (!Number.isFinite(ttlSeconds) || ttlSeconds <= 0) {
    throw new RangeError(`cache TTL must be a positive number of seconds, got ${ttlSeconds}`);
  }
  return Math.max(1, Math.round(ttlSeconds * 1000));
}

/** What both backends store for a `set`: the TTL in ms, the value as JSON, the distinct groups. */
export function prepareEntry(
  key: string,
  value: unknown,
  ttlSeconds: number,
  options?: CacheSetOptions,
): { ttl: number; json: string; groups: string[] } {
  const ttl = ttlToMs(ttlSeconds);
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError(`cache value for ${key} is not JSON-serialisable`);
  return { ttl, json, groups: [...new Set(options?.groups ?? [])] };
}
