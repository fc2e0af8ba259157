import { useQueryClient } from '@tanstack/react-query';
import { LoaderCircle, Plus, Trash2 } from 'lucide-react';
import { useState, type FormEvent, type ReactNode } from 'react';
import {
  goalCategories,
  goalLimits,
  goalStatuses,
  ZCreateGoalRequest,
  type TGoal,
  type TGoalCategory,
  type TGoalStatus,
} from '../../../../contracts/goals';
import {
  createGoal,
  goalCategoryLabels,
  goalStatusLabels,
  localToday,
  refreshGoals,
  updateGoal,
} from '../../lib/goals';
import { Field, controlProps } from '../form-field';
import { FormMessage } from '../form-message';
import { Button } from '../ui/button';
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from '../ui/dialog';
import { Input } from '../ui/input';
import { NativeSelect } from '../ui/native-select';
import { Textarea } from '../ui/textarea';
import { pathErrors, saveFailure, type PathErrors } from './goal-form-errors';

interface MilestoneDraft {
  key: number;
  title: string;
  targetDate: string;
}

interface Draft {
  title: string;
  description: string;
  category: TGoalCategory;
  targetOccupationCode: string;
  targetDate: string;
  status: TGoalStatus;
  milestones: MilestoneDraft[];
}

function draftOf(goal: TGoal | undefined): Draft {
  return {
    title: goal?.title ?? '',
    description: goal?.description ?? '',
    category: goal?.category ?? 'career',
    targetOccupationCode: goal?.targetOccupation?.code ?? '',
    targetDate: goal?.targetDate ?? '',
    status: goal?.status ?? 'active',
    milestones: goal ? [] : [{ key: 0, title: '', targetDate: '' }],
  };
}

/**
 * Creates a goal with its milestones, or edits a goal's own fields (its milestones are edited on
 * the goal's card). The occupation is typed as an O*NET-SOC code until occupation search exists.
 */
export function GoalFormDialog({ goal, trigger }: { goal?: TGoal; trigger: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent className="max-h-[90dvh] overflow-y-auto sm:max-w-2xl">
        <DialogHeader>
          <DialogTitle>{goal ? 'Edit goal' : 'New goal'}</DialogTitle>
          <DialogDescription>
            {goal
              ? 'Change what the goal is about, its date or its status.'
              : 'What you want to reach, by when, and the milestones on the way.'}
          </DialogDescription>
        </DialogHeader>
        {open ? <GoalForm goal={goal} onDone={() => setOpen(false)} /> : null}
      </DialogContent>
    </Dialog>
  );
}

function GoalForm({ goal, onDone }: { goal?: TGoal; onDone: () => void }) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() => draftOf(goal));
  const [errors, setErrors] = useState<PathErrors>({});
  const [message, setMessage] = useState<string>();
  const [pending, setPending] = useState(false);
  const [nextKey, setNextKey] = useState(1);
  const today = localToday();

  const set = <K extends keyof Draft>(field: K, value: Draft[K]) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: '' }));
  };
  const setMilestone = (index: number, changes: Partial<MilestoneDraft>) => {
    setDraft((current) => ({
      ...current,
      milestones: current.milestones.map((m, i) => (i === index ? { ...m, ...changes } : m)),
    }));
    setErrors((current) => ({
      ...current,
      [`milestones.${index}.title`]: '',
      [`milestones.${index}.targetDate`]: '',
    }));
  };
  const addMilestoneRow = () => {
    setDraft((current) => ({
      ...current,
      milestones: [...current.milestones, { key: nextKey, title: '', targetDate: '' }],
    }));
    setNextKey((k) => k + 1);
  };
  const removeMilestoneRow = (index: number) => {
    setDraft((current) => ({
      ...current,
      milestones: current.milestones.filter((_, i) => i !== index),
    }));
    setErrors({});
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const common = {
      title: draft.title,
      description: draft.description,
      category: draft.category,
      targetOccupationCode: draft.targetOccupationCode.trim() || null,
      targetDate: draft.targetDate || null,
    };
    const milestones = draft.milestones
      .filter((m) => m.title.trim() !== '' || m.targetDate !== '')
      .map((m) => ({ title: m.title, targetDate: m.targetDate || null }));
    if (!goal) {
      // Same wording as the server; rows left blank are dropped, so indexes follow the kept ones.
      const checked = ZCreateGoalRequest.safeParse({ ...common, milestones });
      if (!checked.success) {
        setErrors(
          pathErrors(
            checked.error.issues.map((i) => ({
              path: i.path.map(String).join('.'),
              message: i.message,
            })),
          ),
        );
        setMessage('Check the highlighted fields.');
        return;
      }
    }
    setPending(true);
    setMessage(undefined);
    try {
      if (goal) await updateGoal(goal.id, { ...common, status: draft.status });
      else await createGoal({ ...common, milestones });
      await refreshGoals(queryClient);
      onDone();
    } catch (error) {
      const failure = saveFailure(error);
      setErrors(failure.fields);
      setMessage(failure.message);
    } finally {
      setPending(false);
    }
  };

  const keptIndex = (index: number) =>
    draft.milestones.slice(0, index).filter((m) => m.title.trim() !== '' || m.targetDate !== '')
      .length;

  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="grid gap-4">
      <Field id="goal-title" label="Title" error={errors.title || undefined}>
        <Input
          {...controlProps('goal-title', { error: errors.title || undefined })}
          value={draft.title}
          maxLength={goalLimits.title}
          onChange={(e) => set('title', e.target.value)}
          placeholder="e.g. Become a data analyst"
          required
        />
      </Field>
      <Field
        id="goal-description"
        label="Description (optional)"
        error={errors.description || undefined}
      >
        <Textarea
          {...controlProps('goal-description', { error: errors.description || undefined })}
          value={draft.description}
          maxLength={goalLimits.description}
          rows={2}
          onChange={(e) => set('description', e.target.value)}
        />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="goal-category" label="Category" error={errors.category || undefined}>
          <NativeSelect
            {...controlProps('goal-category', { error: errors.category || undefined })}
            value={draft.category}
            onChange={(e) => set('category', e.target.value as TGoalCategory)}
          >
            {goalCategories.map((c) => (
              <option key={c} value={c}>
                {goalCategoryLabels[c]}
              </option>
            ))}
          </NativeSelect>
        </Field>
        <Field id="goal-date" label="Target date (optional)" error={errors.targetDate || undefined}>
          <Input
            {...controlProps('goal-date', { error: errors.targetDate || undefined })}
            type="date"
            min={goal?.targetDate && goal.targetDate < today ? undefined : today}
            value={draft.targetDate}
            onChange={(e) => set('targetDate', e.target.value)}
          />
        </Field>
      </div>
      <Field
        id="goal-occupation"
        label="Target occupation code (optional)"
        hint={
          goal?.targetOccupation
            ? `Now: ${goal.targetOccupation.title}.`
            : 'An O*NET-SOC code such as 15-2051.00; the plan follows what that occupation asks for.'
        }
        error={errors.targetOccupationCode || undefined}
      >
        <Input
          {...controlProps('goal-occupation', {
            error: errors.targetOccupationCode || undefined,
            hint: true,
          })}
          value={draft.targetOccupationCode}
          inputMode="decimal"
          maxLength={10}
          placeholder="15-2051.00"
          onChange={(e) => set('targetOccupationCode', e.target.value)}
        />
      </Field>
      {goal ? (
        <Field id="goal-status" label="Status" error={errors.status || undefined}>
          <NativeSelect
            {...controlProps('goal-status', { error: errors.status || undefined })}
            value={draft.status}
            onChange={(e) => set('status', e.target.value as TGoalStatus)}
          >
            {goalStatuses.map((s) => (
              <option key={s} value={s}>
                {goalStatusLabels[s]}
              </option>
            ))}
          </NativeSelect>
        </Field>
      ) : (
        <fieldset className="grid gap-3">
          <legend className="mb-2 text-sm font-medium">Milestones</legend>
          {draft.milestones.map((m, index) => {
            const at = keptIndex(index);
            const titleError = errors[`milestones.${at}.title`] || undefined;
            const dateError = errors[`milestones.${at}.targetDate`] || undefined;
            return (
              <div
                key={m.key}
                className="grid gap-2 rounded-lg border p-3 sm:grid-cols-[1fr_10rem_auto] sm:items-start"
              >
                <Field
                  id={`milestone-${m.key}-title`}
                  label={`Milestone ${index + 1}`}
                  error={titleError}
                >
                  <Input
                    {...controlProps(`milestone-${m.key}-title`, { error: titleError })}
                    value={m.title}
                    maxLength={goalLimits.title}
                    onChange={(e) => setMilestone(index, { title: e.target.value })}
                    placeholder="e.g. Finish a SQL course"
                  />
                </Field>
                <Field id={`milestone-${m.key}-date`} label="Target date" error={dateError}>
                  <Input
                    {...controlProps(`milestone-${m.key}-date`, { error: dateError })}
                    type="date"
                    min={today}
                    max={draft.targetDate || undefined}
                    value={m.targetDate}
                    onChange={(e) => setMilestone(index, { targetDate: e.target.value })}
                  />
                </Field>
                <Button
                  type="button"
                  variant="ghost"
                  size="icon"
                  className="justify-self-end sm:mt-7"
                  aria-label={`Remove milestone ${index + 1}`}
                  onClick={() => removeMilestoneRow(index)}
                >
                  <Trash2 aria-hidden="true" />
                </Button>
              </div>
            );
          })}
          {draft.milestones.length < goalLimits.milestones ? (
            <Button
              type="button"
              variant="outline"
              className="w-full sm:w-fit"
              onClick={addMilestoneRow}
            >
              <Plus aria-hidden="true" />
              Add a milestone
            </Button>
          ) : null}
        </fieldset>
      )}
      <FormMessage error={message} />
      <DialogFooter>
        <DialogClose asChild>
          <Button type="button" variant="outline">
            Cancel
          </Button>
        </DialogClose>
        <Button type="submit" disabled={pending}>
          {pending ? <LoaderCircle className="animate-spin" aria-hidden="true" /> : null}
          {goal ? 'Save changes' : 'Create goal'}
        </Button>
      </DialogFooter>
    </form>
  );
}
