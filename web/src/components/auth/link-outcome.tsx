import type { ReactNode } from 'react';
import { cn } from '../../lib/utils';

const tones = {
  neutral: 'bg-muted text-muted-foreground',
  success: 'bg-success/10 text-success',
  problem: 'bg-destructive/10 text-destructive',
} as const;

/** The outcome of opening an emailed link: an icon, a sentence or two, and what to do next. */
export function LinkOutcome({
  icon,
  tone,
  children,
  actions,
  live = false,
}: {
  icon: ReactNode;
  tone: keyof typeof tones;
  children: ReactNode;
  actions?: ReactNode;
  /** Announce the content when it appears (it replaced a form or a spinner). */
  live?: boolean;
}) {
  return (
    <div className="flex flex-col items-center gap-4 text-center">
      <div
        className={cn(
          'flex size-12 items-center justify-center rounded-full [&_svg]:size-6',
          tones[tone],
        )}
      >
        {icon}
      </div>
      <div role={live ? 'status' : undefined} className="space-y-2 text-sm text-muted-foreground">
        {children}
      </div>
      {actions ? <div className="flex w-full flex-col gap-2">{actions}</div> : null}
    </div>
  );
}
