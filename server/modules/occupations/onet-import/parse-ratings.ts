import { OnetImportError } from './errors.js';
import type { Table } from './parse-table.js';

export interface OnetRating {
  code: string;
  elementId: string;
  kind: 'skill' | 'knowledge';
  importance: number;
  level: number | null;
}

/**
 * Skills or Knowledge: importance from scale IM (1-5), level from LV (0-7). Rows O*NET marks
 * Recommend Suppress or Not Relevant are skipped; an element whose importance is skipped, or
 * whose level O*NET calls not relevant, is left out, since it does not apply to the job.
 */
export function parseRatings(
  table: Table<'skills'> | Table<'knowledge'>,
  kind: 'skill' | 'knowledge',
  checkCode: (code: string, line: number) => void,
): OnetRating[] {
  const byKey = new Map<string, { code: string; elementId: string; im?: number; lv?: number }>();
  const dropped = new Set<string>();
  for (const row of (table as Table<'skills'>).rows) {
    const code = row.get('O*NET-SOC Code');
    checkCode(code, row.line);
    const scale = row.get('Scale ID');
    if (scale !== 'IM' && scale !== 'LV') continue;
    const value = row.number('Data Value');
    const [min, max] = scale === 'IM' ? [1, 5] : [0, 7];
    if (value < min || value > max) {
      throw new OnetImportError(
        `${scale} value ${value} is outside ${min}-${max}`,
        table.file,
        row.line,
      );
    }
    const elementId = row.get('Element ID');
    const key = `${code}|${elementId}`;
    const notRelevant = row.get('Not Relevant') === 'Y';
    if (notRelevant) dropped.add(key);
    if (notRelevant || row.get('Recommend Suppress') === 'Y') continue;
    const entry = byKey.get(key) ?? { code, elementId };
    if (scale === 'IM') entry.im = value;
    else entry.lv = value;
    byKey.set(key, entry);
  }
  const ratings: OnetRating[] = [];
  for (const [key, entry] of byKey) {
    if (dropped.has(key) || entry.im === undefined) continue;
    ratings.push({
      code: entry.code,
      elementId: entry.elementId,
      kind,
      importance: entry.im,
      level: entry.lv ?? null,
    });
  }
  return ratings;
}
