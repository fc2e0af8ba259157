import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { TRoadmapState } from '../../../contracts/guidance.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { roadmapProgress } from './roadmap-progress.js';
import { roadmapMilestones, roadmaps } from './roadmaps.tables.js';

/**
 * Where the user stands on a roadmap: the given one (if it is theirs), or their most recently
 * updated unfinished one. Null when there is none. What the career plan and others read.
 */
export async function readRoadmapState(
  db: DbOrTx,
  userId: string,
  roadmapId?: string,
  now: Date = new Date(),
): Promise<TRoadmapState | null> {
  const mine = eq(roadmaps.userId, userId);
  const [row] = await db
    .select()
    .from(roadmaps)
    .where(
      roadmapId ? and(mine, eq(roadmaps.id, roadmapId)) : and(mine, isNull(roadmaps.completedAt)),
    )
    .orderBy(desc(roadmaps.updatedAt), asc(roadmaps.id))
    .limit(1);
  if (!row) return null;
  const milestones = await db
    .select()
    .from(roadmapMilestones)
    .where(eq(roadmapMilestones.roadmapId, row.id));
  const progress = roadmapProgress(milestones, row.hoursPerWeek, row.completedAt, now);
  return {
    roadmapId: row.id,
    occupationCode: row.occupationCode,
    title: row.title,
    progress: progress.percent,
    milestonesTotal: progress.milestonesTotal,
    milestonesCompleted: progress.milestonesCompleted,
    nextMilestone: progress.nextMilestone,
    hoursLeft: progress.hoursLeft,
    estimatedFinish: progress.estimatedFinish,
  };
}
