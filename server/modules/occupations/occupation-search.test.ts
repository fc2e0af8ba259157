import { asc, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZOccupation, ZSearchOccupationsResponse } from '../../../contracts/occupations.js';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { skills } from '../skills/skills.tables.js';
import { OCCUPATIONS_CACHE_GROUP } from './occupation-search.js';
import { checkSearchSnapshot, searchSnapshot } from './occupation-search-index.js';
import { upsertOccupations, type OccupationRecord } from './occupation-store.js';
import { occupations, onetReleases } from './occupations.tables.js';

let t: TestApp;
let releaseId: number;
let skillIds: Record<string, number>;

const interests = (top: 'realistic' | 'investigative' | 'social' | 'conventional') => ({
  realistic: 2,
  investigative: 3,
  artistic: 2,
  social: 2,
  enterprising: 2.5,
  conventional: 3,
  [top]: 6.5,
});

function occupation(
  code: string,
  title: string,
  alternateTitles: string[],
  overrides: Partial<OccupationRecord> = {},
): OccupationRecord {
  return {
    code,
    title,
    description: `${title} do the work of the occupation. They also do more things, described here.`,
    jobZone: 4,
    interests: interests('investigative'),
    education: null,
    alternateTitles,
    tasks: [],
    skills: [],
    related: [],
    source: 'catalog',
    releaseId: null,
    ...overrides,
  };
}

beforeAll(async () => {
  t = await buildTestApp();
  const db = t.platform.database.db;
  // Only this file's occupations, so results do not depend on the starter catalog.
  await db.delete(occupations);
  const rows = await db
    .select({ id: skills.id, slug: skills.slug })
    .from(skills)
    .where(inArray(skills.slug, ['python', 'javascript', 'sql', 'git']))
    .orderBy(asc(skills.slug));
  skillIds = Object.fromEntries(rows.map((row) => [row.slug, row.id]));
  const [release] = await db
    .insert(onetReleases)
    .values({
      version: '99.9',
      origin: 'db_99_9_text.zip',
      attribution: 'This page includes information from the O*NET 99.9 Database.',
      licenseUrl: 'https://creativecommons.org/licenses/by/4.0/',
      counts: {},
    })
    .returning({ id: onetReleases.id });
  releaseId = release?.id ?? 0;
  const id = (slug: string) => skillIds[slug] ?? 0;
  await t.platform.database.transaction((tx) =>
    upsertOccupations(tx, [
      occupation(
        '99-1252.00',
        'Software Developers',
        ['Application Developer', 'Software Engineer'],
        {
          tasks: [
            { statement: 'Modify existing software to correct errors.', core: false },
            { statement: 'Analyze user needs and software requirements.', core: true },
          ],
          skills: [
            { skillId: id('git'), kind: 'technology', importance: null, level: null, hot: false },
            { skillId: id('python'), kind: 'technology', importance: null, level: null, hot: true },
            { skillId: id('sql'), kind: 'skill', importance: 3.2, level: 3, hot: false },
            { skillId: id('javascript'), kind: 'skill', importance: 4.1, level: 4.5, hot: false },
          ],
          related: [
            { code: '99-1253.00', rank: 2 },
            { code: '99-1254.00', rank: 1 },
          ],
          education: {
            typicalEducation: "Bachelor's degree",
            relatedExperience: 'Over 2 years',
            onTheJobTraining: 'Up to a month',
            levels: [{ label: "Bachelor's degree", percent: 70 }],
          },
        },
      ),
      occupation('99-1253.00', 'Software Quality Assurance Analysts and Testers', ['QA Tester']),
      occupation('99-1254.00', 'Web Developers', ['Web Designer', 'Webmaster'], {
        jobZone: 3,
        interests: interests('conventional'),
      }),
      occupation('99-1141.00', 'Registered Nurses', ['Staff Nurse', 'RN', 'Nurse'], {
        jobZone: 3,
        interests: interests('social'),
        source: 'onet',
        releaseId,
      }),
      occupation('99-2011.00', 'Accountants and Auditors', ['Accountant', 'Staff Auditor'], {
        interests: interests('conventional'),
      }),
      occupation('99-5062.00', 'Nursery and Greenhouse Workers', ['Greenhouse Worker'], {
        jobZone: 1,
        interests: interests('realistic'),
      }),
      occupation('99-9001.00', 'Software Trainers', ['Developer Advocate'], { jobZone: 3 }),
    ]),
  );
});
afterAll(() => t.close());

async function search(query: string) {
  const res = await t.app.inject({ url: `/api/occupations?${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return ZSearchOccupationsResponse.parse(res.json());
}

const codes = (page: { items: { code: string }[] }) => page.items.map((item) => item.code);

describe('occupation search', () => {
  it('tolerates typos', async () => {
    expect(codes(await search('q=sofware%20develper'))[0]).toBe('99-1252.00');
    expect(codes(await search('q=nurce'))[0]).toBe('99-1141.00');
    expect(codes(await search('q=acountant'))[0]).toBe('99-2011.00');
  });

  it('finds stemmed words anywhere in a title', async () => {
    const found = await search('q=developer');
    expect(codes(found)).toEqual(expect.arrayContaining(['99-1252.00', '99-1254.00']));
  });

  it('finds occupations by an alternate title and says which title matched', async () => {
    const found = await search('q=webmaster');
    expect(found.items[0]).toMatchObject({ code: '99-1254.00', matchedTitle: 'Webmaster' });
    const rn = await search('q=RN');
    expect(rn.items[0]).toMatchObject({ code: '99-1141.00', matchedTitle: 'RN' });
    expect(rn.items[0]?.summary).toBe('Registered Nurses do the work of the occupation.');
  });

  it('puts exact and prefix matches first, one row per occupation', async () => {
    const found = await search('q=software');
    const list = codes(found);
    expect(new Set(list).size).toBe(list.length);
    // Titles starting with the word come before one that only has it further in.
    expect(list.slice(0, 3).sort()).toEqual(['99-1252.00', '99-1253.00', '99-9001.00']);
    // The primary title is the one named when it matches as well as an alternate one does.
    expect(found.items.find((item) => item.code === '99-1252.00')?.matchedTitle).toBe(
      'Software Developers',
    );
    const exact = await search('q=software%20engineer');
    expect(exact.items[0]).toMatchObject({ code: '99-1252.00', matchedTitle: 'Software Engineer' });
  });

  it('filters by job zone and top interest area', async () => {
    const zone = await search('jobZone=3&limit=100');
    expect(zone.items.length).toBeGreaterThan(0);
    expect(zone.items.every((item) => item.jobZone === 3)).toBe(true);
    expect(codes(zone)).toContain('99-1141.00');
    const social = await search('area=social&limit=100');
    expect(codes(social)).toEqual(['99-1141.00']);
    const both = await search('q=developers&area=conventional');
    expect(codes(both)).toEqual(['99-1254.00']);
  });

  it('browses alphabetically without a query, in stable pages', async () => {
    const all = await search('limit=100');
    const titles = all.items.map((item) => item.title.toLowerCase());
    expect(titles).toEqual([...titles].sort());
    expect(all.items.every((item) => item.matchedTitle === null)).toBe(true);
    const first = await search('limit=2');
    const second = await search('limit=2&offset=2');
    expect(first.total).toBe(all.total);
    expect([...codes(first), ...codes(second)]).toEqual(codes(all).slice(0, 4));
  });

  it('pages search results without overlap and gives the total past the end', async () => {
    const whole = await search('q=developer&limit=100');
    const pages = [];
    for (let offset = 0; offset < whole.total; offset += 1) {
      pages.push(...codes(await search(`q=developer&limit=1&offset=${offset}`)));
    }
    expect(pages).toEqual(codes(whole));
    const past = await search('q=developer&limit=10&offset=50');
    expect(past.items).toEqual([]);
    expect(past.total).toBe(whole.total);
  });

  it('treats wildcards and operators as text and matches nothing for nonsense', async () => {
    expect((await search('q=%25%25%25')).total).toBe(0);
    expect((await search('q=%25%25')).total).toBe(0);
    expect(codes(await search('q=w%26'))).toContain('99-1254.00');
    expect((await search('q=zzqxw')).total).toBe(0);
    expect((await search('q=%22software')).items[0]?.code).toBeDefined();
  });

  it('carries the O*NET attribution only when O*NET content is shown', async () => {
    const nurses = await search('q=registered%20nurses');
    expect(nurses.attribution?.release).toBe('99.9');
    const developers = await search('q=web%20developers');
    expect(developers.attribution).toBeNull();
  });

  it('refuses bad input with the field that is wrong', async () => {
    for (const [query, path] of [
      ['jobZone=6', 'querystring.jobZone'],
      ['area=sporty', 'querystring.area'],
      ['limit=500', 'querystring.limit'],
      [`q=${'x'.repeat(101)}`, 'querystring.q'],
    ] as const) {
      const res = await t.app.inject({ url: `/api/occupations?${query}` });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details.map((d: { path: string }) => d.path)).toContain(path);
    }
  });
});

describe('in-memory index', () => {
  it('answers from one snapshot per process until the catalog changes', async () => {
    const db = t.platform.database.db;
    const first = await searchSnapshot(db);
    expect(await searchSnapshot(db)).toBe(first);
    // Nothing changed: asking the database for the version keeps the same snapshot.
    await checkSearchSnapshot(db);
    expect(await searchSnapshot(db)).toBe(first);
    expect(first.occupations.get('99-1141.00')?.title).toBe('Registered Nurses');
  });

  it('picks up a change another process made once it checks the version', async () => {
    const db = t.platform.database.db;
    const before = await searchSnapshot(db);
    // A write that bypasses this process (as an import run elsewhere would).
    await db.execute(sql`update occupations set title = 'Accountants', updated_at = now()
      where code = '99-2011.00'`);
    expect(await searchSnapshot(db)).toBe(before);
    await checkSearchSnapshot(db);
    const after = await searchSnapshot(db);
    expect(after).not.toBe(before);
    expect(after.occupations.get('99-2011.00')?.title).toBe('Accountants');
    await db.execute(sql`update occupations set title = 'Accountants and Auditors',
      updated_at = now() where code = '99-2011.00'`);
    await checkSearchSnapshot(db);
  });

  it('ranks one title with every word above words spread over several titles', async () => {
    await t.platform.database.transaction((tx) =>
      upsertOccupations(tx, [
        occupation('99-7002.00', 'Field Support Specialists', [
          'Field Application Engineer',
          // Many other titles, so on relevance alone this occupation would come second.
          ...['Site Support Technician', 'Customer Visit Coordinator', 'Service Desk Lead'],
          ...['Installation Planner', 'Equipment Trainer', 'Support Field Agent'],
        ]),
      ]),
    );
    // Software Developers has "Application Developer" and "Software Engineer": both words, but
    // in different titles.
    const found = codes(await search('q=application%20engineer'));
    expect(found).toContain('99-1252.00');
    expect(found.indexOf('99-7002.00')).toBe(0);
  });

  it('ranks a corrected whole title first, whatever the word order', async () => {
    const found = await search('q=nurses%20registred');
    expect(found.items[0]).toMatchObject({ code: '99-1141.00', matchedTitle: 'Registered Nurses' });
    const typing = await search('q=software%20d');
    expect(typing.items[0]).toMatchObject({ code: '99-1252.00' });
  });
});

describe('fresh answers', () => {
  it('finds an occupation written in this process at once, whatever the case and spacing', async () => {
    const before = await search('q=lighthouse%20keeper');
    expect(before.total).toBe(0);
    await t.platform.database.transaction((tx) =>
      upsertOccupations(tx, [occupation('99-7001.00', 'Lighthouse Keepers', ['Lamp Keeper'])]),
    );
    expect(codes(await search('q=lighthouse%20keeper'))).toEqual(['99-7001.00']);
    expect(codes(await search('q=%20LIGHTHOUSE%20%20keeper'))).toEqual(['99-7001.00']);
    expect((await search('q=lamp%20keper')).items[0]).toMatchObject({
      code: '99-7001.00',
      matchedTitle: 'Lamp Keeper',
    });
  });
});

describe('cached occupation pages', () => {
  it('keeps a page until the occupations cache group is dropped', async () => {
    const page = async () =>
      ZOccupation.parse((await t.app.inject({ url: '/api/occupations/99-7001.00' })).json());
    expect((await page()).title).toBe('Lighthouse Keepers');
    await t.platform.database.transaction((tx) =>
      upsertOccupations(tx, [occupation('99-7001.00', 'Lighthouse Wardens', ['Lamp Keeper'])]),
    );
    expect((await page()).title).toBe('Lighthouse Keepers');
    await t.platform.cache.invalidateGroup(OCCUPATIONS_CACHE_GROUP);
    expect((await page()).title).toBe('Lighthouse Wardens');
  });
});

describe('occupation page', () => {
  it('has everything about the occupation, in reading order', async () => {
    const res = await t.app.inject({ url: '/api/occupations/99-1252.00' });
    expect(res.statusCode).toBe(200);
    const page = ZOccupation.parse(res.json());
    expect(page.alternateTitles).toEqual(['Application Developer', 'Software Engineer']);
    expect(page.tasks.map((task) => task.core)).toEqual([true, false]);
    expect(page.skills.map((skill) => skill.slug)).toEqual(['javascript', 'sql']);
    expect(page.skills[0]).toMatchObject({ importance: 4.1, level: 4.5 });
    expect(page.technology.map((skill) => [skill.slug, skill.hot])).toEqual([
      ['python', true],
      ['git', false],
    ]);
    expect(page.related).toEqual([
      { code: '99-1254.00', title: 'Web Developers', jobZone: 3 },
      { code: '99-1253.00', title: 'Software Quality Assurance Analysts and Testers', jobZone: 4 },
    ]);
    expect(page.interestCode).toBe('ICE');
    expect(page.education?.typicalEducation).toBe("Bachelor's degree");
    expect(page.attribution).toBeNull();
  });

  it('shows the attribution of the release for O*NET content', async () => {
    const res = await t.app.inject({ url: '/api/occupations/99-1141.00' });
    expect(res.statusCode).toBe(200);
    expect(ZOccupation.parse(res.json()).attribution).toEqual({
      release: '99.9',
      text: 'This page includes information from the O*NET 99.9 Database.',
      licenseUrl: 'https://creativecommons.org/licenses/by/4.0/',
    });
  });

  it('answers 400 for a malformed code and 404 for an unknown one', async () => {
    const bad = await t.app.inject({ url: '/api/occupations/software' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.map((d: { path: string }) => d.path)).toContain('params.code');
    const unknown = await t.app.inject({ url: '/api/occupations/99-0000.00' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('NOT_FOUND');
  });
});
