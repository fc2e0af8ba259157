import type { TInterestAnswer, TInterestItem } from '../../../contracts/assessments.js';
import type { TFieldError } from '../../../contracts/errors.js';
import { AppError } from '../../platform/http/app-error.js';

/**
 * Checks that the answers name every item exactly once (the count and ranges are checked by the
 * request schema) and returns them as rating by item id. Every problem is reported, each with
 * its field path, and nothing is stored when there is one.
 */
export function validateInterestAnswers(
  items: readonly TInterestItem[],
  answers: readonly TInterestAnswer[],
): Record<string, number> {
  const known = new Set(items.map((item) => item.id));
  const ratings: Record<string, number> = {};
  const errors: TFieldError[] = [];
  answers.forEach((answer, index) => {
    const path = `body.answers.${index}.item`;
    if (!known.has(answer.item)) {
      errors.push({ path, message: `"${answer.item}" is not an item of the assessment` });
    } else if (answer.item in ratings) {
      errors.push({ path, message: `"${answer.item}" is answered more than once` });
    } else {
      ratings[answer.item] = answer.rating;
    }
  });
  const missing = items.filter((item) => !(item.id in ratings)).map((item) => item.id);
  if (errors.length === 0 && missing.length > 0) {
    errors.push({ path: 'body.answers', message: `no answer for ${missing.join(', ')}` });
  }
  if (errors.length > 0) throw AppError.validation(errors, 'The answers are not complete');
  return ratings;
}
