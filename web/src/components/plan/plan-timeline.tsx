import { ArrowRight, Check, CircleDot } from 'lucide-react';
import { Link } from 'react-router';
import type { TPlanAction, TPlanPhase } from '../../../../contracts/career-plan';
import { formatDay } from '../../lib/goals';
import { cn } from '../../lib/utils';
import { Badge } from '../ui/badge';

const statusLabel = { done: 'Done', current: 'You are here', upcoming: 'Later' } as const;

/** The plan's phases top to bottom, the current one highlighted. */
export function PlanTimeline({ phases }: { phases: TPlanPhase[] }) {
  return (
    <ol className="relative grid gap-6" aria-label="Plan phases">
      {phases.map((phase, index) => (
        <li
          key={phase.id}
          className="relative grid grid-cols-[2rem_1fr] gap-3 sm:gap-4"
          aria-current={phase.status === 'current' ? 'step' : undefined}
        >
          {index < phases.length - 1 ? (
            <span
              aria-hidden="true"
              className="absolute top-9 bottom-[-1.5rem] left-4 w-px -translate-x-1/2 bg-border"
            />
          ) : null}
          <span
            aria-hidden="true"
            className={cn(
              'z-10 mt-1 flex size-8 items-center justify-center rounded-full border-2 bg-background text-sm font-semibold',
              phase.status === 'done' && 'border-success bg-success text-white',
              phase.status === 'current' && 'border-primary text-primary',
              phase.status === 'upcoming' && 'border-border text-muted-foreground',
            )}
          >
            {phase.status === 'done' ? <Check className="size-4" /> : index + 1}
          </span>
          <section
            aria-labelledby={`phase-${phase.id}`}
            className={cn(
              'min-w-0 rounded-xl border p-4 sm:p-5',
              phase.status === 'current' ? 'border-primary bg-primary/5 shadow-sm' : 'bg-card',
              phase.status === 'upcoming' && 'opacity-90',
            )}
          >
            <div className="flex flex-wrap items-center gap-2">
              <h3 id={`phase-${phase.id}`} className="text-base font-semibold">
                {phase.title}
              </h3>
              <Badge
                variant={
                  phase.status === 'current'
                    ? 'default'
                    : phase.status === 'done'
                      ? 'success'
                      : 'outline'
                }
              >
                {statusLabel[phase.status]}
              </Badge>
            </div>
            <p className="mt-1 text-sm text-muted-foreground">{phase.description}</p>
            {phase.actions.length > 0 ? (
              <ul className="mt-3 grid gap-2">
                {phase.actions.map((a) => (
                  <ActionItem key={a.id} action={a} />
                ))}
              </ul>
            ) : (
              <p className="mt-3 text-sm text-muted-foreground">Nothing to do here for now.</p>
            )}
          </section>
        </li>
      ))}
    </ol>
  );
}

function ActionItem({ action }: { action: TPlanAction }) {
  return (
    <li className="flex gap-2 text-sm">
      {action.done ? (
        <Check className="mt-0.5 size-4 shrink-0 text-success" aria-label="Done" />
      ) : (
        <CircleDot className="mt-0.5 size-4 shrink-0 text-muted-foreground" aria-label="Open" />
      )}
      <div className="min-w-0">
        {action.link ? (
          <Link
            to={action.link}
            className={cn(
              'font-medium break-words underline-offset-4 hover:underline',
              action.done && 'text-muted-foreground',
            )}
          >
            {action.title}
            <ArrowRight className="ml-1 inline size-3.5" aria-hidden="true" />
          </Link>
        ) : (
          <span className="font-medium break-words">{action.title}</span>
        )}
        <p className="text-xs break-words text-muted-foreground">
          {action.detail}
          {action.dueDate && !action.done ? ` Due ${formatDay(action.dueDate)}.` : ''}
        </p>
      </div>
    </li>
  );
}
