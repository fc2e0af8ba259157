/** Month arithmetic on ISO days ("2024-06-30"): the unit a resume counts experience in. */

/** Months since year 0 of the month a day falls in. */
export function monthIndex(day: string): number {
  return Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
}

export function todayOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}

export interface Span {
  startDate: string | null;
  endDate: string | null;
  ongoing: boolean;
}

/**
 * The months a record covers, both ends counted (Jun–Aug is 3): up to today when ongoing,
 * one month when it has a start only, none without a start.
 */
export function monthRange(span: Span, now: Date): [number, number] | null {
  if (!span.startDate) return null;
  const start = monthIndex(span.startDate);
  const endDay = span.ongoing ? todayOf(now) : (span.endDate ?? span.startDate);
  const end = Math.max(start, monthIndex(endDay));
  return [start, end + 1];
}

export function durationMonths(span: Span, now: Date): number {
  const range = monthRange(span, now);
  return range ? range[1] - range[0] : 0;
}

/** Months covered by any of the spans, overlaps counted once. */
export function coveredMonths(spans: readonly Span[], now: Date): number {
  const ranges = spans
    .map((span) => monthRange(span, now))
    .filter((range): range is [number, number] => range !== null)
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -Infinity;
  for (const [from, to] of ranges) {
    const start = Math.max(from, end);
    if (to > start) total += to - start;
    end = Math.max(end, to);
  }
  return total;
}
