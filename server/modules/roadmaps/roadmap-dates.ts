/** 52 weeks over 12 months. */
export const WEEKS_PER_MONTH = 52 / 12;

/** An ISO date (YYYY-MM-DD) plus whole days, in UTC so time zones never shift it. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** When `hours` of work end from `from` at `hoursPerWeek`. */
export function finishDate(from: Date, hours: number, hoursPerWeek: number): string {
  return addDays(isoDate(from), Math.ceil((hours / hoursPerWeek) * 7));
}
