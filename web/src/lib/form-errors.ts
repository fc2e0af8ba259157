import type { z } from 'zod';
import type { TFieldError } from '../../../contracts/errors';
import { isApiError } from './api';
import { describeError } from './errors';

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

/**
 * Turns a server or schema message about a field into a sentence. Messages are fragments
 * ("is already taken", "at least 8 characters"), written to follow the field's name.
 */
export function fieldMessage(noun: string, message: string): string {
  const text = message.trim().replace(/\.$/, '');
  if (/^(is|are|already|has|must|does|was)\b/i.test(text)) return `This ${noun} ${text}.`;
  if (/^(a|an|at least|at most)\b/i.test(text)) return `Must be ${text}.`;
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** Splits an API error's details into messages for known fields and the rest. */
export function fieldErrorsFromDetails<F extends string>(
  details: readonly TFieldError[],
  nouns: Record<F, string>,
): { fields: FieldErrors<F>; other: TFieldError[] } {
  const fields: FieldErrors<F> = {};
  const other: TFieldError[] = [];
  for (const detail of details) {
    const name = detail.path.replace(/^body\./, '').split('.')[0] ?? '';
    if (Object.hasOwn(nouns, name)) {
      const field = name as F;
      fields[field] ??= fieldMessage(nouns[field], detail.message);
    } else {
      other.push(detail);
    }
  }
  return { fields, other };
}

/** Validates values against a schema on the client, with the same wording as the server. */
export function validateFields<F extends string>(
  schema: z.ZodType,
  values: unknown,
  nouns: Record<F, string>,
): FieldErrors<F> {
  const result = schema.safeParse(values);
  if (result.success) return {};
  return fieldErrorsFromDetails(
    result.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.message,
    })),
    nouns,
  ).fields;
}

/** "Try again in 5 seconds." (or minutes), or a vaguer wait when the server named none. */
export function tryAgainIn(error: unknown): string {
  const seconds = isApiError(error) ? error.retryAfterSeconds : undefined;
  if (seconds === undefined) return 'Wait a few minutes, then try again.';
  if (seconds <= 90) return `Try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`;
  const minutes = Math.ceil(seconds / 60);
  return `Try again in ${minutes} minutes.`;
}

export interface FormFailure<F extends string> {
  fields: FieldErrors<F>;
  /** A message for the whole form, when the error is not about particular fields. */
  message?: string;
}

/**
 * How a failed submission is shown: per-field messages where the server named fields, otherwise
 * one message for the form. `messages` overrides the wording for particular error codes.
 */
export function formFailure<F extends string>(
  error: unknown,
  nouns: Record<F, string>,
  messages: Partial<Record<string, string>> = {},
): FormFailure<F> {
  if (isApiError(error)) {
    const { fields, other } = fieldErrorsFromDetails(error.details, nouns);
    const named = Object.keys(fields).length > 0;
    if (named && other.length === 0) return { fields };
    const override = messages[error.code];
    if (override) return { fields, message: override };
    if (
      error.code === 'UNAUTHENTICATED' ||
      error.code === 'FORBIDDEN' ||
      error.code === 'CONFLICT'
    ) {
      return { fields, message: error.message };
    }
    if (error.code === 'VALIDATION_FAILED' && other[0]) {
      return { fields, message: fieldMessage('value', other[0].message) };
    }
  }
  const described = describeError(error);
  return { fields: {}, message: `${described.title}. ${described.hint}` };
}
