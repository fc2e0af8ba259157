import type { InterestProfile } from '../occupations/occupation-store.js';
import { prepareProfiles, rankOccupations } from './career-matches.js';

export interface SelfMatchMiss {
  code: string;
  title: string;
  /** 1-based place of the occupation in its own matches. */
  rank: number;
}

/**
 * The occupations that do not come within the top `within` matches of a profile equal to their
 * own interest scores: the quality bar of the matcher, checked over a whole O*NET import.
 * Occupations without (or with flat) interest scores are not matchable and are not counted.
 */
export function occupationsMissingSelfMatch(
  profiles: readonly InterestProfile[],
  within = 10,
): SelfMatchMiss[] {
  const prepared = prepareProfiles(profiles);
  const matchable = new Set(prepared.map((q) => q.code));
  const misses: SelfMatchMiss[] = [];
  for (const p of profiles) {
    if (!p.interests || !matchable.has(p.code)) continue;
    const ranked = rankOccupations(prepared, p.interests);
    const rank = ranked.findIndex((r) => r.profile.code === p.code) + 1;
    if (rank > within) misses.push({ code: p.code, title: p.title, rank });
  }
  return misses;
}
