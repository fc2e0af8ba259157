import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/index.js';
import { upsertOccupations, type OccupationSkillRef } from '../occupations/occupation-store.js';
import { skills } from '../skills/skills.tables.js';
import { userSkills } from '../user-skills/user-skills.tables.js';

/** Taxonomy skills the test occupations ask for, by slug. */
export async function skillIds(db: DbOrTx, slugs: readonly string[]): Promise<Map<string, number>> {
  const rows = await db
    .select({ id: skills.id, slug: skills.slug })
    .from(skills)
    .where(inArray(skills.slug, [...slugs]));
  return new Map(rows.map((r) => [r.slug, r.id]));
}

/**
 * A made-up occupation with knowledge, foundational skills, skills and technology, so a roadmap
 * for it has every kind of node. The code's first two digits choose the field questions.
 */
export async function seedOccupation(db: DbOrTx, code: string, title = `Test Workers ${code}`) {
  const ids = await skillIds(db, [
    'mathematics',
    'critical-thinking',
    'programming',
    'python',
    'sql',
    'git',
  ]);
  const id = (slug: string) => {
    const found = ids.get(slug);
    if (found === undefined) throw new Error(`no skill ${slug}`);
    return found;
  };
  const refs: OccupationSkillRef[] = [
    { skillId: id('mathematics'), kind: 'knowledge', importance: 4, level: 4.5, hot: false },
    { skillId: id('critical-thinking'), kind: 'skill', importance: 4, level: 4, hot: false },
    { skillId: id('programming'), kind: 'skill', importance: 4.5, level: 5, hot: false },
    { skillId: id('python'), kind: 'technology', importance: null, level: null, hot: true },
    { skillId: id('sql'), kind: 'technology', importance: null, level: null, hot: false },
    { skillId: id('git'), kind: 'technology', importance: null, level: null, hot: true },
  ];
  await upsertOccupations(db, [
    {
      code,
      title,
      description: 'An occupation made up for tests.',
      jobZone: 4,
      interests: null,
      education: null,
      alternateTitles: [],
      tasks: [
        { statement: 'Write Python programs that read data.', core: true },
        { statement: 'Review programs written by others.', core: true },
        { statement: 'Attend meetings.', core: false },
      ],
      skills: refs,
      related: [],
      source: 'catalog',
      releaseId: null,
    },
  ]);
  return { skillIds: ids };
}

export async function giveSkill(
  db: DbOrTx,
  userId: string,
  skillId: number,
  proficiency: string,
): Promise<void> {
  await db.insert(userSkills).values({ userId, skillId, proficiency, source: 'self' });
}
