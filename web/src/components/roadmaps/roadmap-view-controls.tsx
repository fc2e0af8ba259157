import { List, Network } from 'lucide-react';
import type { RoadmapViewMode } from '../../lib/roadmaps';
import { cn } from '../../lib/utils';
import { Button } from '../ui/button';

export function ViewSwitch({
  mode,
  onChange,
}: {
  mode: RoadmapViewMode;
  onChange: (mode: RoadmapViewMode) => void;
}) {
  return (
    <div role="group" aria-label="View" className="inline-flex rounded-md border p-0.5">
      {(
        [
          ['list', 'List', <List key="i" aria-hidden="true" />],
          ['graph', 'Graph', <Network key="i" aria-hidden="true" />],
        ] as const
      ).map(([value, label, icon]) => (
        <Button
          key={value}
          size="sm"
          variant={mode === value ? 'secondary' : 'ghost'}
          aria-pressed={mode === value}
          onClick={() => onChange(value)}
          className="h-8"
        >
          {icon}
          {label}
        </Button>
      ))}
    </div>
  );
}

export function Legend() {
  const items = [
    ['Skill', 'border-sky-500/70 bg-sky-50 dark:bg-sky-950/60'],
    ['Topic', 'border-violet-500/70 bg-violet-50 dark:bg-violet-950/60'],
    ['Project', 'border-amber-500/70 bg-amber-50 dark:bg-amber-950/60'],
    ['Milestone', 'border-primary bg-primary'],
  ] as const;
  return (
    <ul
      className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted-foreground"
      aria-label="Legend"
    >
      {items.map(([label, style]) => (
        <li key={label} className="flex items-center gap-1.5">
          <span
            className={cn('inline-block size-3 rounded-sm border-2', style)}
            aria-hidden="true"
          />
          {label}
        </li>
      ))}
      <li className="flex items-center gap-1.5">
        <span
          className="inline-block w-5 border-t-2 border-dashed border-primary"
          aria-hidden="true"
        />
        Prerequisite
      </li>
      <li className="flex items-center gap-1.5">
        <span
          className="inline-block w-5 border-t-2 border-muted-foreground/60"
          aria-hidden="true"
        />
        Sequence
      </li>
    </ul>
  );
}
