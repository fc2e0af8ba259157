import { LoaderCircle } from 'lucide-react';
import { useRef, useState, type FormEvent } from 'react';
import { formFailure, tryAgainIn, type FieldErrors } from '../../lib/form-errors';
import type { ReauthInput } from '../../lib/two-factor';
import { PasswordInput } from '../auth/password-input';
import { Field, controlProps } from '../form-field';
import { Button, type ButtonProps } from '../ui/button';
import { FormMessage } from '../form-message';
import { SecondFactorField } from './second-factor-fields';

const nouns = { password: 'password', code: 'code', backupCode: 'backup code' } as const;
type ReauthField = keyof typeof nouns;

/** Password and a current code, asked again before turning 2FA off or replacing backup codes. */
export function ReauthForm({
  idPrefix,
  label,
  submitLabel,
  pendingLabel,
  submitVariant = 'default',
  onSubmit,
  onCancel,
}: {
  idPrefix: string;
  /** The form's accessible name. */
  label: string;
  submitLabel: string;
  pendingLabel: string;
  submitVariant?: ButtonProps['variant'];
  onSubmit: (input: ReauthInput) => Promise<unknown>;
  onCancel: () => void;
}) {
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [useBackup, setUseBackup] = useState(false);
  const [errors, setErrors] = useState<FieldErrors<ReauthField>>({});
  const [message, setMessage] = useState<string>();
  const [pending, setPending] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);

  const focusFirst = (fields: FieldErrors<ReauthField>) => {
    if (fields.password) passwordRef.current?.focus();
    else if (fields.code || fields.backupCode) codeRef.current?.focus();
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const answer = code.trim();
    const missing: FieldErrors<ReauthField> = {};
    if (!password) missing.password = 'Enter your password.';
    if (!answer) missing.code = useBackup ? 'Enter one of your backup codes.' : 'Enter the code.';
    setMessage(undefined);
    setErrors(missing);
    if (missing.password || missing.code) {
      focusFirst(missing);
      return;
    }
    setPending(true);
    try {
      await onSubmit(useBackup ? { password, backupCode: answer } : { password, code: answer });
    } catch (error) {
      const failure = formFailure(error, nouns, {
        RATE_LIMITED: `Too many attempts. ${tryAgainIn(error)}`,
      });
      setErrors(failure.fields);
      setMessage(failure.message);
      focusFirst(failure.fields);
    } finally {
      setPending(false);
    }
  };

  const passwordId = `${idPrefix}-password`;
  return (
    <form
      noValidate
      onSubmit={submit}
      aria-label={label}
      className="grid gap-4 rounded-lg border bg-muted/30 p-4"
    >
      <FormMessage error={message} />
      <Field id={passwordId} label="Your password" error={errors.password}>
        <PasswordInput
          ref={passwordRef}
          {...controlProps(passwordId, { error: errors.password })}
          name="password"
          autoComplete="current-password"
          autoFocus
          required
          maxLength={128}
          value={password}
          onChange={(event) => {
            setPassword(event.target.value);
            if (errors.password) setErrors((e) => ({ ...e, password: undefined }));
          }}
        />
      </Field>
      <SecondFactorField
        id={`${idPrefix}-code`}
        inputRef={codeRef}
        value={code}
        useBackup={useBackup}
        // The server names the code field whichever kind was sent.
        error={errors.code ?? errors.backupCode}
        onChange={(value) => {
          setCode(value);
          if (errors.code || errors.backupCode) {
            setErrors((e) => ({ ...e, code: undefined, backupCode: undefined }));
          }
        }}
        onToggle={() => {
          setUseBackup((current) => !current);
          setCode('');
          setErrors((e) => ({ ...e, code: undefined, backupCode: undefined }));
        }}
      />
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button type="button" variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" variant={submitVariant} aria-disabled={pending || undefined}>
          {pending ? <LoaderCircle className="animate-spin" aria-hidden="true" /> : null}
          {pending ? pendingLabel : submitLabel}
        </Button>
      </div>
    </form>
  );
}
