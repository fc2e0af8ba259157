import { useMutation } from '@tanstack/react-query';
import { LoaderCircle } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import type { TAdminUser } from '../../../../contracts/admin';
import { reactivateUser, suspendUser } from '../../lib/admin';
import { formFailure } from '../../lib/form-errors';
import { controlProps, Field } from '../form-field';
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
} from '../ui/dialog';

const MAX_REASON = 500;

/** Confirms suspending (with an optional reason, kept in the audit log) or reactivating. */
export function AccountStatusDialog({
  user,
  onClose,
  onDone,
}: {
  user: TAdminUser;
  onClose: () => void;
  onDone: (user: TAdminUser) => void;
}) {
  const suspending = user.status === 'active';
  const [reason, setReason] = useState('');
  const hint = `Kept in the audit log. ${reason.length}/${MAX_REASON} characters.`;
  const [problem, setProblem] = useState<{ reason?: string; message?: string }>({});
  const change = useMutation({
    mutationFn: () => (suspending ? suspendUser(user.id, reason.trim()) : reactivateUser(user.id)),
    onSuccess: onDone,
    onError: (error) => {
      const failure = formFailure(error, { reason: 'reason' });
      setProblem({ reason: failure.fields.reason, message: failure.message });
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (change.isPending) return;
    setProblem({});
    change.mutate();
  };

  return (
    <Dialog
      open
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
    >
      <DialogContent>
        <DialogHeader>
          <DialogTitle>
            {suspending ? `Suspend ${user.username}?` : `Reactivate ${user.username}?`}
          </DialogTitle>
          <DialogDescription>
            {suspending
              ? 'They are signed out everywhere at once and cannot log in until reactivated. Their data stays as it is.'
              : 'They can log in again. Sessions ended by the suspension stay ended.'}
          </DialogDescription>
        </DialogHeader>
        <form id="account-status" onSubmit={submit} noValidate>
          {suspending ? (
            <Field id="suspend-reason" label="Reason (optional)" hint={hint} error={problem.reason}>
              <textarea
                {...controlProps('suspend-reason', { hint, error: problem.reason })}
                value={reason}
                maxLength={MAX_REASON}
                rows={3}
                onChange={(event) => setReason(event.target.value)}
                className="flex min-h-20 w-full rounded-md border border-input bg-background px-3 py-2 text-base shadow-xs transition-colors outline-none placeholder:text-muted-foreground focus-visible:border-ring focus-visible:ring-2 focus-visible:ring-ring/40 aria-invalid:border-destructive sm:text-sm dark:bg-input/20"
                placeholder="e.g. Spam in the community forum"
              />
            </Field>
          ) : null}
        </form>
        <FormMessage error={problem.message} />
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="outline">Cancel</Button>
          </DialogClose>
          <Button
            type="submit"
            form="account-status"
            variant={suspending ? 'destructive' : 'default'}
            aria-disabled={change.isPending || undefined}
          >
            {change.isPending ? <LoaderCircle className="animate-spin" aria-hidden="true" /> : null}
            {suspending ? 'Suspend account' : 'Reactivate account'}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
