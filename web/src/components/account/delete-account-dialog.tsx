import { useQuery } from '@tanstack/react-query';
import { CircleAlert, Info, LoaderCircle, Trash2 } from 'lucide-react';
import { useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { TAuthUser } from '../../../../contracts/auth';
import type { TDeleteAccountRequest, TDeletionRequirements } from '../../../../contracts/privacy';
import { endDeletedSession } from '../../lib/auth';
import { describeError } from '../../lib/errors';
import { formFailure, tryAgainIn, type FieldErrors } from '../../lib/form-errors';
import { deleteAccount, deletionRequirementsQuery } from '../../lib/privacy';
import { PasswordInput } from '../auth/password-input';
import { Field, controlProps } from '../form-field';
import { FormMessage } from '../form-message';
import { SecondFactorField } from '../security/second-factor-fields';
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
  DialogTrigger,
} from '../ui/dialog';
import { Input } from '../ui/input';
import { Skeleton } from '../ui/skeleton';

/** What the home page is told after an account was deleted, to say so. */
export interface AccountDeletedState {
  accountDeleted?: boolean;
}

const nouns = {
  password: 'password',
  confirmUsername: 'username',
  code: 'code',
  backupCode: 'backup code',
} as const;
type DeleteField = keyof typeof nouns;

/** The "Delete account" button and the dialog that confirms it is really the owner. */
export function DeleteAccountDialog({ user }: { user: TAuthUser }) {
  const [open, setOpen] = useState(false);
  const requirements = useQuery({ ...deletionRequirementsQuery(user.id), enabled: open });

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="destructive" className="w-full sm:w-auto">
          <Trash2 aria-hidden="true" />
          Delete account
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Delete your account?</DialogTitle>
          <DialogDescription>
            This permanently deletes <strong className="text-foreground">{user.username}</strong>,
            your data and your files, and signs you out everywhere. It cannot be undone; download
            your data first if you want a copy.
          </DialogDescription>
        </DialogHeader>
        {requirements.data ? (
          <DeleteAccountForm user={user} requirements={requirements.data} />
        ) : requirements.isError ? (
          <Alert variant="destructive" role="alert">
            <CircleAlert aria-hidden="true" />
            <p>
              {describeError(requirements.error).title}. {describeError(requirements.error).hint}
            </p>
          </Alert>
        ) : (
          <div role="status" aria-label="Loading" className="grid gap-3">
            <Skeleton className="h-4 w-24" />
            <Skeleton className="h-10 w-full" />
          </div>
        )}
      </DialogContent>
    </Dialog>
  );
}

function DeleteAccountForm({
  user,
  requirements,
}: {
  user: TAuthUser;
  requirements: TDeletionRequirements;
}) {
  const navigate = useNavigate();
  const [values, setValues] = useState({ password: '', confirmUsername: '', code: '' });
  const [useBackup, setUseBackup] = useState(false);
  const [errors, setErrors] = useState<FieldErrors<DeleteField>>({});
  const [message, setMessage] = useState<string>();
  const [pending, setPending] = useState(false);
  const firstRef = useRef<HTMLInputElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const withPassword = requirements.confirmWith === 'password';
  const mustSignInAgain = !withPassword && !requirements.signedInRecently;
  const firstField: DeleteField = withPassword ? 'password' : 'confirmUsername';
  const codeField = useBackup ? ('backupCode' as const) : ('code' as const);

  const show = (fields: FieldErrors<DeleteField>, text?: string) => {
    setErrors(fields);
    setMessage(text);
    if (fields[firstField]) firstRef.current?.focus();
    else if (fields.code || fields.backupCode) codeRef.current?.focus();
  };

  const update = (field: 'password' | 'confirmUsername' | 'code', value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) =>
      field === 'code'
        ? { ...current, code: undefined, backupCode: undefined }
        : { ...current, [field]: undefined },
    );
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const code = values.code.trim();
    const missing: FieldErrors<DeleteField> = {};
    if (withPassword && !values.password) missing.password = 'Enter your password.';
    if (!withPassword && !values.confirmUsername.trim()) {
      missing.confirmUsername = 'Type your username.';
    }
    if (requirements.twoFactor && !code) {
      missing[codeField] = useBackup ? 'Enter one of your backup codes.' : 'Enter the code.';
    }
    if (Object.keys(missing).length) return show(missing);
    const input: TDeleteAccountRequest = withPassword
      ? { password: values.password }
      : { confirmUsername: values.confirmUsername.trim() };
    if (requirements.twoFactor) input[codeField] = code;
    show({});
    setPending(true);
    try {
      await deleteAccount(user.id, input);
      const state: AccountDeletedState = { accountDeleted: true };
      // Leave first, so the members-only page does not send the user to the login page.
      await navigate('/', { flushSync: true, state });
      endDeletedSession();
    } catch (error) {
      const failure = formFailure(error, nouns, {
        RATE_LIMITED: `Too many attempts. ${tryAgainIn(error)}`,
      });
      if (failure.fields.confirmUsername && values.confirmUsername.trim()) {
        failure.fields.confirmUsername = `That is not your username. Type ${user.username}.`;
      }
      show(failure.fields, failure.message);
      setPending(false);
    }
  };

  const codeError = errors.code ?? errors.backupCode;
  return (
    <form noValidate onSubmit={onSubmit} className="grid gap-5" aria-label="Delete account">
      <FormMessage error={message} />
      {mustSignInAgain ? (
        <Alert variant="info" role="status">
          <Info aria-hidden="true" />
          <p>
            Your account has no password, so deleting it needs a recent sign-in. Sign out, sign in
            again, and delete it within 15 minutes.
          </p>
        </Alert>
      ) : null}
      {withPassword ? (
        <Field id="delete-password" label="Password" error={errors.password}>
          <PasswordInput
            ref={firstRef}
            {...controlProps('delete-password', { error: errors.password })}
            name="password"
            autoComplete="current-password"
            autoFocus
            required
            maxLength={128}
            value={values.password}
            onChange={(event) => update('password', event.target.value)}
          />
        </Field>
      ) : (
        <Field
          id="delete-username"
          label="Your username"
          hint={`Type ${user.username} to confirm.`}
          error={errors.confirmUsername}
        >
          <Input
            ref={firstRef}
            {...controlProps('delete-username', { error: errors.confirmUsername, hint: true })}
            name="confirm-username"
            autoComplete="off"
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
            autoFocus
            required
            maxLength={64}
            value={values.confirmUsername}
            onChange={(event) => update('confirmUsername', event.target.value)}
          />
        </Field>
      )}
      {requirements.twoFactor ? (
        <SecondFactorField
          id="delete-code"
          fullWidth
          inputRef={codeRef}
          value={values.code}
          useBackup={useBackup}
          error={codeError}
          onChange={(value) => update('code', value)}
          onToggle={() => {
            setUseBackup((current) => !current);
            update('code', '');
            codeRef.current?.focus();
          }}
        />
      ) : null}
      <DialogFooter>
        <DialogClose asChild>
          <Button type="button" variant="outline">
            Cancel
          </Button>
        </DialogClose>
        <Button
          type="submit"
          variant="destructive"
          aria-disabled={pending || mustSignInAgain || undefined}
        >
          {pending ? (
            <LoaderCircle className="animate-spin" aria-hidden="true" />
          ) : (
            <Trash2 aria-hidden="true" />
          )}
          {pending ? 'Deleting…' : 'Delete my account'}
        </Button>
      </DialogFooter>
    </form>
  );
}
