import { LoaderCircle, Trash2 } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { describeError } from '../lib/errors';
import { FormMessage } from './form-message';
import { Button } from './ui/button';
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from './ui/dialog';

/**
 * A "Delete" button that asks first: what goes and what stays in the description, the error
 * (if any) in the dialog, which closes once `onConfirm` has finished.
 */
export function ConfirmDeleteDialog({
  title,
  description,
  confirmLabel,
  triggerLabel,
  triggerVariant = 'ghost',
  onConfirm,
}: {
  title: string;
  description: ReactNode;
  confirmLabel: string;
  /** The trigger's accessible name when "Delete" alone would be ambiguous in a list. */
  triggerLabel?: string;
  /** Outline beside other outline buttons (a row's actions); ghost on its own. */
  triggerVariant?: 'ghost' | 'outline';
  onConfirm: () => Promise<void>;
}) {
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string>();

  const confirm = async () => {
    setPending(true);
    setMessage(undefined);
    try {
      await onConfirm();
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
          variant={triggerVariant}
          size="sm"
          className={triggerVariant === 'ghost' ? 'text-destructive hover:text-destructive' : ''}
          aria-label={triggerLabel}
        >
          <Trash2 aria-hidden="true" />
          Delete
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>{description}</DialogDescription>
        </DialogHeader>
        <FormMessage error={message} />
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="outline">Keep it</Button>
          </DialogClose>
          <Button variant="destructive" disabled={pending} onClick={() => void confirm()}>
            {pending ? <LoaderCircle className="animate-spin" aria-hidden="true" /> : null}
            {confirmLabel}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
