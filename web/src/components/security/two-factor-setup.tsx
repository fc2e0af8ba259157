import { Check, Copy, LoaderCircle } from 'lucide-react';
import { useRef, useState, type FormEvent } from 'react';
import { formFailure, tryAgainIn, type FieldErrors } from '../../lib/form-errors';
import { enableTwoFactor, groupKey, type TwoFactorSetup } from '../../lib/two-factor';
import { Button } from '../ui/button';
import { FormMessage } from '../form-message';
import { SecondFactorField } from './second-factor-fields';

const nouns = { code: 'code' } as const;

/** Scan or type the new key into an app, then confirm with a code from it. */
export function TwoFactorSetupPanel({
  setup,
  onEnabled,
  onCancel,
}: {
  setup: TwoFactorSetup;
  onEnabled: (backupCodes: string[]) => void;
  onCancel: () => void;
}) {
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FieldErrors<'code'>>({});
  const [message, setMessage] = useState<string>();
  const [pending, setPending] = useState(false);
  const [copied, setCopied] = useState(false);
  const codeRef = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const answer = code.trim();
    setMessage(undefined);
    if (!/^\d{3} ?\d{3}$/.test(answer)) {
      setErrors({ code: 'Enter the 6-digit code from the app.' });
      codeRef.current?.focus();
      return;
    }
    setErrors({});
    setPending(true);
    try {
      const { backupCodes } = await enableTwoFactor(answer);
      onEnabled(backupCodes);
    } catch (error) {
      const failure = formFailure(error, nouns, {
        RATE_LIMITED: `Too many attempts. ${tryAgainIn(error)}`,
      });
      setErrors(failure.fields);
      setMessage(failure.message);
      codeRef.current?.focus();
    } finally {
      setPending(false);
    }
  };

  const copyKey = async () => {
    try {
      await navigator.clipboard.writeText(setup.secret);
      setCopied(true);
    } catch {
      // Without clipboard access the key is still there to select and type.
    }
  };

  return (
    <div className="grid gap-6">
      <ol className="grid gap-6 md:grid-cols-[auto_1fr] md:gap-8">
        <li className="grid justify-items-center gap-3 md:justify-items-start">
          <p className="text-sm font-medium">1. Scan this code with an authenticator app</p>
          {/* White behind the code in both themes: cameras need the contrast. */}
          <img
            src={setup.qrCodeDataUrl}
            alt="QR code to add CareerOS to your authenticator app"
            width={176}
            height={176}
            className="size-44 rounded-lg border bg-white p-2"
          />
        </li>
        <li className="grid content-start gap-3">
          <p className="text-sm font-medium">Or type this key into the app</p>
          <div className="flex flex-wrap items-center gap-2">
            <code
              aria-label="Setup key"
              className="rounded-md border bg-muted/40 px-3 py-2 font-mono text-sm tracking-wider break-all select-all"
            >
              {groupKey(setup.secret)}
            </code>
            <Button type="button" variant="outline" size="sm" onClick={() => void copyKey()}>
              {copied ? <Check aria-hidden="true" /> : <Copy aria-hidden="true" />}
              {copied ? 'Copied' : 'Copy key'}
            </Button>
          </div>
          <p className="text-sm text-muted-foreground">
            Apps such as Aegis, Google Authenticator, Microsoft Authenticator or 1Password work.
            Choose a time-based key if the app asks.
          </p>
        </li>
      </ol>
      <form noValidate onSubmit={submit} aria-label="Confirm the code" className="grid gap-4">
        <p className="text-sm font-medium">2. Enter the code the app shows</p>
        <FormMessage error={message} />
        <SecondFactorField
          id="setup-code"
          inputRef={codeRef}
          value={code}
          error={errors.code}
          onChange={(value) => {
            setCode(value);
            if (errors.code) setErrors({});
          }}
        />
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button type="button" variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" aria-disabled={pending || undefined}>
            {pending ? <LoaderCircle className="animate-spin" aria-hidden="true" /> : null}
            {pending ? 'Turning on…' : 'Turn on two-step verification'}
          </Button>
        </div>
      </form>
    </div>
  );
}
