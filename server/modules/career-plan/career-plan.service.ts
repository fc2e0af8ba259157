import type { TCareerPlan } from '../../../contracts/career-plan.js';
import type { TRoadmapState } from '../../../contracts/guidance.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { AppError, isAppError } from '../../platform/http/app-error.js';
import { dayOf } from '../goals/goal-dates.js';
import { listActiveGoals } from '../goals/goals.service.js';
import { gapAnalysisFor } from '../guidance/gap-analysis.service.js';
import { buildCareerPlan } from './build-career-plan.js';

export type ReadRoadmapState = (
  db: DbOrTx,
  userId: string,
  roadmapId?: string,
) => Promise<TRoadmapState | null>;

export interface CareerPlanDeps {
  db: DbOrTx;
  now: () => Date;
  readRoadmapState: ReadRoadmapState;
}

/**
 * The user's career plan. The target is the requested occupation, else the newest active goal's
 * target occupation, else the occupation of the user's roadmap; without any, the plan is the
 * explore phase. A roadmap towards another occupation than the target is left out.
 */
export async function careerPlanFor(
  deps: CareerPlanDeps,
  userId: string,
  requested?: string,
): Promise<TCareerPlan> {
  const now = deps.now();
  const [goals, roadmap] = await Promise.all([
    listActiveGoals(deps.db, userId),
    deps.readRoadmapState(deps.db, userId),
  ]);
  const fromGoal = goals.find((g) => g.targetOccupation)?.targetOccupation?.code;
  const [code, targetSource] = requested
    ? [requested, 'query' as const]
    : fromGoal
      ? [fromGoal, 'goal' as const]
      : roadmap
        ? [roadmap.occupationCode, 'roadmap' as const]
        : [undefined, null];

  let gaps = null;
  if (code) {
    try {
      gaps = await gapAnalysisFor(deps.db, userId, code);
    } catch (error) {
      if (isAppError(error) && error.code === 'NOT_FOUND') {
        throw new AppError('NOT_FOUND', `Occupation "${code}" not found`, [
          { path: 'querystring.occupation', message: `no occupation has the code ${code}` },
        ]);
      }
      throw error;
    }
  }
  return buildCareerPlan({
    occupation: gaps ? gaps.occupation : null,
    targetSource,
    gaps,
    goals,
    roadmap: roadmap && gaps && roadmap.occupationCode === gaps.occupation.code ? roadmap : null,
    today: dayOf(now),
    generatedAt: now.toISOString(),
  });
}
