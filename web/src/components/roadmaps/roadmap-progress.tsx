import type { TRoadmapProgress } from '../../../../contracts/roadmaps';
import { formatDate } from '../../lib/roadmaps';

export function ProgressBar({ percent, label }: { percent: number; label: string }) {
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      className="h-2.5 w-full overflow-hidden rounded-full bg-muted"
    >
      <div
        className="h-full rounded-full bg-primary transition-[width]"
        style={{ width: `${percent}%` }}
      />
    </div>
  );
}

/** Progress, next milestone, hours left and the estimated finish. */
export function RoadmapProgressSummary({ progress }: { progress: TRoadmapProgress }) {
  return (
    <div className="space-y-4">
      <div className="flex items-end justify-between gap-4">
        <p className="text-sm text-muted-foreground">
          {progress.milestonesCompleted} of {progress.milestonesTotal} milestones
        </p>
        <p className="text-2xl font-semibold tabular-nums" data-testid="progress-percent">
          {progress.percent}%
        </p>
      </div>
      <ProgressBar percent={progress.percent} label="Roadmap progress" />
      <dl className="grid grid-cols-1 gap-3 text-sm sm:grid-cols-3">
        <div className="min-w-0">
          <dt className="text-muted-foreground">Next milestone</dt>
          <dd className="font-medium break-words" data-testid="next-milestone">
            {progress.nextMilestone ? progress.nextMilestone.title : 'All done'}
          </dd>
        </div>
        <div>
          <dt className="text-muted-foreground">Hours left</dt>
          <dd className="font-medium tabular-nums" data-testid="hours-left">
            {progress.hoursLeft} of {progress.hoursTotal}
          </dd>
        </div>
        <div>
          <dt className="text-muted-foreground">
            {progress.hoursLeft === 0 ? 'Finished' : 'Estimated finish'}
          </dt>
          <dd className="font-medium">{formatDate(progress.estimatedFinish)}</dd>
        </div>
      </dl>
    </div>
  );
}
