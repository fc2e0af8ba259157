import type { TFieldError } from '../../../../contracts/errors';
import { isApiError } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { fieldMessage } from '../../lib/form-errors';

/** Field errors keyed by their path below `body` ("title", "skills.1", "links.0.url"). */
export type PathErrors = Record<string, string>;

const nouns: Record<string, string> = {
  type: 'type',
  title: 'title',
  organization: 'organisation',
  location: 'location',
  description: 'description',
  startDate: 'date',
  endDate: 'date',
  skills: 'skill',
  highlights: 'highlight',
  label: 'label',
  url: 'address',
};

function nounOf(path: string): string {
  const parts = path.split('.');
  return nouns[parts.at(-1) ?? ''] ?? nouns[parts[0] ?? ''] ?? 'value';
}

export interface SaveFailure {
  fields: PathErrors;
  /** Suggested names for an unknown skill, by its path ("skills.1"). */
  suggestions: Record<string, string[]>;
  message?: string;
}

/** Messages per field from the server's (or the schema's) details. */
export function pathErrors(details: readonly TFieldError[]): Omit<SaveFailure, 'message'> {
  const fields: PathErrors = {};
  const suggestions: Record<string, string[]> = {};
  for (const detail of details) {
    const path = detail.path.replace(/^body\./, '');
    fields[path] ??= fieldMessage(nounOf(path), detail.message);
    if (detail.suggestions?.length) suggestions[path] = detail.suggestions;
  }
  return { fields, suggestions };
}

/** A failed save: field errors (400, or 422 for an unknown skill), else one message. */
export function saveFailure(error: unknown): SaveFailure {
  if (
    isApiError(error) &&
    (error.code === 'VALIDATION_FAILED' || error.code === 'UNPROCESSABLE') &&
    error.details.length > 0
  ) {
    return { ...pathErrors(error.details), message: 'Check the highlighted fields.' };
  }
  const described = describeError(error);
  return { fields: {}, suggestions: {}, message: `${described.title}. ${described.hint}` };
}
