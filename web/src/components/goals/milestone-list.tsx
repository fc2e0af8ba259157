import { useQueryClient } from '@tanstack/react-query';
import { ArrowDown, ArrowUp, Check, Plus, X } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import type { TGoal, TMilestone } from '../../../../contracts/goals';
import { goalLimits } from '../../../../contracts/goals';
import {
  addMilestone,
  deleteMilestone,
  formatDay,
  localToday,
  refreshGoals,
  reorderMilestones,
  setMilestoneDone,
} from '../../lib/goals';
import { cn } from '../../lib/utils';
import { controlProps } from '../form-field';
import { FormMessage } from '../form-message';
import { Button } from '../ui/button';
import { Input } from '../ui/input';
import { Label } from '../ui/label';
import { saveFailure } from './goal-form-errors';

/** A goal's milestones: tick off, reopen, move, remove and add. */
export function MilestoneList({ goal }: { goal: TGoal }) {
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string>();

  const run = async (change: () => Promise<unknown>) => {
    setBusy(true);
    setMessage(undefined);
    try {
      await change();
      await refreshGoals(queryClient);
    } catch (error) {
      const failure = saveFailure(error);
      setMessage(Object.values(failure.fields)[0] ?? failure.message);
    } finally {
      setBusy(false);
    }
  };

  const move = (index: number, by: -1 | 1) => {
    const ids = goal.milestones.map((m) => m.id);
    const [moved] = ids.splice(index, 1);
    if (!moved) return;
    ids.splice(index + by, 0, moved);
    void run(() => reorderMilestones(goal.id, ids));
  };

  const today = localToday();
  return (
    <div className="grid gap-2">
      {goal.milestones.length > 0 ? (
        <ol className="grid gap-1" aria-label={`Milestones of ${goal.title}`}>
          {goal.milestones.map((m, index) => (
            <MilestoneRow
              key={m.id}
              milestone={m}
              overdue={m.status === 'pending' && m.targetDate !== null && m.targetDate < today}
              busy={busy}
              first={index === 0}
              last={index === goal.milestones.length - 1}
              onToggle={() => void run(() => setMilestoneDone(goal.id, m.id, m.status !== 'done'))}
              onMove={(by) => move(index, by)}
              onRemove={() => void run(() => deleteMilestone(goal.id, m.id))}
            />
          ))}
        </ol>
      ) : (
        <p className="text-sm text-muted-foreground">No milestones yet.</p>
      )}
      <FormMessage error={message} />
      {goal.milestones.length < goalLimits.milestones ? (
        <AddMilestoneForm
          goal={goal}
          busy={busy}
          onAdd={(body) => run(() => addMilestone(goal.id, body))}
        />
      ) : null}
    </div>
  );
}

function MilestoneRow({
  milestone,
  overdue,
  busy,
  first,
  last,
  onToggle,
  onMove,
  onRemove,
}: {
  milestone: TMilestone;
  overdue: boolean;
  busy: boolean;
  first: boolean;
  last: boolean;
  onToggle: () => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const done = milestone.status === 'done';
  return (
    <li className="group flex items-center gap-2 rounded-md py-1 pr-1">
      <button
        type="button"
        role="checkbox"
        aria-checked={done}
        aria-label={`${done ? 'Reopen' : 'Complete'} “${milestone.title}”`}
        disabled={busy}
        onClick={onToggle}
        className={cn(
          'flex size-6 shrink-0 cursor-pointer items-center justify-center rounded-md border transition-colors focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none disabled:opacity-50',
          done
            ? 'border-primary bg-primary text-primary-foreground'
            : 'border-input hover:bg-accent',
        )}
      >
        {done ? <Check className="size-4" aria-hidden="true" /> : null}
      </button>
      <div className="min-w-0 flex-1">
        <p className={cn('text-sm break-words', done && 'text-muted-foreground line-through')}>
          {milestone.title}
        </p>
        {milestone.targetDate ? (
          <p className={cn('text-xs', overdue ? 'text-destructive' : 'text-muted-foreground')}>
            {overdue ? 'Overdue: ' : done ? '' : 'By '}
            {formatDay(milestone.targetDate)}
          </p>
        ) : null}
      </div>
      <div className="flex shrink-0">
        <Button
          variant="ghost"
          size="icon"
          className="size-8"
          aria-label={`Move “${milestone.title}” up`}
          disabled={busy || first}
          onClick={() => onMove(-1)}
        >
          <ArrowUp aria-hidden="true" />
        </Button>
        <Button
          variant="ghost"
          size="icon"
          className="size-8"
          aria-label={`Move “${milestone.title}” down`}
          disabled={busy || last}
          onClick={() => onMove(1)}
        >
          <ArrowDown aria-hidden="true" />
        </Button>
        <Button
          variant="ghost"
          size="icon"
          className="size-8"
          aria-label={`Remove “${milestone.title}”`}
          disabled={busy}
          onClick={onRemove}
        >
          <X aria-hidden="true" />
        </Button>
      </div>
    </li>
  );
}

function AddMilestoneForm({
  goal,
  busy,
  onAdd,
}: {
  goal: TGoal;
  busy: boolean;
  onAdd: (body: { title: string; targetDate: string | null }) => Promise<void>;
}) {
  const [title, setTitle] = useState('');
  const [targetDate, setTargetDate] = useState('');
  const id = `add-milestone-${goal.id}`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() === '') return;
    await onAdd({ title, targetDate: targetDate || null });
    setTitle('');
    setTargetDate('');
  };
  return (
    <form onSubmit={(e) => void submit(e)} className="flex flex-wrap items-end gap-2">
      <div className="grid min-w-40 flex-1 gap-1">
        <Label htmlFor={id} className="sr-only">
          New milestone
        </Label>
        <Input
          {...controlProps(id, {})}
          value={title}
          maxLength={goalLimits.title}
          placeholder="Add a milestone"
          onChange={(e) => setTitle(e.target.value)}
        />
      </div>
      <Label htmlFor={`${id}-date`} className="sr-only">
        Milestone target date
      </Label>
      <Input
        id={`${id}-date`}
        type="date"
        className="w-40"
        min={localToday()}
        max={goal.targetDate ?? undefined}
        value={targetDate}
        onChange={(e) => setTargetDate(e.target.value)}
      />
      <Button type="submit" variant="outline" disabled={busy || title.trim() === ''}>
        <Plus aria-hidden="true" />
        Add
      </Button>
    </form>
  );
}
