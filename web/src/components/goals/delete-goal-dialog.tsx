import { useQueryClient } from '@tanstack/react-query';
import { LoaderCircle, Trash2 } from 'lucide-react';
import { useState } from 'react';
import type { TGoal } from '../../../../contracts/goals';
import { describeError } from '../../lib/errors';
import { deleteGoal, refreshGoals } from '../../lib/goals';
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

export function DeleteGoalDialog({ goal }: { goal: TGoal }) {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string>();

  const confirm = async () => {
    setPending(true);
    setMessage(undefined);
    try {
      await deleteGoal(goal.id);
      await refreshGoals(queryClient);
      setOpen(false);
    } catch (error) {
      const described = describeError(error);
      setMessage(`${described.title}. ${described.hint}`);
    } finally {
      setPending(false);
    }
  };

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="ghost" size="sm" className="text-destructive hover:text-destructive">
          <Trash2 aria-hidden="true" />
          Delete
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Delete this goal?</DialogTitle>
          <DialogDescription>
            “{goal.title}” and its {goal.milestones.length}{' '}
            {goal.milestones.length === 1 ? 'milestone' : 'milestones'} will be gone for good. To
            keep it without working on it, pause or abandon it instead.
          </DialogDescription>
        </DialogHeader>
        <FormMessage error={message} />
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="outline">Keep it</Button>
          </DialogClose>
          <Button variant="destructive" disabled={pending} onClick={() => void confirm()}>
            {pending ? <LoaderCircle className="animate-spin" aria-hidden="true" /> : null}
            Delete goal
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
