import { useQueryClient } from '@tanstack/react-query';
import { KeyRound, LoaderCircle } from 'lucide-react';
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { z } from 'zod';
import { ZPassword } from '../../../../contracts/auth';
import { sessionsQuery } from '../../lib/account';
import { formFailure, tryAgainIn, validateFields, type FieldErrors } from '../../lib/form-errors';
import { changePassword } from '../../lib/recovery';
import { PasswordInput } from '../auth/password-input';
import { textLinkClass } from '../auth/auth-layout';
import { Field, controlProps } from '../form-field';
import { Button } from '../ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '../ui/card';
import { FormMessage } from '../form-message';

// "current password" would read "This current password is not right."
const nouns = { currentPassword: 'password', newPassword: 'new password' } as const;
type PasswordField = keyof typeof nouns;
const ZNewPassword = z.object({ newPassword: ZPassword });

export function ChangePasswordCard({ userId, username }: { userId: string; username: string }) {
  const queryClient = useQueryClient();
  const [values, setValues] = useState({ currentPassword: '', newPassword: '' });
  const [errors, setErrors] = useState<FieldErrors<PasswordField>>({});
  const [message, setMessage] = useState<string>();
  const [done, setDone] = useState(false);
  const [pending, setPending] = useState(false);
  const currentRef = useRef<HTMLInputElement>(null);
  const newRef = useRef<HTMLInputElement>(null);

  const focusFirst = (fields: FieldErrors<PasswordField>) => {
    if (fields.currentPassword) currentRef.current?.focus();
    else if (fields.newPassword) newRef.current?.focus();
  };

  const update = (field: PasswordField, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setDone(false);
    if (errors[field]) setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    setMessage(undefined);
    setDone(false);
    const invalid: FieldErrors<PasswordField> = values.newPassword
      ? validateFields(ZNewPassword, values, nouns)
      : { newPassword: 'Choose a new password.' };
    if (!values.currentPassword) invalid.currentPassword = 'Enter your current password.';
    setErrors(invalid);
    if (invalid.currentPassword || invalid.newPassword) {
      focusFirst(invalid);
      return;
    }
    setPending(true);
    try {
      await changePassword(values);
      setValues({ currentPassword: '', newPassword: '' });
      setDone(true);
      void queryClient.invalidateQueries({ queryKey: sessionsQuery(userId).queryKey });
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

  return (
    <section aria-labelledby="password-title">
      <Card>
        <CardHeader>
          <CardTitle id="password-title" className="flex items-center gap-2">
            <KeyRound className="size-4 text-muted-foreground" aria-hidden="true" />
            Password
          </CardTitle>
          <CardDescription>
            Changing it signs out every other device signed in to your account; this one stays
            signed in.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <form noValidate onSubmit={submit} aria-label="Change password" className="grid gap-5">
            <FormMessage
              error={message}
              success={
                done
                  ? 'Password changed. Any other devices signed in to your account were signed out.'
                  : undefined
              }
            />
            {/* Lets password managers file the new password under the right account. */}
            <input
              type="text"
              name="username"
              autoComplete="username"
              value={username}
              readOnly
              hidden
            />
            <Field
              id="current-password"
              label="Current password"
              error={errors.currentPassword}
              hint={
                <>
                  Signed up with Google, GitHub or LinkedIn and never set one?{' '}
                  <Link to="/forgot-password" className={textLinkClass}>
                    Set a password by email
                  </Link>
                  .
                </>
              }
            >
              <PasswordInput
                ref={currentRef}
                {...controlProps('current-password', {
                  error: errors.currentPassword,
                  hint: true,
                })}
                name="current-password"
                autoComplete="current-password"
                required
                maxLength={128}
                value={values.currentPassword}
                onChange={(event) => update('currentPassword', event.target.value)}
              />
            </Field>
            <Field
              id="new-password"
              label="New password"
              error={errors.newPassword}
              hint="At least 8 characters. A few unrelated words make a strong password that is easy to remember."
            >
              <PasswordInput
                ref={newRef}
                {...controlProps('new-password', { error: errors.newPassword, hint: true })}
                name="new-password"
                autoComplete="new-password"
                required
                minLength={8}
                maxLength={128}
                value={values.newPassword}
                onChange={(event) => update('newPassword', event.target.value)}
              />
            </Field>
            <Button type="submit" className="w-full sm:w-fit" aria-disabled={pending || undefined}>
              {pending ? <LoaderCircle className="animate-spin" aria-hidden="true" /> : null}
              {pending ? 'Changing…' : 'Change password'}
            </Button>
          </form>
        </CardContent>
      </Card>
    </section>
  );
}
