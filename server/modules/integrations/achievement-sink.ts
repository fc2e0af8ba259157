import type { TCreateAchievementRequest } from '../../../contracts/achievements.js';
import type { Tx } from '../../platform/db/index.js';
import { PermanentJobError } from '../../platform/jobs/index.js';

/** What a processed delivery asks the achievements module to create or update. */
export interface AchievementSinkRequest {
  /** Stable id of the record at the source ("github:octo-org/hello-world"): one achievement each. */
  externalRef: string;
  input: TCreateAchievementRequest;
  /** Set when the source itself vouches for the record (an issuer's signed webhook). */
  verification?: { state: 'verified'; verifiedBy: string; verifiedAt: string };
  /** Add the input's highlights and skills to an existing record's instead of replacing them. */
  mergeHighlights?: boolean;
}

export interface AchievementSinkResult {
  achievementId: string;
  created: boolean;
  /** What changed elsewhere (skills, resume), as the achievements module reports it. */
  effects?: unknown;
}

/**
 * The achievements module's write path, injected so this module never touches its tables; runs
 * inside the transaction that marks the delivery processed.
 */
export type ApplyAchievement = (
  tx: Tx,
  userId: string,
  request: AchievementSinkRequest,
) => Promise<AchievementSinkResult>;

/** Until the achievements module is wired in: every delivery that would write one is dead. */
export const unavailableAchievementSink: ApplyAchievement = async () => {
  throw new PermanentJobError('achievements are not available yet');
};
