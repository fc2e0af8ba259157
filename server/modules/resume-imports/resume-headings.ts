import type { TAchievementType } from '../../../contracts/achievements.js';

/** What a resume section holds: records of one achievement type, the skills list, or neither. */
export type SectionKind =
  | { kind: 'records'; type: TAchievementType; list: boolean }
  | { kind: 'skills' }
  | { kind: 'other' };

const records = (type: TAchievementType, list = false): SectionKind => ({
  kind: 'records',
  type,
  list,
});

/**
 * Common headings, compared lower-case with "&" as "and". `list` sections hold one record per
 * line (certificates, awards ...), the others an entry with a heading block and bullets.
 */
const headings: [string[], SectionKind][] = [
  [
    [
      'experience',
      'work experience',
      'professional experience',
      'relevant experience',
      'employment',
      'employment history',
      'work history',
      'career history',
      'professional background',
      'internships',
      'internship experience',
      'work',
    ],
    records('job'),
  ],
  [
    ['education', 'academic background', 'education and training', 'academic history', 'studies'],
    records('education'),
  ],
  [
    [
      'projects',
      'personal projects',
      'selected projects',
      'academic projects',
      'side projects',
      'key projects',
      'open source',
    ],
    records('project'),
  ],
  [
    [
      'certifications',
      'certificates',
      'certification',
      'licenses and certifications',
      'licences and certifications',
      'certifications and licenses',
    ],
    records('certification', true),
  ],
  [
    ['awards', 'honors', 'honours', 'awards and honors', 'honors and awards', 'achievements'],
    records('award', true),
  ],
  [['publications', 'papers', 'selected publications'], records('publication', true)],
  [
    [
      'volunteering',
      'volunteer experience',
      'volunteer work',
      'volunteering experience',
      'community involvement',
    ],
    records('volunteering'),
  ],
  [['courses', 'relevant coursework', 'coursework', 'training'], records('course', true)],
  [['hackathons'], records('hackathon')],
  [
    [
      'skills',
      'technical skills',
      'core skills',
      'key skills',
      'skills and tools',
      'skills and technologies',
      'technologies',
      'tech stack',
      'tools',
      'competencies',
      'core competencies',
      'programming languages',
    ],
    { kind: 'skills' },
  ],
  [
    [
      'summary',
      'profile',
      'professional summary',
      'about',
      'about me',
      'objective',
      'career objective',
      'languages',
      'interests',
      'hobbies',
      'references',
      'contact',
    ],
    { kind: 'other' },
  ],
];

const byHeading = new Map(headings.flatMap(([names, kind]) => names.map((n) => [n, kind])));

/** The kind of section a line opens, when the line is a heading ("EXPERIENCE", "Skills:"). */
export function sectionOf(line: string): SectionKind | null {
  if (line.length > 40) return null;
  const key = line
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[:\s]+$/, '')
    .replace(/^[#=*_\s-]+|[#=*_\s-]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return byHeading.get(key) ?? null;
}
