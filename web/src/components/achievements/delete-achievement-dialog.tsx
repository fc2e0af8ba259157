import { LoaderCircle, Trash2 } from 'lucide-react';
import { useState } from 'react';
import type { TAchievement, TAchievementEffects } from '../../../../contracts/achievements';
import { deleteAchievement } from '../../lib/achievements';
import { describeError } from '../../lib/errors';
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

export function DeleteAchievementDialog({
  achievement,
  onDeleted,
}: {
  achievement: TAchievement;
  onDeleted: (effects: TAchievementEffects) => Promise<void>;
}) {
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string>();

  const confirm = async () => {
    setPending(true);
    setMessage(undefined);
    try {
      const { effects } = await deleteAchievement(achievement.id);
      await onDeleted(effects);
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
        <Button
          variant="ghost"
          size="sm"
          className="text-destructive hover:text-destructive"
          aria-label={`Delete ${achievement.title}`}
        >
          <Trash2 aria-hidden="true" />
          Delete
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Delete this achievement?</DialogTitle>
          <DialogDescription>
            “{achievement.title}” leaves your timeline and your generated resume. Skills only it
            added to your profile go with it; skills you added yourself or others back stay.
          </DialogDescription>
        </DialogHeader>
        <FormMessage error={message} />
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="outline">Keep it</Button>
          </DialogClose>
          <Button variant="destructive" disabled={pending} onClick={() => void confirm()}>
            {pending ? <LoaderCircle className="animate-spin" aria-hidden="true" /> : null}
            Delete achievement
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
