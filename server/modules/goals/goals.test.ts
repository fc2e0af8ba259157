import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TGoal } from '../../../contracts/goals.js';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { bearer, registerUser } from '../auth/auth-test-helpers.js';
import { upsertOccupations } from '../occupations/occupation-store.js';
import { careerGoals, goalMilestones } from './goals.tables.js';

const NOW = new Date('2027-01-10T12:00:00Z');
// The clock moves a millisecond a reading, so rows created in a row keep their order.
let ticks = 0;
const clock = () => new Date(NOW.getTime() + ticks++);
const TODAY = /^2027-01-10T12:00:00\.\d{3}Z$/;
const CODE = '99-0101.00';

let t: TestApp;
let token: string;
let otherToken: string;

beforeAll(async () => {
  t = await buildTestApp({}, { now: clock });
  await t.platform.database.transaction((tx) =>
    upsertOccupations(tx, [
      {
        code: CODE,
        title: 'Invented Planners',
        description: 'An occupation made up for tests.',
        jobZone: 3,
        interests: null,
        education: null,
        alternateTitles: [],
        tasks: [],
        skills: [],
        related: [],
        source: 'catalog',
        releaseId: null,
      },
    ]),
  );
  token = (await registerUser(t.app)).accessToken;
  otherToken = (await registerUser(t.app)).accessToken;
});
afterAll(() => t.close());

async function api(
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: string,
  payload?: object,
  as = token,
) {
  return t.app.inject({
    method,
    url,
    headers: bearer(as),
    ...(payload ? { payload } : {}),
  });
}

async function create(payload: object): Promise<TGoal> {
  const res = await api('POST', '/api/me/goals', payload);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as TGoal;
}

async function rowCounts() {
  const db = t.platform.database.db;
  const [goals] = await db.select({ n: count() }).from(careerGoals);
  const [milestones] = await db.select({ n: count() }).from(goalMilestones);
  return { goals: goals?.n, milestones: milestones?.n };
}

function paths(res: { json(): unknown }): string[] {
  const body = res.json() as { error: { details?: { path: string }[] } };
  return (body.error.details ?? []).map((d) => d.path);
}

describe('goals', () => {
  it('creates a goal with its milestones in one request, in order, with progress', async () => {
    const goal = await create({
      title: '  Become a planner ',
      description: 'Move into planning work',
      category: 'career',
      targetOccupationCode: CODE,
      targetDate: '2027-12-31',
      milestones: [
        { title: 'Finish a course', targetDate: '2027-03-01' },
        { title: 'Build a portfolio' },
      ],
    });
    expect(goal).toMatchObject({
      title: 'Become a planner',
      category: 'career',
      status: 'active',
      targetOccupation: { code: CODE, title: 'Invented Planners' },
      targetDate: '2027-12-31',
      progress: 0,
      allMilestonesDone: false,
      completedAt: null,
    });
    expect(goal.milestones.map((m) => [m.title, m.targetDate, m.status, m.position])).toEqual([
      ['Finish a course', '2027-03-01', 'pending', 0],
      ['Build a portfolio', null, 'pending', 1],
    ]);
    const read = await api('GET', `/api/me/goals/${goal.id}`);
    expect(read.json()).toEqual(goal);
  });

  it('completes and reopens milestones; all done is suggested, not forced', async () => {
    const goal = await create({
      title: 'Learn SQL',
      category: 'skill',
      milestones: [{ title: 'Basics' }, { title: 'Joins' }],
    });
    const [first, second] = goal.milestones;
    const half = await api('POST', `/api/me/goals/${goal.id}/milestones/${first?.id}/complete`);
    expect(half.json()).toMatchObject({ progress: 50, allMilestonesDone: false });
    expect((half.json() as TGoal).milestones[0]?.completedAt).toMatch(TODAY);
    const all = await api('POST', `/api/me/goals/${goal.id}/milestones/${second?.id}/complete`);
    expect(all.json()).toMatchObject({ progress: 100, allMilestonesDone: true, status: 'active' });
    const reopened = await api('POST', `/api/me/goals/${goal.id}/milestones/${first?.id}/reopen`);
    expect(reopened.json()).toMatchObject({ progress: 50, allMilestonesDone: false });
    expect((reopened.json() as TGoal).milestones[0]).toMatchObject({
      status: 'pending',
      completedAt: null,
    });
    const completed = await api('PATCH', `/api/me/goals/${goal.id}`, { status: 'completed' });
    expect(completed.json()).toMatchObject({
      status: 'completed',
      completedAt: expect.stringMatching(TODAY),
    });
    const again = await api('PATCH', `/api/me/goals/${goal.id}`, { status: 'active' });
    expect(again.json()).toMatchObject({ status: 'active', completedAt: null });
  });

  it('adds, edits, reorders and removes milestones', async () => {
    const goal = await create({
      title: 'Get certified',
      category: 'education',
      targetDate: '2027-06-30',
    });
    const added = await api('POST', `/api/me/goals/${goal.id}/milestones`, {
      title: 'Study',
      targetDate: '2027-02-01',
    });
    expect(added.statusCode).toBe(201);
    const withTwo = (
      await api('POST', `/api/me/goals/${goal.id}/milestones`, { title: 'Exam' })
    ).json() as TGoal;
    const [study, exam] = withTwo.milestones;
    expect(withTwo.milestones.map((m) => m.position)).toEqual([0, 1]);

    const edited = await api('PATCH', `/api/me/goals/${goal.id}/milestones/${exam?.id}`, {
      title: 'Pass the exam',
      targetDate: '2027-06-01',
    });
    expect((edited.json() as TGoal).milestones[1]).toMatchObject({
      title: 'Pass the exam',
      targetDate: '2027-06-01',
    });

    const reordered = await api('PUT', `/api/me/goals/${goal.id}/milestones/order`, {
      milestoneIds: [exam?.id, study?.id],
    });
    expect((reordered.json() as TGoal).milestones.map((m) => m.title)).toEqual([
      'Pass the exam',
      'Study',
    ]);

    const removed = await api('DELETE', `/api/me/goals/${goal.id}/milestones/${study?.id}`);
    expect((removed.json() as TGoal).milestones.map((m) => m.title)).toEqual(['Pass the exam']);
  });

  it('lists goals newest first, by status, paginated, with counts', async () => {
    const fresh = await registerUser(t.app);
    const as = fresh.accessToken;
    for (const title of ['One', 'Two', 'Three']) {
      const res = await api('POST', '/api/me/goals', { title, category: 'other' }, as);
      expect(res.statusCode).toBe(201);
    }
    const list = (await api('GET', '/api/me/goals?limit=2', undefined, as)).json();
    const firstId = list.items[0].id as string;
    await api('PATCH', `/api/me/goals/${firstId}`, { status: 'paused' }, as);
    expect(list.items.map((g: TGoal) => g.title)).toEqual(['Three', 'Two']);
    expect(list.total).toBe(3);
    const paused = (await api('GET', '/api/me/goals?status=paused', undefined, as)).json();
    expect(paused.items.map((g: TGoal) => g.title)).toEqual(['Three']);
    expect(paused.counts).toEqual({ active: 2, completed: 0, paused: 1, abandoned: 0 });
    const bad = await api('GET', '/api/me/goals?status=done&limit=500', undefined, as);
    expect(bad.statusCode).toBe(400);
    expect(paths(bad).sort()).toEqual(['querystring.limit', 'querystring.status']);
  });

  it('deletes a goal with its milestones', async () => {
    const goal = await create({
      title: 'Temporary',
      category: 'other',
      milestones: [{ title: 'x' }],
    });
    const before = await rowCounts();
    expect((await api('DELETE', `/api/me/goals/${goal.id}`)).statusCode).toBe(204);
    expect(await rowCounts()).toEqual({
      goals: (before.goals ?? 0) - 1,
      milestones: (before.milestones ?? 0) - 1,
    });
    expect((await api('GET', `/api/me/goals/${goal.id}`)).statusCode).toBe(404);
  });

  it("keeps other users' goals out of reach", async () => {
    const goal = await create({ title: 'Mine', category: 'other', milestones: [{ title: 'm' }] });
    const milestone = goal.milestones[0]?.id;
    for (const [method, url] of [
      ['GET', `/api/me/goals/${goal.id}`],
      ['DELETE', `/api/me/goals/${goal.id}`],
      ['POST', `/api/me/goals/${goal.id}/milestones/${milestone}/complete`],
    ] as const) {
      expect((await api(method, url, undefined, otherToken)).statusCode).toBe(404);
    }
    const list = (await api('GET', '/api/me/goals', undefined, otherToken)).json();
    expect(list.items.map((g: TGoal) => g.id)).not.toContain(goal.id);
    expect((await api('GET', `/api/me/goals/${goal.id}`)).json()).toEqual(goal);
  });
});

describe('goal input that is refused, changing nothing', () => {
  const cases: [string, object, string[]][] = [
    ['an empty title', { title: '   ', category: 'skill' }, ['body.title']],
    ['an unknown category', { title: 'x', category: 'hobby' }, ['body.category']],
    ['an unknown key', { title: 'x', category: 'skill', priority: 1 }, ['body.priority']],
    [
      'a malformed date',
      { title: 'x', category: 'skill', targetDate: '31/12/2027' },
      ['body.targetDate'],
    ],
    [
      'a target date in the past',
      { title: 'x', category: 'skill', targetDate: '2027-01-01' },
      ['body.targetDate'],
    ],
    [
      'a milestone after the goal',
      {
        title: 'x',
        category: 'skill',
        targetDate: '2027-05-01',
        milestones: [
          { title: 'ok', targetDate: '2027-04-01' },
          { title: 'late', targetDate: '2027-06-01' },
        ],
      },
      ['body.milestones.1.targetDate'],
    ],
    [
      'a milestone in the past',
      { title: 'x', category: 'skill', milestones: [{ title: 'old', targetDate: '2026-12-01' }] },
      ['body.milestones.0.targetDate'],
    ],
    [
      'a milestone without a title',
      { title: 'x', category: 'skill', milestones: [{ title: '' }] },
      ['body.milestones.0.title'],
    ],
    [
      'a malformed occupation code',
      { title: 'x', category: 'career', targetOccupationCode: 'planner' },
      ['body.targetOccupationCode'],
    ],
    [
      'an unknown occupation',
      { title: 'x', category: 'career', targetOccupationCode: '99-9999.99' },
      ['body.targetOccupationCode'],
    ],
  ];

  it.each(cases)('%s', async (_name, payload, expected) => {
    const before = await rowCounts();
    const res = await api('POST', '/api/me/goals', payload);
    expect(res.statusCode, res.body).toBe(400);
    expect(paths(res)).toEqual(expected);
    expect(await rowCounts()).toEqual(before);
  });

  it('accepts yesterday (UTC), for users west of UTC', async () => {
    const res = await api('POST', '/api/me/goals', {
      title: 'x',
      category: 'skill',
      targetDate: '2027-01-09',
    });
    expect(res.statusCode).toBe(201);
  });

  it('refuses changes that would break the dates, and bad milestone edits', async () => {
    const goal = await create({
      title: 'Dated',
      category: 'skill',
      targetDate: '2027-08-01',
      milestones: [{ title: 'Mid', targetDate: '2027-05-01' }, { title: 'Other' }],
    });
    const [mid, other] = goal.milestones;
    const refused: [string, string, object, string][] = [
      ['PATCH', `/api/me/goals/${goal.id}`, { targetDate: '2027-04-01' }, 'body.targetDate'],
      ['PATCH', `/api/me/goals/${goal.id}`, { targetDate: '2026-04-01' }, 'body.targetDate'],
      ['PATCH', `/api/me/goals/${goal.id}`, { title: '' }, 'body.title'],
      ['PATCH', `/api/me/goals/${goal.id}`, { status: 'finished' }, 'body.status'],
      [
        'PATCH',
        `/api/me/goals/${goal.id}`,
        { targetOccupationCode: '99-9999.99' },
        'body.targetOccupationCode',
      ],
      [
        'POST',
        `/api/me/goals/${goal.id}/milestones`,
        { title: 'Late', targetDate: '2027-09-01' },
        'body.targetDate',
      ],
      [
        'PATCH',
        `/api/me/goals/${goal.id}/milestones/${mid?.id}`,
        { targetDate: '2027-10-01' },
        'body.targetDate',
      ],
      ['PATCH', `/api/me/goals/${goal.id}/milestones/${mid?.id}`, { done: true }, 'body.done'],
      [
        'PUT',
        `/api/me/goals/${goal.id}/milestones/order`,
        { milestoneIds: [mid?.id] },
        'body.milestoneIds',
      ],
      [
        'PUT',
        `/api/me/goals/${goal.id}/milestones/order`,
        { milestoneIds: [mid?.id, mid?.id] },
        'body.milestoneIds',
      ],
      ['GET', '/api/me/goals/not-a-uuid', {}, 'params.id'],
    ];
    for (const [method, url, payload, path] of refused) {
      const res = await api(method as 'PATCH', url, method === 'GET' ? undefined : payload);
      expect(res.statusCode, `${method} ${url} ${JSON.stringify(payload)}`).toBe(400);
      expect(paths(res)).toContain(path);
    }
    expect((await api('GET', `/api/me/goals/${goal.id}`)).json()).toEqual(goal);
    // Unknown milestone ids of the user's own goal are not found.
    const missing = `/api/me/goals/${goal.id}/milestones/00000000-0000-4000-8000-000000000000/complete`;
    expect((await api('POST', missing)).statusCode).toBe(404);
    // Clearing the goal's date lifts the limit on milestone dates; keeping the old one is fine.
    expect(
      (await api('PATCH', `/api/me/goals/${goal.id}`, { targetDate: '2027-08-01' })).statusCode,
    ).toBe(200);
    const cleared = await api('PATCH', `/api/me/goals/${goal.id}`, { targetDate: null });
    expect(cleared.json()).toMatchObject({ targetDate: null });
    const later = await api('PATCH', `/api/me/goals/${goal.id}/milestones/${other?.id}`, {
      targetDate: '2028-01-01',
    });
    expect(later.statusCode).toBe(200);
  });

  it('sets the target occupation to null when the occupation goes', async () => {
    const code = '99-0102.00';
    await t.platform.database.transaction((tx) =>
      upsertOccupations(tx, [
        {
          code,
          title: 'Vanishing Workers',
          description: 'Made up.',
          jobZone: null,
          interests: null,
          education: null,
          alternateTitles: [],
          tasks: [],
          skills: [],
          related: [],
          source: 'catalog',
          releaseId: null,
        },
      ]),
    );
    const goal = await create({ title: 'Aim', category: 'career', targetOccupationCode: code });
    const { occupations } = await import('../occupations/occupations.tables.js');
    await t.platform.database.db.delete(occupations).where(eq(occupations.code, code));
    expect((await api('GET', `/api/me/goals/${goal.id}`)).json()).toMatchObject({
      targetOccupation: null,
    });
  });
});
