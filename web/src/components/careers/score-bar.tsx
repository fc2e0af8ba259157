import { formatScore } from '../../lib/occupations';
import { cn } from '../../lib/utils';

/** A labelled bar for a score on a fixed scale, with the number beside it. */
export function ScoreBar({
  label,
  value,
  min = 0,
  max,
  tone = 'primary',
  percent = false,
  className,
}: {
  label: string;
  value: number;
  min?: number;
  max: number;
  tone?: 'primary' | 'muted';
  /** Show "62%" instead of "62 / 100". */
  percent?: boolean;
  className?: string;
}) {
  const share = Math.min(1, Math.max(0, (value - min) / (max - min)));
  return (
    <div className={cn('grid gap-1', className)}>
      <div className="flex items-baseline justify-between gap-2 text-xs text-muted-foreground">
        <span>{label}</span>
        <span className="font-medium text-foreground tabular-nums">
          {formatScore(value)}
          {percent ? '%' : <span className="text-muted-foreground"> / {max}</span>}
        </span>
      </div>
      <div aria-hidden="true" className="h-2 overflow-hidden rounded-full bg-muted">
        <div
          className={cn(
            'h-full rounded-full',
            tone === 'primary' ? 'bg-primary' : 'bg-muted-foreground/50',
          )}
          style={{ width: `${Math.max(2, share * 100)}%` }}
        />
      </div>
    </div>
  );
}
