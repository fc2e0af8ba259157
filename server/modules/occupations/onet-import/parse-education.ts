import type { TOccupationEducation } from '../../../../contracts/occupations.js';
import { OnetImportError } from './errors.js';
import type { Table } from './parse-table.js';

const scales = { RL: 'education', RW: 'experience', OJ: 'training' } as const;
type Scale = keyof typeof scales;
const isScale = (scale: string): scale is Scale => scale in scales;

/** "High School Diploma - or the equivalent (for example, GED)" -> "High School Diploma". */
function shortLabel(description: string): string {
  return description.split(' - ')[0]?.trim() || description;
}

/**
 * Education, Training, and Experience with its Categories file: the spread of required
 * education (RL), and the most common related experience (RW) and on-the-job training (OJ).
 * Occupations missing any of the three get none.
 */
export function parseEducation(
  table: Table<'education'>,
  categories: Table<'educationCategories'>,
  checkCode: (code: string, line: number) => void,
): Map<string, TOccupationEducation> {
  const labels = new Map<string, string>();
  for (const row of categories.rows) {
    const scale = row.get('Scale ID');
    if (!isScale(scale)) continue;
    labels.set(`${scale}|${row.get('Category')}`, shortLabel(row.get('Category Description')));
  }
  const shares = new Map<string, Record<Scale, { label: string; percent: number }[]>>();
  for (const row of table.rows) {
    const code = row.get('O*NET-SOC Code');
    checkCode(code, row.line);
    const scale = row.get('Scale ID');
    if (!isScale(scale)) continue;
    const category = row.get('Category');
    const label = labels.get(`${scale}|${category}`);
    if (!label) {
      throw new OnetImportError(
        `category ${category} of scale ${scale} is not in the Categories file`,
        table.file,
        row.line,
      );
    }
    const percent = row.number('Data Value');
    if (percent < 0 || percent > 100) {
      throw new OnetImportError(`share ${percent} is outside 0-100`, table.file, row.line);
    }
    const entry = shares.get(code) ?? { RL: [], RW: [], OJ: [] };
    entry[scale].push({ label, percent });
    shares.set(code, entry);
  }
  const most = (list: { label: string; percent: number }[]) =>
    list.reduce((best, item) => (item.percent > best.percent ? item : best)).label;
  const result = new Map<string, TOccupationEducation>();
  for (const [code, entry] of shares) {
    if (!entry.RL.length || !entry.RW.length || !entry.OJ.length) continue;
    result.set(code, {
      typicalEducation: most(entry.RL),
      relatedExperience: most(entry.RW),
      onTheJobTraining: most(entry.OJ),
      levels: entry.RL.filter((level) => level.percent > 0),
    });
  }
  return result;
}
