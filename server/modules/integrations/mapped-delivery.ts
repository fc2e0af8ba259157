import type { z } from 'zod';
import { PermanentJobError } from '../../platform/jobs/index.js';
import type { AchievementSinkRequest } from './achievement-sink.js';

/** What a delivery amounts to: an achievement to write, or nothing (with the reason). */
export type MappedDelivery =
  { kind: 'ignore'; reason: string } | { kind: 'apply'; request: AchievementSinkRequest };

/** Parses a stored payload; one that does not fit never will, so it fails without retries. */
export function parsePayload<S extends z.ZodType>(schema: S, payload: unknown): z.output<S> {
  const parsed = schema.safeParse(payload);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues
    .slice(0, 5)
    .map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`);
  throw new PermanentJobError(`the payload does not fit the event: ${issues.join('; ')}`);
}

/** The day part of an ISO date-time, in UTC. */
export function dayOf(iso: string): string {
  return new Date(iso).toISOString().slice(0, 10);
}

/** Cuts text to `max` characters, marking the cut. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
