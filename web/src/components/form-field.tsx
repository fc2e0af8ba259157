import { CircleAlert } from 'lucide-react';
import type { ReactNode } from 'react';
import { Label } from './ui/label';

/** The ids a field's control points to with aria-describedby. */
export function fieldIds(id: string) {
  return { hint: `${id}-hint`, error: `${id}-error` };
}

/** Accessibility attributes for the control inside a <Field>. */
export function controlProps(id: string, { hint, error }: { hint?: ReactNode; error?: string }) {
  const ids = fieldIds(id);
  const describedBy = [error ? ids.error : undefined, hint ? ids.hint : undefined]
    .filter(Boolean)
    .join(' ');
  return {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy || undefined,
  } as const;
}

/** Label, control, then the field's error (if any) and hint, stacked. */
export function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
}) {
  const ids = fieldIds(id);
  return (
    <div className="grid gap-2">
      <Label htmlFor={id}>{label}</Label>
      {children}
      {error ? (
        <p id={ids.error} className="flex gap-1.5 text-sm text-destructive">
          <CircleAlert className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
          <span>{error}</span>
        </p>
      ) : null}
      {hint ? (
        <p id={ids.hint} className="text-xs text-muted-foreground">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
