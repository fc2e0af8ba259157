import type { TAchievementType } from '../../../contracts/achievements.js';
import { proficiencies, type TProficiency } from '../../../contracts/user-skills.js';
import { durationMonths, type Span } from './achievement-dates.js';

/**
 * The level a record suggests for each skill it names. The rule, from weakest to strongest
 * evidence of practice:
 * - a course: beginner; intermediate when it ran 3 months or more;
 * - a hackathon, award, volunteering or other record: beginner;
 * - a project: beginner; intermediate from 3 months;
 * - an internship: beginner; intermediate from 6 months;
 * - a certification, publication or education: intermediate (assessed or peer-reviewed work,
 *   a level above a course);
 * - a job: intermediate; advanced from 2 years; expert from 5 years;
 * and a verified record (an issuer, an integration or a mentor vouched for it) one level higher.
 */
export function inferProficiency(
  record: Span & { type: TAchievementType; verified: boolean },
  now: Date,
): TProficiency {
  const months = durationMonths(record, now);
  const base = baseLevel(record.type, months);
  const level = Math.min(base + (record.verified ? 1 : 0), proficiencies.length - 1);
  return proficiencies[level] ?? 'beginner';
}

/** An index into `proficiencies` (0 beginner ... 3 expert). */
function baseLevel(type: TAchievementType, months: number): number {
  switch (type) {
    case 'job':
      return months >= 60 ? 3 : months >= 24 ? 2 : 1;
    case 'internship':
      return months >= 6 ? 1 : 0;
    case 'course':
    case 'project':
      return months >= 3 ? 1 : 0;
    case 'certification':
    case 'publication':
    case 'education':
      return 1;
    case 'hackathon':
    case 'award':
    case 'volunteering':
    case 'other':
      return 0;
  }
}
