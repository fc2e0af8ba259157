/** Dates as resumes write them ("Jun 2021 – Present", "2019 - 2021", "03/2020 – 08/2022"). */

export interface DateRange {
  /** ISO days; a month is its first day, a year its January. */
  startDate: string | null;
  endDate: string | null;
  ongoing: boolean;
  /** True when one date was written, not a range. */
  single: boolean;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const YEAR = '(?:19[5-9]\\d|20\\d\\d)';
const DATE = `(?:${MONTH_NAME}\\.?,?\\s+${YEAR}|\\d{1,2}[/.]${YEAR}|${YEAR}[-/.]\\d{1,2}(?!\\d)|${YEAR})`;
const NOW = '(?:present|current|now|today|ongoing)';
const SEPARATOR = '\\s*(?:–|—|‒|−|-|to|until)\\s*';
const RANGE = new RegExp(`(?<![\\w/.])(${DATE})${SEPARATOR}(${DATE}|${NOW})(?![\\w/])`, 'i');
const SINGLE = new RegExp(`(?<![\\w/.])(${DATE})(?![\\w/])`, 'i');

const pad = (n: number) => String(n).padStart(2, '0');

/** One written date as the first day of its month, or null when it is not a real month. */
export function parseResumeDate(text: string): string | null {
  const value = text.trim().toLowerCase().replace(/\s+/g, ' ');
  let match = /^([a-z]+)\.?,? (\d{4})$/.exec(value);
  if (match) return monthDay(Number(match[2]), MONTHS.indexOf((match[1] ?? '').slice(0, 3)) + 1);
  match = /^(\d{1,2})[/.](\d{4})$/.exec(value);
  if (match) return monthDay(Number(match[2]), Number(match[1]));
  match = /^(\d{4})[-/.](\d{1,2})$/.exec(value);
  if (match) return monthDay(Number(match[1]), Number(match[2]));
  match = /^(\d{4})$/.exec(value);
  return match ? monthDay(Number(match[1]), 1) : null;
}

function monthDay(year: number, month: number): string | null {
  const plausible = year >= 1950 && year <= 2099 && month >= 1 && month <= 12;
  return plausible ? `${year}-${pad(month)}-01` : null;
}

/**
 * The first date range (or, failing that, single date) in a line, and the line without it.
 * A range whose end is before its start keeps only the start.
 */
export function findDates(line: string): { range: DateRange; rest: string } | null {
  const range = RANGE.exec(line);
  if (range) {
    const startDate = parseResumeDate(range[1] ?? '');
    const endText = range[2] ?? '';
    const ongoing = new RegExp(`^${NOW}$`, 'i').test(endText);
    let endDate = ongoing ? null : parseResumeDate(endText);
    if (startDate && endDate && endDate < startDate) endDate = null;
    if (startDate || endDate || ongoing) {
      return {
        range: { startDate, endDate, ongoing, single: false },
        rest: cut(line, range.index, range[0].length),
      };
    }
  }
  const single = SINGLE.exec(line);
  const date = single ? parseResumeDate(single[1] ?? '') : null;
  if (!single || !date) return null;
  return {
    range: { startDate: date, endDate: null, ongoing: false, single: true },
    rest: cut(line, single.index, single[0].length),
  };
}

/** The line with a part removed, and the separators and brackets left around it. */
function cut(line: string, at: number, length: number): string {
  return `${line.slice(0, at)} ${line.slice(at + length)}`
    .replace(/\(\s*\)|\[\s*\]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s|,–—·•:;-]+|[\s|,–—·•:;(-]+$/g, '')
    .trim();
}
