import type { DbOrTx } from '../../platform/db/index.js';
import { readInterestProfiles } from '../occupations/occupation-store.js';
import { prepareProfiles, type PreparedProfile } from './career-matches.js';

export interface InterestProfileCache {
  /** The prepared profiles, reloaded when older than the maximum age. */
  get(): Promise<readonly PreparedProfile[]>;
  /** Forget the loaded profiles, e.g. after an import. */
  clear(): void;
}

/**
 * Occupation profiles change only when an import runs, so each process keeps them in memory and
 * a match is a loop over ~1,000 vectors. Concurrent requests during a reload share one query;
 * until it answers, a stale copy keeps serving.
 */
export function createInterestProfileCache(
  db: DbOrTx,
  options: { maxAgeMs?: number; now?: () => number } = {},
): InterestProfileCache {
  const maxAgeMs = options.maxAgeMs ?? 60_000;
  const now = options.now ?? Date.now;
  let loaded: { at: number; profiles: readonly PreparedProfile[] } | undefined;
  let loading: Promise<readonly PreparedProfile[]> | undefined;

  const load = () => {
    loading ??= readInterestProfiles(db)
      .then((rows) => {
        const profiles = prepareProfiles(rows);
        loaded = { at: now(), profiles };
        return profiles;
      })
      .finally(() => {
        loading = undefined;
      });
    return loading;
  };

  return {
    async get() {
      if (!loaded) return load();
      if (now() - loaded.at > maxAgeMs) {
        const stale = loaded.profiles;
        // Serve the stale copy while the reload runs; a failing reload is retried next time.
        load().catch(() => undefined);
        return stale;
      }
      return loaded.profiles;
    },
    clear() {
      loaded = undefined;
    },
  };
}
