import { CircleAlert, LoaderCircle } from 'lucide-react';
import { useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { z } from 'zod';
import { ZEmail, ZPassword, ZUsername } from '../../../contracts/auth';
import { AuthLayout, textLinkClass } from '../components/auth/auth-layout';
import { OAuthButtons } from '../components/auth/oauth-buttons';
import { PasswordInput } from '../components/auth/password-input';
import { Field, controlProps } from '../components/form-field';
import { Alert } from '../components/ui/alert';
import { Button } from '../components/ui/button';
import { Input } from '../components/ui/input';
import { isApiError } from '../lib/api';
import { useAuth } from '../lib/auth-context';
import { formFailure, tryAgainIn, validateFields, type FieldErrors } from '../lib/form-errors';
import { authPagePath } from '../lib/next-path';
import { useDocumentTitle } from '../lib/use-document-title';

const nouns = { username: 'username', email: 'email address', password: 'password' } as const;
type RegisterField = keyof typeof nouns;
const fieldOrder: readonly RegisterField[] = ['username', 'email', 'password'];

/** The server's rules, checked before sending; password strength is judged by the server. */
const ZRegisterForm = z.object({ username: ZUsername, email: ZEmail, password: ZPassword });

export function RegisterPage() {
  useDocumentTitle('Create an account');
  const { register } = useAuth();
  const [params] = useSearchParams();
  const next = params.get('next');
  const [values, setValues] = useState({ username: '', email: '', password: '' });
  const [errors, setErrors] = useState<FieldErrors<RegisterField>>({});
  const [message, setMessage] = useState<string>();
  const [pending, setPending] = useState(false);
  const [emailTaken, setEmailTaken] = useState(false);
  const usernameRef = useRef<HTMLInputElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const focusFirstError = (fields: FieldErrors<RegisterField>) => {
    const first = fieldOrder.find((field) => fields[field]);
    const ref = { username: usernameRef, email: emailRef, password: passwordRef };
    if (first) ref[first].current?.focus();
  };

  const update = (field: RegisterField, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    if (errors[field]) setErrors((current) => ({ ...current, [field]: undefined }));
    if (field === 'email') setEmailTaken(false);
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const input = {
      username: values.username.trim(),
      email: values.email.trim(),
      password: values.password,
    };
    setMessage(undefined);
    const invalid = validateFields(ZRegisterForm, input, nouns);
    if (!input.username) invalid.username = 'Choose a username.';
    if (!input.email) invalid.email = 'Enter your email address.';
    if (!input.password) invalid.password = 'Choose a password.';
    if (Object.keys(invalid).length > 0) {
      setErrors(invalid);
      focusFirstError(invalid);
      return;
    }
    setErrors({});
    setPending(true);
    try {
      // Signed in: the page redirects to `next` or the account page.
      await register(input);
    } catch (error) {
      const failure = formFailure(error, nouns, {
        CONFLICT: 'An account with this username or email already exists.',
        RATE_LIMITED: `Too many sign-ups from this network. ${tryAgainIn(error)}`,
      });
      setErrors(failure.fields);
      setMessage(failure.message);
      setEmailTaken(
        isApiError(error) &&
          error.code === 'CONFLICT' &&
          error.details.some((detail) => detail.path === 'body.email'),
      );
      focusFirstError(failure.fields);
    } finally {
      setPending(false);
    }
  };

  return (
    <AuthLayout
      title="Create your account"
      description="Plan your career, close your skill gaps and keep your achievements in one place."
      footer={
        <>
          Already have an account?{' '}
          <Link to={authPagePath('/login', next)} className={textLinkClass}>
            Log in
          </Link>
        </>
      }
    >
      <form noValidate onSubmit={onSubmit} className="grid gap-5" aria-label="Create an account">
        {message ? (
          <Alert variant="destructive" role="alert">
            <CircleAlert aria-hidden="true" />
            <p>{message}</p>
          </Alert>
        ) : null}
        <Field
          id="username"
          label="Username"
          hint="3 to 32 letters, digits, dots, dashes or underscores. Shown to other people."
          error={errors.username}
        >
          <Input
            ref={usernameRef}
            {...controlProps('username', { error: errors.username, hint: true })}
            name="username"
            autoComplete="username"
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
            required
            minLength={3}
            maxLength={32}
            value={values.username}
            onChange={(event) => update('username', event.target.value)}
          />
        </Field>
        <Field id="email" label="Email" error={errors.email}>
          <Input
            ref={emailRef}
            {...controlProps('email', { error: errors.email })}
            type="email"
            name="email"
            autoComplete="email"
            inputMode="email"
            spellCheck={false}
            required
            maxLength={254}
            value={values.email}
            onChange={(event) => update('email', event.target.value)}
          />
        </Field>
        {emailTaken ? (
          <p className="-mt-3 text-sm">
            <Link to={authPagePath('/login', next)} className={textLinkClass}>
              Log in to that account
            </Link>
          </p>
        ) : null}
        <Field
          id="password"
          label="Password"
          hint="At least 8 characters. A few unrelated words make a strong password that is easy to remember."
          error={errors.password}
        >
          <PasswordInput
            ref={passwordRef}
            {...controlProps('password', { error: errors.password, hint: true })}
            name="password"
            autoComplete="new-password"
            required
            minLength={8}
            maxLength={128}
            value={values.password}
            onChange={(event) => update('password', event.target.value)}
          />
        </Field>
        <Button type="submit" size="lg" aria-disabled={pending || undefined} className="w-full">
          {pending ? <LoaderCircle className="animate-spin" aria-hidden="true" /> : null}
          {pending ? 'Creating your account…' : 'Create account'}
        </Button>
      </form>
      <OAuthButtons next={next} />
    </AuthLayout>
  );
}
