import type { TFieldError } from '../../../../contracts/errors';
import { isApiError } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { fieldMessage } from '../../lib/form-errors';

/** Field errors keyed by their path below `body` ("title", "milestones.1.targetDate"). */
export type PathErrors = Record<string, string>;

const nouns: Record<string, string> = {
  title: 'title',
  description: 'description',
  category: 'category',
  targetOccupationCode: 'occupation code',
  targetDate: 'date',
  status: 'status',
};

function nounOf(path: string): string {
  return nouns[path.split('.').at(-1) ?? ''] ?? 'value';
}

export function pathErrors(details: readonly TFieldError[]): PathErrors {
  const errors: PathErrors = {};
  for (const detail of details) {
    const path = detail.path.replace(/^body\./, '');
    errors[path] ??= fieldMessage(nounOf(path), detail.message);
  }
  return errors;
}

/** A failed save: field errors from a 400, else one message for the whole form. */
export function saveFailure(error: unknown): { fields: PathErrors; message?: string } {
  if (isApiError(error) && error.code === 'VALIDATION_FAILED' && error.details.length > 0) {
    return { fields: pathErrors(error.details), message: 'Check the highlighted fields.' };
  }
  const described = describeError(error);
  return { fields: {}, message: `${described.title}. ${described.hint}` };
}
