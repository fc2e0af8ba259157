import type { ReactNode } from 'react';
import type { TAuditEntry } from '../../../../contracts/admin';
import { auditActionLabel } from '../../lib/admin';
import { describeDevice } from '../../lib/devices';
import { cn } from '../../lib/utils';
import { Badge } from '../ui/badge';

const timeFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'medium',
});

function formatValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.map(formatValue).join(', ') || '—';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The database keeps JSON keys in its own order; "before" reads better ahead of "after". */
const detailOrder = ['reason', 'before', 'after'];
function detailRank(key: string): number {
  const rank = detailOrder.indexOf(key);
  return rank === -1 ? detailOrder.length : rank;
}

function tone(action: string): 'destructive' | 'accent' | 'secondary' {
  if (/failure|locked|reuse|suspend/.test(action)) return 'destructive';
  if (action.startsWith('admin.')) return 'accent';
  return 'secondary';
}

/** One security event with everything recorded about it; names filter the log when pressed. */
export function AuditEntry({
  entry,
  onActor,
  onTarget,
}: {
  entry: TAuditEntry;
  onActor: (entry: TAuditEntry) => void;
  onTarget: (entry: TAuditEntry) => void;
}) {
  const details = Object.entries(entry.details).sort(([a], [b]) => detailRank(a) - detailRank(b));
  const device = entry.userAgent ? describeDevice(entry.userAgent).label : undefined;
  return (
    <article
      aria-label={`${auditActionLabel(entry.action)}, ${timeFormat.format(new Date(entry.at))}`}
      className="rounded-xl border bg-card p-4 shadow-xs sm:p-5 dark:shadow-none"
    >
      <header className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1">
        <div className="flex flex-wrap items-center gap-2">
          <Badge variant={tone(entry.action)}>{auditActionLabel(entry.action)}</Badge>
          <code className="font-mono text-xs text-muted-foreground">{entry.action}</code>
        </div>
        <time dateTime={entry.at} className="shrink-0 text-sm text-muted-foreground">
          {timeFormat.format(new Date(entry.at))}
        </time>
      </header>
      <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-3 text-sm sm:gap-x-6 lg:grid-cols-4">
        <Item label="Actor">
          {entry.actorId ? (
            <FilterButton onClick={() => onActor(entry)} label="Show events by this actor">
              {entry.actorUsername ?? entry.actorId}
            </FilterButton>
          ) : (
            <span className="text-muted-foreground">Nobody signed in</span>
          )}
        </Item>
        <Item label="Target">
          {entry.targetId ? (
            <FilterButton onClick={() => onTarget(entry)} label="Show events about this target">
              {entry.targetUsername ?? entry.targetId}
              {entry.targetType && entry.targetType !== 'user' ? (
                <span className="text-muted-foreground"> ({entry.targetType})</span>
              ) : null}
            </FilterButton>
          ) : (
            <span className="text-muted-foreground">—</span>
          )}
        </Item>
        <Item label="IP address">
          <span className="font-mono break-all">{entry.ip || '—'}</span>
        </Item>
        <Item label="User agent" className="col-span-2 lg:col-span-1">
          {entry.userAgent ? (
            <span className="grid gap-0.5" title={entry.userAgent}>
              {device !== entry.userAgent ? <span>{device}</span> : null}
              <span className="line-clamp-2 font-mono text-xs break-all text-muted-foreground">
                {entry.userAgent}
              </span>
            </span>
          ) : (
            '—'
          )}
        </Item>
      </dl>
      {details.length > 0 ? (
        <dl className="mt-4 grid gap-1 rounded-lg bg-muted/60 px-3 py-2 text-xs sm:grid-cols-[max-content_1fr] sm:gap-x-4">
          {details.map(([key, value]) => (
            <div key={key} className="contents">
              <dt className="font-medium text-muted-foreground">{key}</dt>
              <dd className="mb-1 font-mono break-all sm:mb-0">{formatValue(value)}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </article>
  );
}

function Item({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={cn('min-w-0', className)}>
      <dt className="text-xs font-medium text-muted-foreground">{label}</dt>
      <dd className="mt-0.5 min-w-0">{children}</dd>
    </div>
  );
}

function FilterButton({
  onClick,
  label,
  children,
}: {
  onClick: () => void;
  label: string;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      onClick={onClick}
      title={label}
      className="cursor-pointer rounded-sm text-left font-medium break-all text-primary underline-offset-4 outline-none hover:underline focus-visible:ring-2 focus-visible:ring-ring"
    >
      {children}
    </button>
  );
}
