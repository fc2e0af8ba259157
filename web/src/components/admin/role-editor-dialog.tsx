import { useMutation } from '@tanstack/react-query';
import { LoaderCircle, TriangleAlert } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import type { TAdminUser } from '../../../../contracts/admin';
import { roles, type TRole } from '../../../../contracts/auth';
import { roleDescriptions, roleLabels, setRoles } from '../../lib/admin';
import { formFailure } from '../../lib/form-errors';
import { FormMessage } from '../form-message';
import { Alert } from '../ui/alert';
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

/** Roles combine: tick any set of them, at least one. */
export function RoleEditorDialog({
  user,
  self,
  onClose,
  onSaved,
}: {
  user: TAdminUser;
  self: boolean;
  onClose: () => void;
  onSaved: (user: TAdminUser) => void;
}) {
  const [selected, setSelected] = useState<ReadonlySet<TRole>>(new Set(user.roles));
  const [confirmingSelfDemotion, setConfirmingSelfDemotion] = useState(false);
  const [problem, setProblem] = useState<string>();
  const save = useMutation({
    mutationFn: () =>
      setRoles(
        user.id,
        roles.filter((role) => selected.has(role)),
      ),
    onSuccess: onSaved,
    onError: (error) => {
      setConfirmingSelfDemotion(false);
      const failure = formFailure(error, { roles: 'role' });
      setProblem(failure.fields.roles ?? failure.message);
    },
  });

  const losesOwnAdmin = self && user.roles.includes('admin') && !selected.has('admin');
  const unchanged =
    selected.size === user.roles.length && user.roles.every((role) => selected.has(role));

  const toggle = (role: TRole, on: boolean) => {
    setProblem(undefined);
    setConfirmingSelfDemotion(false);
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(role);
      else next.delete(role);
      return next;
    });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    if (selected.size === 0) {
      setProblem('Choose at least one role.');
      return;
    }
    if (losesOwnAdmin && !confirmingSelfDemotion) {
      setConfirmingSelfDemotion(true);
      return;
    }
    setProblem(undefined);
    save.mutate();
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
          <DialogTitle>{`Roles of ${user.username}`}</DialogTitle>
          <DialogDescription>
            Roles add up: a mentor is usually a student too. Changes apply to the next thing they
            do.
          </DialogDescription>
        </DialogHeader>
        <form id="role-editor" onSubmit={submit} noValidate>
          <fieldset aria-describedby={problem ? 'role-editor-problem' : undefined}>
            <legend className="sr-only">Roles</legend>
            <div className="divide-y rounded-lg border">
              {roles.map((role) => (
                <label
                  key={role}
                  className="flex cursor-pointer items-start gap-3 p-3 has-focus-visible:bg-accent/50"
                >
                  <input
                    type="checkbox"
                    name="roles"
                    value={role}
                    checked={selected.has(role)}
                    onChange={(event) => toggle(role, event.target.checked)}
                    className="mt-0.5 size-4 shrink-0 cursor-pointer accent-primary"
                  />
                  <span className="grid gap-0.5">
                    <span className="text-sm font-medium">{roleLabels[role]}</span>
                    <span className="text-xs text-muted-foreground">{roleDescriptions[role]}</span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
        </form>
        {confirmingSelfDemotion ? (
          <Alert variant="destructive" role="alert">
            <TriangleAlert aria-hidden="true" />
            <p>
              You are removing your own administrator role. You will lose access to these pages at
              once, and only another administrator can give it back.
            </p>
          </Alert>
        ) : null}
        <FormMessage error={problem} id="role-editor-problem" />
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="outline">Cancel</Button>
          </DialogClose>
          <Button
            type="submit"
            form="role-editor"
            variant={confirmingSelfDemotion ? 'destructive' : 'default'}
            disabled={unchanged}
            aria-disabled={save.isPending || undefined}
          >
            {save.isPending ? <LoaderCircle className="animate-spin" aria-hidden="true" /> : null}
            {confirmingSelfDemotion ? 'Remove my admin role' : 'Save roles'}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
