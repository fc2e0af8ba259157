import { cn } from '../../lib/utils';

/** A labelled bar with the percentage in words beside it. */
export function GoalProgress({
  value,
  label,
  className,
}: {
  value: number;
  label: string;
  className?: string;
}) {
  return (
    <div className={cn('flex items-center gap-3', className)}>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        className="h-2 flex-1 overflow-hidden rounded-full bg-muted"
      >
        <div
          className="h-full rounded-full bg-primary transition-all"
          style={{ width: `${value}%` }}
        />
      </div>
      <span
        className="w-12 text-right text-sm font-medium tabular-nums"
        data-testid="goal-progress"
      >
        {value} %
      </span>
    </div>
  );
}
