import type { TFieldError } from '../../../contracts/errors.js';

/** The calendar day of `now` in UTC, YYYY-MM-DD. */
export function dayOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/**
 * The earliest day a newly set date may be: yesterday in UTC. The server does not know the
 * user's time zone, and "today" somewhere west of UTC is still yesterday in UTC terms.
 */
export function earliestAllowedDay(now: Date): string {
  return dayOf(new Date(now.getTime() - 24 * 60 * 60 * 1000));
}

/** A field error when a newly set `day` lies in the past; days compare as YYYY-MM-DD strings. */
export function pastDayError(
  path: string,
  day: string | null | undefined,
  now: Date,
): TFieldError[] {
  if (!day || day >= earliestAllowedDay(now)) return [];
  return [{ path, message: `${day} is in the past; choose today or a later date` }];
}

/** A field error when a milestone's `day` falls after its goal's target date. */
export function afterGoalError(
  path: string,
  day: string | null | undefined,
  goalDay: string | null | undefined,
): TFieldError[] {
  if (!day || !goalDay || day <= goalDay) return [];
  return [{ path, message: `${day} is after the goal's target date ${goalDay}` }];
}
