import type { TCareerMatchesResponse, TInterestScores } from '../../../contracts/assessments.js';
import { isFlatProfile, topAreas } from '../../../contracts/interest-scoring.js';
import type { TPageQuery } from '../../../contracts/pagination.js';
import { flatProfileError, rankOccupations, toMatch } from './career-matches.js';
import type { InterestProfileCache } from './interest-profile-cache.js';

export interface MatchOptions extends TPageQuery {
  jobZone?: number[];
}

/** One page of occupations ranked by fit with `scores` (422 for a flat profile). */
export async function careerMatches(
  cache: InterestProfileCache,
  scores: TInterestScores,
  options: MatchOptions,
  resultId: string | null = null,
): Promise<TCareerMatchesResponse> {
  if (isFlatProfile(scores)) throw flatProfileError();
  const ranked = rankOccupations(await cache.get(), scores, options.jobZone);
  const userTop = topAreas(scores);
  return {
    items: ranked
      .slice(options.offset, options.offset + options.limit)
      .map((r) => toMatch(r, userTop)),
    total: ranked.length,
    limit: options.limit,
    offset: options.offset,
    profile: scores,
    topAreas: userTop,
    resultId,
  };
}
