import { useMutation } from '@tanstack/react-query';
import { CircleAlert, LoaderCircle, MailCheck } from 'lucide-react';
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { z } from 'zod';
import { ZEmail } from '../../../contracts/auth';
import { AuthLayout, textLinkClass } from '../components/auth/auth-layout';
import { LinkOutcome } from '../components/auth/link-outcome';
import { Field, controlProps } from '../components/form-field';
import { Alert } from '../components/ui/alert';
import { Button } from '../components/ui/button';
import { Input } from '../components/ui/input';
import { formFailure, tryAgainIn, validateFields, type FieldErrors } from '../lib/form-errors';
import { requestPasswordReset } from '../lib/recovery';
import { useDocumentTitle } from '../lib/use-document-title';

const nouns = { email: 'email address' } as const;
const ZForgotForm = z.object({ email: ZEmail });

/** Asks for a reset link. The answer never tells whether the address has an account. */
export function ForgotPasswordPage() {
  useDocumentTitle('Forgot your password');
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<FieldErrors<'email'>>({});
  const [message, setMessage] = useState<string>();
  const [sentTo, setSentTo] = useState<string>();
  const inputRef = useRef<HTMLInputElement>(null);
  const request = useMutation({ mutationFn: requestPasswordReset });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (request.isPending) return;
    const value = email.trim();
    setMessage(undefined);
    const invalid = value
      ? validateFields(ZForgotForm, { email: value }, nouns)
      : { email: 'Enter your email address.' };
    setErrors(invalid);
    if (invalid.email) {
      inputRef.current?.focus();
      return;
    }
    request.mutate(value, {
      onSuccess: () => setSentTo(value),
      onError: (error) => {
        const failure = formFailure(error, nouns, {
          RATE_LIMITED: `Too many reset links asked for. ${tryAgainIn(error)}`,
        });
        setErrors(failure.fields);
        setMessage(failure.message);
        inputRef.current?.focus();
      },
    });
  };

  const footer = (
    <>
      Remembered it?{' '}
      <Link to="/login" className={textLinkClass}>
        Log in
      </Link>
    </>
  );

  if (sentTo) {
    return (
      <AuthLayout
        title="Check your inbox"
        description="A reset link is on its way."
        footer={footer}
      >
        <LinkOutcome
          icon={<MailCheck aria-hidden="true" />}
          tone="success"
          live
          actions={
            <Button
              variant="outline"
              className="w-full"
              onClick={() => {
                setSentTo(undefined);
                request.reset();
              }}
            >
              Use another address
            </Button>
          }
        >
          <p>
            If an account uses <span className="break-all text-foreground">{sentTo}</span>, we have
            sent it a link to choose a new password. The link works once, for 30 minutes.
          </p>
          <p>Nothing there after a few minutes? Check the spam folder, or try again.</p>
        </LinkOutcome>
      </AuthLayout>
    );
  }

  return (
    <AuthLayout
      title="Forgot your password?"
      description="Enter the email address of your account and we will send you a link to choose a new password."
      footer={footer}
    >
      <form noValidate onSubmit={onSubmit} className="grid gap-5" aria-label="Reset your password">
        {message ? (
          <Alert variant="destructive" role="alert">
            <CircleAlert aria-hidden="true" />
            <p>{message}</p>
          </Alert>
        ) : null}
        <Field id="email" label="Email" error={errors.email}>
          <Input
            ref={inputRef}
            {...controlProps('email', { error: errors.email })}
            type="email"
            name="email"
            autoComplete="email"
            inputMode="email"
            spellCheck={false}
            required
            maxLength={254}
            value={email}
            onChange={(event) => {
              setEmail(event.target.value);
              if (errors.email) setErrors({});
            }}
          />
        </Field>
        <Button
          type="submit"
          size="lg"
          aria-disabled={request.isPending || undefined}
          className="w-full"
        >
          {request.isPending ? <LoaderCircle className="animate-spin" aria-hidden="true" /> : null}
          {request.isPending ? 'Sending…' : 'Send reset link'}
        </Button>
      </form>
    </AuthLayout>
  );
}
