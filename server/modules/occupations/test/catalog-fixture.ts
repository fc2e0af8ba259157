import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TCatalogOccupation } from '../../../../contracts/occupations.js';

/** An invented catalog occupation that passes the catalog schema. */
export function catalogOccupation(
  code: string,
  overrides: Partial<TCatalogOccupation> = {},
): TCatalogOccupation {
  const rated = (skill: string, importance: number) => ({ skill, importance, level: 3.5 });
  return {
    code,
    title: `Invented Catalog Role ${code}`,
    description:
      'A made-up occupation for tests: it plans imaginary work, checks imaginary results and writes imaginary reports.',
    alternateTitles: ['Imaginary Planner', 'Pretend Analyst', 'Fictional Worker', 'Test Role'],
    tasks: Array.from(
      { length: 6 },
      (_, i) => `Carry out invented task number ${i + 1} carefully.`,
    ),
    interests: {
      realistic: 2,
      investigative: 6,
      artistic: 3,
      social: 2.5,
      enterprising: 3,
      conventional: 5,
    },
    jobZone: 4,
    education: {
      typicalEducation: "Bachelor's degree",
      relatedExperience: 'Over 2 years, up to and including 4 years',
      onTheJobTraining: 'Anything beyond short demonstration, up to and including 1 month',
      levels: [
        { label: "Bachelor's degree", percent: 70 },
        { label: "Master's degree", percent: 30 },
      ],
    },
    skills: [
      'reading-comprehension',
      'writing',
      'speaking',
      'science',
      'active-learning',
      'monitoring',
      'coordination',
      'programming',
    ].map((slug, i) => rated(slug, 4 - i * 0.25)),
    knowledge: ['computers-and-electronics', 'english-language', 'design', 'geography'].map(
      (slug) => rated(slug, 3),
    ),
    technology: [
      { skill: 'docker', hot: true },
      { skill: 'asana', hot: false },
      { skill: 'blender', hot: false },
    ],
    related: ['99-0901.00', '99-0902.00', '99-0903.00'],
    ...overrides,
  };
}

/** A temporary catalog folder holding the given occupations in one file. */
export function writeCatalogDir(occupations: TCatalogOccupation[]): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'careeros-occupations-'));
  writeFileSync(path.join(dir, 'occupations.json'), JSON.stringify(occupations));
  return dir;
}
