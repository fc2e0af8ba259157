import type { TRoadmapProgress } from '../../../contracts/roadmaps.js';
import { finishDate, isoDate } from './roadmap-dates.js';

export interface MilestoneProgressInput {
  id: string;
  position: number;
  title: string;
  hours: number;
  dueDate: string;
  completedAt: Date | null;
}

/**
 * Progress over a roadmap's milestones: completed hours over all hours, the first open
 * milestone as the next one, and when the open hours end at the planned hours a week from now.
 */
export function roadmapProgress(
  milestones: readonly MilestoneProgressInput[],
  hoursPerWeek: number,
  completedAt: Date | null,
  now: Date,
): TRoadmapProgress {
  const ordered = [...milestones].sort((a, b) => a.position - b.position);
  const hoursTotal = ordered.reduce((sum, m) => sum + m.hours, 0);
  const done = ordered.filter((m) => m.completedAt !== null);
  const hoursDone = done.reduce((sum, m) => sum + m.hours, 0);
  const hoursLeft = hoursTotal - hoursDone;
  const next = ordered.find((m) => m.completedAt === null);
  return {
    percent: hoursTotal === 0 ? 0 : Math.round((hoursDone / hoursTotal) * 100),
    hoursTotal,
    hoursDone,
    hoursLeft,
    milestonesTotal: ordered.length,
    milestonesCompleted: done.length,
    nextMilestone: next ? { id: next.id, title: next.title, dueDate: next.dueDate } : null,
    estimatedFinish: completedAt
      ? isoDate(completedAt)
      : hoursLeft > 0
        ? finishDate(now, hoursLeft, hoursPerWeek)
        : null,
  };
}
