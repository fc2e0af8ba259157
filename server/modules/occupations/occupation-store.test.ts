import { asc, count, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbOrTx } from '../../platform/db/index.js';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { skills } from '../skills/skills.tables.js';
import {
  interestCode,
  readInterestProfiles,
  upsertOccupations,
  type OccupationRecord,
} from './occupation-store.js';
import {
  occupationRelated,
  occupationSkills,
  occupationTasks,
  occupationTitles,
  occupations,
} from './occupations.tables.js';

let t: TestApp;
let skillIds: number[];
beforeAll(async () => {
  t = await buildTestApp();
  const rows = await t.platform.database.db
    .select({ id: skills.id })
    .from(skills)
    .where(inArray(skills.slug, ['python', 'javascript', 'sql']))
    .orderBy(asc(skills.slug));
  skillIds = rows.map((row) => row.id);
});
afterAll(() => t.close());

const interests = {
  realistic: 2,
  investigative: 6.5,
  artistic: 3,
  social: 2,
  enterprising: 3,
  conventional: 5,
};

function record(code: string, overrides: Partial<OccupationRecord> = {}): OccupationRecord {
  const [a = 0, b = 0] = skillIds;
  return {
    code,
    title: `Invented Occupation ${code}`,
    description: 'An occupation made up for tests.',
    jobZone: 3,
    interests,
    education: null,
    alternateTitles: ['Invented Worker', 'invented worker', `INVENTED OCCUPATION ${code}`],
    tasks: [
      { statement: 'Do the first thing.', core: true },
      { statement: 'Do the second thing.', core: false },
    ],
    skills: [
      { skillId: a, kind: 'technology', importance: null, level: null, hot: false },
      { skillId: a, kind: 'technology', importance: null, level: null, hot: true },
      { skillId: b, kind: 'skill', importance: 3.5, level: 4, hot: false },
    ],
    related: [],
    source: 'catalog',
    releaseId: null,
    ...overrides,
  };
}

async function counts(db: DbOrTx, code: string) {
  const n = async (table: typeof occupationTitles | typeof occupationTasks) =>
    (await db.select({ n: count() }).from(table).where(eq(table.code, code)))[0]?.n;
  const skillRows = await db.select().from(occupationSkills).where(eq(occupationSkills.code, code));
  const related = await db
    .select()
    .from(occupationRelated)
    .where(eq(occupationRelated.code, code))
    .orderBy(asc(occupationRelated.rank));
  return {
    titles: await n(occupationTitles),
    tasks: await n(occupationTasks),
    skills: skillRows.length,
    hot: skillRows.filter((row) => row.hot).length,
    related: related.map((row) => row.relatedCode),
  };
}

describe('occupation store', () => {
  it('derives the interest code from the top three areas, ties in RIASEC order', () => {
    expect(interestCode(interests)).toBe('ICA');
    expect(
      interestCode({
        realistic: 4,
        investigative: 4,
        artistic: 4,
        social: 4,
        enterprising: 5,
        conventional: 1,
      }),
    ).toBe('ERI');
    expect(interestCode(null)).toBe('');
  });

  it('writes an occupation with its child rows, deduplicated, and skips unknown related codes', async () => {
    const { db } = t.platform.database;
    const written = await t.platform.database.transaction((tx) =>
      upsertOccupations(tx, [
        record('99-0001.00', {
          related: [
            { code: '99-0002.00', rank: 2 },
            { code: '99-9999.00', rank: 1 },
            { code: '99-0001.00', rank: 3 },
          ],
        }),
        record('99-0002.00', { related: [{ code: '99-0001.00', rank: 1 }] }),
      ]),
    );
    expect(written).toEqual({ occupations: 2, titles: 4, tasks: 4, skills: 4, related: 2 });
    expect(await counts(db, '99-0001.00')).toEqual({
      titles: 2,
      tasks: 2,
      skills: 2,
      hot: 1,
      related: ['99-0002.00'],
    });
    const [row] = await db.select().from(occupations).where(eq(occupations.code, '99-0001.00'));
    expect(row?.interestCode).toBe('ICA');
    const primary = await db
      .select()
      .from(occupationTitles)
      .where(eq(occupationTitles.kind, 'primary'));
    expect(primary.map((r) => r.title)).toContain('Invented Occupation 99-0001.00');
  });

  it('upserting again updates in place and replaces the child rows', async () => {
    const { db } = t.platform.database;
    const [total] = await db.select({ n: count() }).from(occupationTitles);
    await t.platform.database.transaction((tx) =>
      upsertOccupations(tx, [
        record('99-0001.00', {
          title: 'Renamed Occupation',
          jobZone: 4,
          tasks: [{ statement: 'Only task now.', core: true }],
          related: [{ code: '99-0002.00', rank: 1 }],
        }),
      ]),
    );
    const after = await counts(db, '99-0001.00');
    expect(after.tasks).toBe(1);
    expect(after.titles).toBe(3);
    const [row] = await db.select().from(occupations).where(eq(occupations.code, '99-0001.00'));
    expect(row).toMatchObject({ title: 'Renamed Occupation', jobZone: 4 });
    const [again] = await db.select({ n: count() }).from(occupationTitles);
    expect(again?.n).toBe((total?.n ?? 0) + 1);

    const profiles = await readInterestProfiles(db);
    expect(profiles.find((p) => p.code === '99-0001.00')).toEqual({
      code: '99-0001.00',
      title: 'Renamed Occupation',
      jobZone: 4,
      interests,
    });
  });

  it('refuses a batch that names one code twice', async () => {
    await expect(
      t.platform.database.transaction((tx) =>
        upsertOccupations(tx, [record('99-0003.00'), record('99-0003.00')]),
      ),
    ).rejects.toThrow('a code repeats');
  });
});
