import { Lock } from 'lucide-react';
import type { TBadge } from '../../../../contracts/badges';
import { cn } from '../../lib/utils';
import { BadgeIcon } from './badge-icon';

const earnedFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** One badge: in colour with its date when earned, greyed with its criterion and progress if not. */
export function BadgeCard({ badge }: { badge: TBadge }) {
  const { current, target } = badge.progress;
  const percent = Math.round((current / target) * 100);
  return (
    <li
      data-testid={`badge-${badge.key}`}
      data-earned={badge.earned}
      className={cn(
        'flex gap-4 rounded-xl border p-4 shadow-xs',
        badge.earned ? 'bg-card' : 'bg-muted/40 text-muted-foreground',
      )}
    >
      <div
        className={cn(
          'relative flex size-12 shrink-0 items-center justify-center rounded-full [&_svg]:size-6',
          badge.earned
            ? 'bg-amber-100 text-amber-700 ring-2 ring-amber-300 dark:bg-amber-400/15 dark:text-amber-300 dark:ring-amber-400/40'
            : 'bg-muted text-muted-foreground/70 grayscale',
        )}
      >
        <BadgeIcon name={badge.icon} />
        {badge.earned ? null : (
          <span className="absolute -right-1 -bottom-1 flex size-5 items-center justify-center rounded-full border bg-background [&_svg]:size-3">
            <Lock aria-hidden="true" />
          </span>
        )}
      </div>
      <div className="min-w-0 flex-1 space-y-1">
        <div className="flex items-start justify-between gap-2">
          <h3 className={cn('font-semibold', badge.earned && 'text-foreground')}>{badge.name}</h3>
          <span
            className={cn(
              'shrink-0 rounded-full px-2 py-0.5 text-xs font-medium tabular-nums',
              badge.earned ? 'bg-primary/10 text-primary' : 'bg-muted',
            )}
          >
            {badge.points} pts
          </span>
        </div>
        {badge.earned ? (
          <>
            <p className="text-sm text-muted-foreground">{badge.description}</p>
            <p className="text-xs font-medium text-amber-700 dark:text-amber-300">
              Earned{' '}
              {badge.earnedAt ? (
                <time dateTime={badge.earnedAt}>
                  {earnedFormat.format(new Date(badge.earnedAt))}
                </time>
              ) : null}
            </p>
          </>
        ) : (
          <>
            <p className="text-sm">{badge.criterion}</p>
            <div className="flex items-center gap-3 pt-1">
              <div
                role="progressbar"
                aria-label={`${badge.name}: ${current} of ${target}`}
                aria-valuemin={0}
                aria-valuemax={target}
                aria-valuenow={current}
                className="h-1.5 flex-1 overflow-hidden rounded-full bg-muted"
              >
                <div
                  className="h-full rounded-full bg-muted-foreground/50"
                  style={{ width: `${percent}%` }}
                />
              </div>
              <span className="text-xs tabular-nums">
                {current} / {target}
              </span>
            </div>
          </>
        )}
      </div>
    </li>
  );
}
