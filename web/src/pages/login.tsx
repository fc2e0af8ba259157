import { CircleAlert, Info, KeyRound, LoaderCircle } from 'lucide-react';
import { useRef, useState, type FormEvent } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import type { TTwoFactorChallenge } from '../../../contracts/auth';
import { AuthLayout, textLinkClass } from '../components/auth/auth-layout';
import { OAuthButtons } from '../components/auth/oauth-buttons';
import { PasswordInput } from '../components/auth/password-input';
import type { LoginRedirectState } from '../components/auth/require-auth';
import { Field, controlProps } from '../components/form-field';
import { Alert } from '../components/ui/alert';
import { Button } from '../components/ui/button';
import { Input } from '../components/ui/input';
import { useAuth } from '../lib/auth-context';
import { formFailure, tryAgainIn, type FieldErrors } from '../lib/form-errors';
import { authPagePath } from '../lib/next-path';
import { oauthErrorMessage } from '../lib/oauth';
import { useDocumentTitle } from '../lib/use-document-title';

const loginNouns = { login: 'username or email', password: 'password' } as const;
type LoginField = keyof typeof loginNouns;

export function LoginPage() {
  useDocumentTitle('Log in');
  const [params] = useSearchParams();
  const next = params.get('next');
  const [challenge, setChallenge] = useState<TTwoFactorChallenge>();

  return (
    <AuthLayout
      title={challenge ? 'Two-step verification' : 'Log in'}
      description={
        challenge
          ? 'Your account is protected with a second step.'
          : 'Welcome back. Log in to continue to CareerOS.'
      }
      footer={
        challenge ? null : (
          <>
            New to CareerOS?{' '}
            <Link to={authPagePath('/register', next)} className={textLinkClass}>
              Create an account
            </Link>
          </>
        )
      }
    >
      {challenge ? (
        <TwoFactorForm challenge={challenge} onCancel={() => setChallenge(undefined)} />
      ) : (
        <>
          <LoginForm onChallenge={setChallenge} oauthError={params.get('oauthError')} />
          <OAuthButtons next={next} />
        </>
      )}
    </AuthLayout>
  );
}

function LoginForm({
  onChallenge,
  oauthError,
}: {
  onChallenge: (challenge: TTwoFactorChallenge) => void;
  /** Why a sign-in with a provider came back here, from the server's redirect. */
  oauthError: string | null;
}) {
  const { login } = useAuth();
  const location = useLocation();
  const sessionEnded = (location.state as LoginRedirectState | null)?.sessionEnded === true;
  const [values, setValues] = useState({ login: '', password: '' });
  const [errors, setErrors] = useState<FieldErrors<LoginField>>({});
  const [message, setMessage] = useState<string>();
  const [pending, setPending] = useState(false);
  const loginRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const focusFirstError = (fields: FieldErrors<LoginField>) => {
    if (fields.login) loginRef.current?.focus();
    else if (fields.password) passwordRef.current?.focus();
  };

  const update = (field: LoginField, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    if (errors[field]) setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const input = { login: values.login.trim(), password: values.password };
    const missing: FieldErrors<LoginField> = {};
    if (!input.login) missing.login = 'Enter your username or email.';
    if (!input.password) missing.password = 'Enter your password.';
    setMessage(undefined);
    if (missing.login || missing.password) {
      setErrors(missing);
      focusFirstError(missing);
      return;
    }
    setErrors({});
    setPending(true);
    try {
      const result = await login(input);
      // Signed in: the page redirects. Otherwise a second factor is needed.
      if (result.kind === 'two-factor') onChallenge(result.challenge);
    } catch (error) {
      const failure = formFailure(error, loginNouns, {
        UNAUTHENTICATED: 'That username, email or password is not right. Check them and try again.',
        RATE_LIMITED: `Too many attempts to log in. ${tryAgainIn(error)}`,
      });
      setErrors(failure.fields);
      setMessage(failure.message);
      focusFirstError(failure.fields);
    } finally {
      setPending(false);
    }
  };

  return (
    <form noValidate onSubmit={onSubmit} className="grid gap-5" aria-label="Log in">
      {oauthError && !message ? (
        <Alert variant="destructive" role="alert">
          <CircleAlert aria-hidden="true" />
          <p>{oauthErrorMessage(oauthError)}</p>
        </Alert>
      ) : null}
      {sessionEnded && !message && !oauthError ? (
        <Alert variant="info" role="status">
          <Info aria-hidden="true" />
          <p>Your session has ended. Log in again to continue.</p>
        </Alert>
      ) : null}
      {message ? (
        <Alert variant="destructive" role="alert">
          <CircleAlert aria-hidden="true" />
          <p>{message}</p>
        </Alert>
      ) : null}
      <Field id="login" label="Username or email" error={errors.login}>
        <Input
          ref={loginRef}
          {...controlProps('login', { error: errors.login })}
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          required
          maxLength={254}
          value={values.login}
          onChange={(event) => update('login', event.target.value)}
        />
      </Field>
      <Field id="password" label="Password" error={errors.password}>
        <PasswordInput
          ref={passwordRef}
          {...controlProps('password', { error: errors.password })}
          name="password"
          autoComplete="current-password"
          required
          maxLength={128}
          value={values.password}
          onChange={(event) => update('password', event.target.value)}
        />
      </Field>
      <p className="-mt-2 text-right text-sm">
        <Link to="/forgot-password" className={textLinkClass}>
          Forgot password?
        </Link>
      </p>
      <Button type="submit" size="lg" aria-disabled={pending || undefined} className="w-full">
        {pending ? <LoaderCircle className="animate-spin" aria-hidden="true" /> : null}
        {pending ? 'Logging in…' : 'Log in'}
      </Button>
    </form>
  );
}

const codeNouns = { code: 'code', backupCode: 'backup code' } as const;
type CodeField = keyof typeof codeNouns;

function TwoFactorForm({
  challenge,
  onCancel,
}: {
  challenge: TTwoFactorChallenge;
  onCancel: () => void;
}) {
  const { verifyTwoFactor } = useAuth();
  const [useBackup, setUseBackup] = useState(false);
  const [value, setValue] = useState('');
  const [errors, setErrors] = useState<FieldErrors<CodeField>>({});
  const [message, setMessage] = useState<string>();
  const [pending, setPending] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const field: CodeField = useBackup ? 'backupCode' : 'code';

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const answer = value.trim();
    setMessage(undefined);
    if (!answer) {
      setErrors({ [field]: useBackup ? 'Enter one of your backup codes.' : 'Enter the code.' });
      inputRef.current?.focus();
      return;
    }
    setErrors({});
    setPending(true);
    try {
      await verifyTwoFactor(
        challenge.challengeToken,
        useBackup ? { backupCode: answer } : { code: answer },
      );
    } catch (error) {
      const failure = formFailure(error, codeNouns, {
        UNAUTHENTICATED: useBackup
          ? 'That backup code is not right, or this login took too long. Try again.'
          : 'That code is not right, or this login took too long. Try again.',
        RATE_LIMITED: `Too many attempts. ${tryAgainIn(error)}`,
      });
      setErrors(failure.fields);
      setMessage(failure.message);
      inputRef.current?.focus();
    } finally {
      setPending(false);
    }
  };

  const switchMethod = () => {
    setUseBackup((current) => !current);
    setValue('');
    setErrors({});
    setMessage(undefined);
    inputRef.current?.focus();
  };

  // The server names the code field whichever kind was sent.
  const error = errors.code ?? errors.backupCode;
  return (
    <form noValidate onSubmit={onSubmit} className="grid gap-5" aria-label="Two-step verification">
      {message ? (
        <Alert variant="destructive" role="alert">
          <CircleAlert aria-hidden="true" />
          <p>{message}</p>
        </Alert>
      ) : null}
      <Field
        id="two-factor-code"
        label={useBackup ? 'Backup code' : 'Authentication code'}
        hint={
          useBackup
            ? 'One of the backup codes you saved when you turned on two-step verification.'
            : 'The 6-digit code from your authenticator app.'
        }
        error={error}
      >
        <Input
          ref={inputRef}
          {...controlProps('two-factor-code', { error, hint: true })}
          name={useBackup ? 'backup-code' : 'one-time-code'}
          autoComplete="one-time-code"
          inputMode={useBackup ? 'text' : 'numeric'}
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          autoFocus
          required
          maxLength={useBackup ? 20 : 7}
          value={value}
          onChange={(event) => {
            setValue(event.target.value);
            if (error) setErrors({});
          }}
          className="font-mono tracking-wider"
        />
      </Field>
      <Button type="submit" size="lg" aria-disabled={pending || undefined} className="w-full">
        {pending ? (
          <LoaderCircle className="animate-spin" aria-hidden="true" />
        ) : (
          <KeyRound aria-hidden="true" />
        )}
        {pending ? 'Verifying…' : 'Verify'}
      </Button>
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <button type="button" onClick={switchMethod} className={textLinkClass}>
          {useBackup ? 'Use your authenticator app' : 'Use a backup code'}
        </button>
        <button
          type="button"
          onClick={onCancel}
          className="rounded-sm text-muted-foreground underline-offset-4 outline-none hover:text-foreground hover:underline focus-visible:ring-2 focus-visible:ring-ring"
        >
          Back to log in
        </button>
      </div>
    </form>
  );
}
