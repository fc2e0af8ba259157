import { useMutation } from '@tanstack/react-query';
import { CircleAlert, CircleCheck, LinkIcon, LoaderCircle, MailX } from 'lucide-react';
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { z } from 'zod';
import { ZPassword } from '../../../contracts/auth';
import { AuthLayout, textLinkClass } from '../components/auth/auth-layout';
import { LinkOutcome } from '../components/auth/link-outcome';
import { PasswordInput } from '../components/auth/password-input';
import { Field, controlProps } from '../components/form-field';
import { Alert } from '../components/ui/alert';
import { Button } from '../components/ui/button';
import { isApiError } from '../lib/api';
import { useAuth } from '../lib/auth-context';
import { formFailure, tryAgainIn, validateFields, type FieldErrors } from '../lib/form-errors';
import { useLinkToken } from '../lib/link-token';
import { resetPassword } from '../lib/recovery';
import { useDocumentTitle } from '../lib/use-document-title';

const nouns = { password: 'password' } as const;
const ZResetForm = z.object({ password: ZPassword });

const newLinkButton = (
  <Button asChild size="lg" className="w-full">
    <Link to="/forgot-password">Ask for a new link</Link>
  </Button>
);

/** Where the link in the password-reset email leads. */
export function ResetPasswordPage() {
  useDocumentTitle('Choose a new password');
  const token = useLinkToken();
  // A new link starts afresh.
  return <ResetPassword key={token} token={token} />;
}

function ResetPassword({ token }: { token: string | undefined }) {
  const { status, logout } = useAuth();
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors<'password'>>({});
  const [message, setMessage] = useState<string>();
  const [deadLink, setDeadLink] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const reset = useMutation({
    mutationFn: (input: { token: string; password: string }) =>
      resetPassword(input.token, input.password),
    // The server has ended every session of the account, this browser's included.
    onSuccess: () => (status === 'signed-in' ? logout() : undefined),
  });

  if (!token) {
    return (
      <AuthLayout title="This link is incomplete" description="The password reset could not start.">
        <LinkOutcome icon={<LinkIcon aria-hidden="true" />} tone="problem" actions={newLinkButton}>
          <p>
            Open the link from the email again, or copy the whole address from the email into your
            browser.
          </p>
        </LinkOutcome>
      </AuthLayout>
    );
  }

  if (deadLink) {
    return (
      <AuthLayout title="This link no longer works" description="It was used or has expired.">
        <LinkOutcome
          icon={<MailX aria-hidden="true" />}
          tone="problem"
          live
          actions={newLinkButton}
        >
          <p>A reset link works once, for 30 minutes, and only the newest one works.</p>
        </LinkOutcome>
      </AuthLayout>
    );
  }

  if (reset.isSuccess) {
    return (
      <AuthLayout title="Password changed" description="You can log in with it now.">
        <LinkOutcome
          icon={<CircleCheck aria-hidden="true" />}
          tone="success"
          live
          actions={
            <Button asChild size="lg" className="w-full">
              <Link to="/login">Log in</Link>
            </Button>
          }
        >
          <p>Your new password is set. Every device that was signed in has been signed out.</p>
        </LinkOutcome>
      </AuthLayout>
    );
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (reset.isPending) return;
    setMessage(undefined);
    const invalid = password
      ? validateFields(ZResetForm, { password }, nouns)
      : { password: 'Choose a new password.' };
    setErrors(invalid);
    if (invalid.password) {
      inputRef.current?.focus();
      return;
    }
    reset.mutate(
      { token, password },
      {
        onError: (error) => {
          if (isApiError(error) && error.details.some((d) => d.path === 'body.token')) {
            setDeadLink(true);
            return;
          }
          const failure = formFailure(error, nouns, {
            RATE_LIMITED: `Too many attempts. ${tryAgainIn(error)}`,
          });
          setErrors(failure.fields);
          setMessage(failure.message);
          inputRef.current?.focus();
        },
      },
    );
  };

  return (
    <AuthLayout
      title="Choose a new password"
      description="Pick one you do not use anywhere else."
      footer={
        <Link to="/login" className={textLinkClass}>
          Back to log in
        </Link>
      }
    >
      <form
        noValidate
        onSubmit={onSubmit}
        className="grid gap-5"
        aria-label="Choose a new password"
      >
        {message ? (
          <Alert variant="destructive" role="alert">
            <CircleAlert aria-hidden="true" />
            <p>{message}</p>
          </Alert>
        ) : null}
        <Field
          id="new-password"
          label="New password"
          hint="At least 8 characters. A few unrelated words make a strong password that is easy to remember."
          error={errors.password}
        >
          <PasswordInput
            ref={inputRef}
            {...controlProps('new-password', { error: errors.password, hint: true })}
            name="new-password"
            autoComplete="new-password"
            autoFocus
            required
            minLength={8}
            maxLength={128}
            value={password}
            onChange={(event) => {
              setPassword(event.target.value);
              if (errors.password) setErrors({});
            }}
          />
        </Field>
        <Button
          type="submit"
          size="lg"
          aria-disabled={reset.isPending || undefined}
          className="w-full"
        >
          {reset.isPending ? <LoaderCircle className="animate-spin" aria-hidden="true" /> : null}
          {reset.isPending ? 'Saving…' : 'Set new password'}
        </Button>
      </form>
    </AuthLayout>
  );
}
