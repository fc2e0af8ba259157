import { describe, expect, it } from 'vitest';
import type { TAchievement } from '../../../contracts/achievements.js';
import { ZResumeContent } from '../../../contracts/resumes.js';
import { inferProficiency } from '../achievements/skill-proficiency.js';
import { generateResume, summaryOf, type GeneratorSkill } from './resume-generator.js';

const NOW = new Date('2027-01-10T12:00:00Z');
const basics = {
  name: 'Ada',
  label: null,
  email: null,
  phone: null,
  url: null,
  location: null,
  profiles: [],
};
const skill = (
  name: string,
  proficiency: GeneratorSkill['proficiency'] = 'intermediate',
): GeneratorSkill => ({
  slug: name.toLowerCase(),
  name,
  category: 'programming',
  proficiency,
});

function record(overrides: Partial<TAchievement>): TAchievement {
  return {
    id: crypto.randomUUID(),
    type: 'job',
    title: 'Developer',
    organization: null,
    location: null,
    description: null,
    startDate: null,
    endDate: null,
    ongoing: false,
    skills: [],
    highlights: [],
    links: [],
    verification: { state: 'unverified', verifiedBy: null, verifiedAt: null },
    origin: 'manual',
    createdAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
    ...overrides,
  };
}

describe('the generated resume', () => {
  it('writes a summary that reads well for nothing, one and many', () => {
    expect(summaryOf(null, {}, [])).toBeNull();
    expect(summaryOf('Software engineer', {}, [])).toBe('Software engineer.');
    expect(summaryOf(null, { project: 1 }, [skill('SQL')])).toBe('1 project; 1 skill (SQL).');
    expect(
      summaryOf(
        'Software engineer',
        { internship: 1, project: 3 },
        ['TypeScript', 'React', 'SQL', 'Git'].map((n, i) =>
          skill(n, i < 3 ? 'advanced' : 'beginner'),
        ),
      ),
    ).toBe(
      'Software engineer with 1 internship and 3 projects; 4 skills including React, SQL and TypeScript.',
    );
  });

  it('counts experience months once where jobs overlap, and keeps item ids stable', () => {
    const a = record({ startDate: '2024-01-15', endDate: '2024-06-30' });
    const b = record({ type: 'internship', startDate: '2024-05-01', endDate: '2024-08-31' });
    const ongoing = record({ startDate: '2026-11-01', ongoing: true });
    const course = record({ type: 'course', startDate: '2020-01-01', endDate: '2022-01-01' });
    const input = {
      achievements: [ongoing, b, a, course],
      skills: [skill('Go')],
      basics,
      now: NOW,
    };
    const { content, statistics } = generateResume(input);
    // Jan–Aug 2024 (8) and Nov 2026–Jan 2027 (3); the course is not experience.
    expect(statistics.experienceMonths).toBe(11);
    expect(statistics.byType).toEqual({ job: 2, internship: 1, course: 1 });
    expect(content.sections.map((s) => s.kind)).toEqual(['work', 'education', 'skills']);
    expect(content.sections[0]?.items.map((i) => i.id)).toEqual(
      [ongoing, b, a].map((r) => `a-${r.id}`),
    );
    expect(generateResume(input)).toEqual({ content, statistics });
    expect(() => ZResumeContent.parse(content)).not.toThrow();
  });

  it('infers the level from the kind of record, its length and its verification', () => {
    const level = (
      type: TAchievement['type'],
      startDate: string | null,
      endDate: string | null,
      verified = false,
    ) => inferProficiency({ type, startDate, endDate, ongoing: false, verified }, NOW);
    expect(level('course', null, null)).toBe('beginner');
    expect(level('certification', null, null)).toBe('intermediate');
    expect(level('internship', '2026-01-01', '2026-03-31')).toBe('beginner');
    expect(level('internship', '2026-01-01', '2026-06-30')).toBe('intermediate');
    expect(level('job', '2022-01-01', '2024-06-30')).toBe('advanced');
    expect(level('job', '2019-01-01', '2024-06-30')).toBe('expert');
    expect(level('job', '2019-01-01', '2024-06-30', true)).toBe('expert');
    expect(level('course', null, null, true)).toBe('intermediate');
  });
});
