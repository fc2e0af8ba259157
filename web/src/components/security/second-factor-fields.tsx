import type { Ref } from 'react';
import { cn } from '../../lib/utils';
import { textLinkClass } from '../auth/auth-layout';
import { Field, controlProps } from '../form-field';
import { Input } from '../ui/input';

/** An authenticator code input, or a backup code input after "Use a backup code". */
export function SecondFactorField({
  id,
  value,
  onChange,
  useBackup,
  onToggle,
  error,
  inputRef,
  fullWidth = false,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  /** Omit to offer only the authenticator code. */
  useBackup?: boolean;
  onToggle?: () => void;
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
  /** In a narrow dialog the code lines up with the full-width inputs above it. */
  fullWidth?: boolean;
}) {
  return (
    <div className="grid gap-2">
      <Field
        id={id}
        label={useBackup ? 'Backup code' : 'Authentication code'}
        hint={
          useBackup
            ? 'One of the backup codes you saved.'
            : 'The 6-digit code your authenticator app shows now.'
        }
        error={error}
      >
        <Input
          ref={inputRef}
          {...controlProps(id, { error, hint: true })}
          name={useBackup ? 'backup-code' : 'one-time-code'}
          autoComplete="one-time-code"
          inputMode={useBackup ? 'text' : 'numeric'}
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          required
          maxLength={useBackup ? 20 : 7}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          className={cn('font-mono tracking-wider', !fullWidth && 'max-w-60')}
        />
      </Field>
      {onToggle ? (
        <button type="button" onClick={onToggle} className={`${textLinkClass} w-fit text-sm`}>
          {useBackup ? 'Use your authenticator app' : 'Use a backup code'}
        </button>
      ) : null}
    </div>
  );
}
