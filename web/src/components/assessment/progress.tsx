import { cn } from '../../lib/utils';

/** "12 of 60" with a bar; announced politely as it changes. */
export function AnswerProgress({
  answered,
  total,
  className,
}: {
  answered: number;
  total: number;
  className?: string;
}) {
  return (
    <div className={cn('space-y-1.5', className)}>
      <div className="flex items-center justify-between text-sm">
        <span className="font-medium" aria-live="polite" data-testid="assessment-progress">
          {answered} of {total} answered
        </span>
        <span className="text-muted-foreground tabular-nums">
          {Math.round((answered / total) * 100)}%
        </span>
      </div>
      <div
        role="progressbar"
        aria-label="Answered"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={answered}
        className="h-2 overflow-hidden rounded-full bg-muted"
      >
        <div
          className="h-full rounded-full bg-primary transition-[width]"
          style={{ width: `${(answered / total) * 100}%` }}
        />
      </div>
    </div>
  );
}
