import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ZCareerMatchesResponse,
  ZInterestComparison,
  ZInterestItems,
  ZInterestResult,
  ZListInterestResultsResponse,
  ZListSoftSkillsResponse,
} from '../../../contracts/assessments.js';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { bearer, registerUser } from '../auth/auth-test-helpers.js';
import { upsertOccupations } from '../occupations/occupation-store.js';
import { answersFor, occupationRecord, profile } from './assessment-test-helpers.js';
import { interestResults, userSoftSkills } from './assessments.tables.js';

let t: TestApp;
let token: string;
let userId: string;

// Distinctive shapes, so they lead for the profiles below whatever else is in the catalog.
const testOccupations = [
  profile('99-0101.00', [1.2, 7, 1.1, 1.3, 1.4, 6.1], 4, 'Test Data Scientists'),
  profile('99-0102.00', [1.2, 6.9, 1.1, 1.3, 1.4, 6.2], 2, 'Test Lab Clerks'),
  profile('99-0103.00', [6.8, 1.1, 6.6, 1.2, 1.3, 1.4], 3, 'Test Set Builders'),
];

beforeAll(async () => {
  t = await buildTestApp();
  await t.platform.database.transaction((tx) =>
    upsertOccupations(tx, testOccupations.map(occupationRecord)),
  );
  const user = await registerUser(t.app);
  token = user.accessToken;
  userId = user.user.id;
});
afterAll(() => t.close());

async function submit(answers: unknown, as = token) {
  return t.app.inject({
    method: 'POST',
    url: '/api/me/interest-results',
    headers: bearer(as),
    payload: { answers },
  });
}

async function stored(): Promise<number> {
  const [row] = await t.platform.database.db
    .select({ n: count() })
    .from(interestResults)
    .where(eq(interestResults.userId, userId));
  return row?.n ?? 0;
}

function paths(res: { json(): unknown }): string[] {
  return (
    (res.json() as { error: { details?: { path: string }[] } }).error.details?.map((d) => d.path) ??
    []
  );
}

describe('interest items', () => {
  it('serves 60 items, ten per area, interleaved, with the five-point scale', async () => {
    const res = await t.app.inject({ url: '/api/assessments/interest/items' });
    expect(res.statusCode).toBe(200);
    const { items, scale } = ZInterestItems.parse(res.json());
    expect(scale).toEqual(['Strongly dislike', 'Dislike', 'Not sure', 'Like', 'Strongly like']);
    expect(new Set(items.map((i) => i.id)).size).toBe(60);
    expect(new Set(items.slice(0, 6).map((i) => i.area)).size).toBe(6);
    for (let i = 1; i < items.length; i += 1) {
      expect(items[i]?.area).not.toBe(items[i - 1]?.area);
    }
  });
});

describe('interest results', () => {
  it('scores each area as the sum of (rating - 1) over its ten items', async () => {
    const res = await submit(
      answersFor({ realistic: 1, investigative: 5, artistic: 2, social: 3, enterprising: 4 }),
    );
    expect(res.statusCode).toBe(201);
    const result = ZInterestResult.parse(res.json());
    expect(result.scores).toEqual({
      realistic: 0,
      investigative: 40,
      artistic: 10,
      social: 20,
      enterprising: 30,
      conventional: 20,
    });
    expect(result.topAreas).toEqual(['investigative', 'enterprising', 'social']);
    expect(result.interestCode).toBe('IES');
    expect(Object.keys(result.answers)).toHaveLength(60);
  });

  it('refuses malformed answers with the field path, storing nothing', async () => {
    const before = await stored();
    const good = answersFor({ investigative: 5 });
    const cases: [unknown, string][] = [
      [good.slice(0, 59), 'body.answers'],
      [[...good, { item: 'r01', rating: 3 }], 'body.answers'],
      [[{ item: 'x99', rating: 3 }, ...good.slice(1)], 'body.answers.0.item'],
      [[...good.slice(0, 59), { ...good[0], rating: 4 }], 'body.answers.59.item'],
      [[{ ...good[0], rating: 6 }, ...good.slice(1)], 'body.answers.0.rating'],
      [[{ ...good[0], rating: 0 }, ...good.slice(1)], 'body.answers.0.rating'],
      [[{ ...good[0], rating: 2.5 }, ...good.slice(1)], 'body.answers.0.rating'],
      [[{ ...good[0], rating: '3' }, ...good.slice(1)], 'body.answers.0.rating'],
      ['all of them', 'body.answers'],
    ];
    for (const [answers, path] of cases) {
      const res = await submit(answers);
      expect(res.statusCode, JSON.stringify(path)).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
      expect(paths(res)).toContain(path);
    }
    const extraKey = await t.app.inject({
      method: 'POST',
      url: '/api/me/interest-results',
      headers: bearer(token),
      payload: { answers: good, userId: 'someone-else' },
    });
    expect(extraKey.statusCode).toBe(400);
    expect(paths(extraKey)).toContain('body.userId');
    expect(await stored()).toBe(before);
  });

  it('keeps a history, newest first, in pages; one result; compare; delete', async () => {
    const other = await registerUser(t.app);
    const first = ZInterestResult.parse(
      (await submit(answersFor({ social: 5, artistic: 4, enterprising: 4 }))).json(),
    );
    const second = ZInterestResult.parse(
      (await submit(answersFor({ investigative: 5, conventional: 4, realistic: 4 }))).json(),
    );
    const list = await t.app.inject({
      url: '/api/me/interest-results?limit=2',
      headers: bearer(token),
    });
    const page = ZListInterestResultsResponse.parse(list.json());
    expect(page.items.map((r) => r.id)).toEqual([second.id, first.id]);
    expect(page.total).toBe(await stored());
    const next = await t.app.inject({
      url: '/api/me/interest-results?limit=2&offset=2',
      headers: bearer(token),
    });
    expect(next.json().items.map((r: { id: string }) => r.id)).not.toContain(second.id);

    const one = await t.app.inject({
      url: `/api/me/interest-results/${first.id}`,
      headers: bearer(token),
    });
    expect(ZInterestResult.parse(one.json()).scores).toEqual(first.scores);
    const theirs = await t.app.inject({
      url: `/api/me/interest-results/${first.id}`,
      headers: bearer(other.accessToken),
    });
    expect(theirs.statusCode).toBe(404);

    const compared = await t.app.inject({
      url: `/api/me/interest-results/${second.id}/compare?with=${first.id}`,
      headers: bearer(token),
    });
    const comparison = ZInterestComparison.parse(compared.json());
    expect(comparison.before.id).toBe(first.id);
    expect(comparison.after.id).toBe(second.id);
    expect(comparison.differences.investigative).toBe(40 - 20);
    expect(comparison.differences.social).toBe(20 - 40);
    expect(comparison.topAreasChanged).toBe(true);
    expect(comparison.summary).toContain('moved into your top three');
    const same = await t.app.inject({
      url: `/api/me/interest-results/${first.id}/compare?with=${first.id}`,
      headers: bearer(token),
    });
    expect(ZInterestComparison.parse(same.json()).topAreasChanged).toBe(false);
    const badCompare = await t.app.inject({
      url: `/api/me/interest-results/${first.id}/compare?with=nope`,
      headers: bearer(token),
    });
    expect(badCompare.statusCode).toBe(400);
    expect(paths(badCompare)).toContain('querystring.with');

    const notTheirs = await t.app.inject({
      method: 'DELETE',
      url: `/api/me/interest-results/${first.id}`,
      headers: bearer(other.accessToken),
    });
    expect(notTheirs.statusCode).toBe(404);
    const count0 = await stored();
    const del = await t.app.inject({
      method: 'DELETE',
      url: `/api/me/interest-results/${first.id}`,
      headers: bearer(token),
    });
    expect(del.statusCode).toBe(200);
    expect(await stored()).toBe(count0 - 1);
    const gone = await t.app.inject({
      url: `/api/me/interest-results/${first.id}`,
      headers: bearer(token),
    });
    expect(gone.statusCode).toBe(404);
  });
});

describe('career matches over HTTP', () => {
  it('ranks occupations for the latest result, with the reason in words', async () => {
    await submit(
      answersFor({
        investigative: 5,
        conventional: 5,
        realistic: 1,
        artistic: 1,
        social: 1,
        enterprising: 1,
      }),
    );
    const res = await t.app.inject({
      url: '/api/me/career-matches?limit=5',
      headers: bearer(token),
    });
    expect(res.statusCode).toBe(200);
    const matches = ZCareerMatchesResponse.parse(res.json());
    expect(matches.topAreas.slice(0, 2)).toEqual(['investigative', 'conventional']);
    expect(
      matches.items
        .slice(0, 2)
        .map((m) => m.code)
        .sort(),
    ).toEqual(['99-0101.00', '99-0102.00']);
    expect(matches.items[0]?.reason).toMatch(
      /^Like you, Test .* rank Investigative and Conventional highest\.$/,
    );
    const codes = matches.items.map((m) => m.code);
    // The opposite profile comes after both (or off the page).
    if (codes.includes('99-0103.00')) expect(codes.indexOf('99-0103.00')).toBeGreaterThan(1);
    expect(matches.resultId).not.toBeNull();
  });

  it('takes a profile in the query string without an account, filtered by job zone', async () => {
    const query = 'realistic=1&investigative=38&artistic=0&social=2&enterprising=3&conventional=33';
    const all = ZCareerMatchesResponse.parse(
      (await t.app.inject({ url: `/api/career-matches?${query}&limit=100` })).json(),
    );
    const zone2 = ZCareerMatchesResponse.parse(
      (await t.app.inject({ url: `/api/career-matches?${query}&jobZone=2` })).json(),
    );
    expect(zone2.items[0]?.code).toBe('99-0102.00');
    expect(zone2.items.every((m) => m.jobZone === 2)).toBe(true);
    const zones24 = ZCareerMatchesResponse.parse(
      (await t.app.inject({ url: `/api/career-matches?${query}&jobZone=2,4&limit=100` })).json(),
    );
    expect(zones24.items.every((m) => m.jobZone === 2 || m.jobZone === 4)).toBe(true);
    expect(zones24.total).toBe(all.items.filter((m) => m.jobZone === 2 || m.jobZone === 4).length);
    // Stable: the same request gives the same order.
    const again = ZCareerMatchesResponse.parse(
      (await t.app.inject({ url: `/api/career-matches?${query}&limit=100` })).json(),
    );
    expect(again.items.map((m) => m.code)).toEqual(all.items.map((m) => m.code));
  });

  it('answers 422 for a flat profile and 400 for a malformed one', async () => {
    const flat = await t.app.inject({
      url: '/api/career-matches?realistic=20&investigative=20&artistic=20&social=20&enterprising=20&conventional=20',
    });
    expect(flat.statusCode).toBe(422);
    expect(flat.json().error.code).toBe('UNPROCESSABLE');
    expect(flat.json().error.message).toContain('rate some activities higher than others');
    const cases: [string, string][] = [
      [
        'realistic=1&investigative=2&artistic=3&social=4&enterprising=5',
        'querystring.conventional',
      ],
      [
        'realistic=41&investigative=2&artistic=3&social=4&enterprising=5&conventional=6',
        'querystring.realistic',
      ],
      [
        'realistic=a&investigative=2&artistic=3&social=4&enterprising=5&conventional=6',
        'querystring.realistic',
      ],
      [
        'realistic=1&investigative=2&artistic=3&social=4&enterprising=5&conventional=6&jobZone=6',
        'querystring.jobZone',
      ],
    ];
    for (const [query, path] of cases) {
      const res = await t.app.inject({ url: `/api/career-matches?${query}` });
      expect(res.statusCode, query).toBe(400);
      expect(paths(res)).toContain(path);
    }
  });

  it('says 404 before the first result and 422 when the result is flat', async () => {
    const fresh = await registerUser(t.app);
    const none = await t.app.inject({
      url: '/api/me/career-matches',
      headers: bearer(fresh.accessToken),
    });
    expect(none.statusCode).toBe(404);
    const flat = await submit(answersFor({}), fresh.accessToken);
    expect(flat.statusCode).toBe(201);
    const res = await t.app.inject({
      url: '/api/me/career-matches',
      headers: bearer(fresh.accessToken),
    });
    expect(res.statusCode).toBe(422);
  });
});

describe('soft skills', () => {
  async function list(as = token) {
    const res = await t.app.inject({ url: '/api/me/soft-skills', headers: bearer(as) });
    expect(res.statusCode).toBe(200);
    return ZListSoftSkillsResponse.parse(res.json());
  }

  it('lists every soft skill, unrated at first', async () => {
    const skills = await list();
    expect(skills.total).toBeGreaterThan(10);
    expect(skills.items.map((s) => s.skill.slug)).toContain('communication');
    expect(skills.items.every((s) => s.currentLevel === null && s.targetLevel === null)).toBe(true);
  });

  it('sets several ratings at once and updates them', async () => {
    const put = (ratings: unknown) =>
      t.app.inject({
        method: 'PUT',
        url: '/api/me/soft-skills',
        headers: bearer(token),
        payload: { ratings },
      });
    const res = await put([
      { skill: 'communication', currentLevel: 2, targetLevel: 4 },
      { skill: 'adaptability', currentLevel: 3, targetLevel: 3 },
    ]);
    expect(res.statusCode).toBe(200);
    const bySlug = new Map(
      ZListSoftSkillsResponse.parse(res.json()).items.map((s) => [s.skill.slug, s]),
    );
    expect(bySlug.get('communication')).toMatchObject({ currentLevel: 2, targetLevel: 4 });
    expect(bySlug.get('adaptability')).toMatchObject({ currentLevel: 3, targetLevel: 3 });
    await put([{ skill: 'communication', currentLevel: 3, targetLevel: 5 }]);
    const after = new Map((await list()).items.map((s) => [s.skill.slug, s]));
    expect(after.get('communication')).toMatchObject({ currentLevel: 3, targetLevel: 5 });
    expect(after.get('adaptability')).toMatchObject({ currentLevel: 3, targetLevel: 3 });
    // Another user's list is their own.
    const other = await registerUser(t.app);
    expect((await list(other.accessToken)).items.every((s) => s.currentLevel === null)).toBe(true);
  });

  it('refuses a target below the current level, unknown or non-soft skills and repeats', async () => {
    const before = await t.platform.database.db.select().from(userSoftSkills);
    const cases: [unknown, string][] = [
      [[{ skill: 'communication', currentLevel: 4, targetLevel: 2 }], 'body.ratings.0.targetLevel'],
      [[{ skill: 'python', currentLevel: 2, targetLevel: 3 }], 'body.ratings.0.skill'],
      [[{ skill: 'no-such-skill', currentLevel: 2, targetLevel: 3 }], 'body.ratings.0.skill'],
      [
        [
          { skill: 'teamwork', currentLevel: 2, targetLevel: 3 },
          { skill: 'teamwork', currentLevel: 2, targetLevel: 4 },
        ],
        'body.ratings.1.skill',
      ],
      [
        [{ skill: 'communication', currentLevel: 0, targetLevel: 3 }],
        'body.ratings.0.currentLevel',
      ],
      [[{ skill: 'communication', currentLevel: 2, targetLevel: 6 }], 'body.ratings.0.targetLevel'],
      [[], 'body.ratings'],
    ];
    for (const [ratings, path] of cases) {
      const res = await t.app.inject({
        method: 'PUT',
        url: '/api/me/soft-skills',
        headers: bearer(token),
        payload: { ratings },
      });
      expect(res.statusCode, path).toBe(400);
      expect(paths(res)).toContain(path);
    }
    expect(await t.platform.database.db.select().from(userSoftSkills)).toEqual(before);
  });
});
