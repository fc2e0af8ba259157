import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TRoadmap, TRoadmapQuestionsResponse } from '../../../contracts/roadmaps.js';
import type { DomainEventMap } from '../../platform/events/domain-events.js';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { bearer, registerUser, STRONG_PASSWORD } from '../auth/auth-test-helpers.js';
import { readRoadmapState } from './roadmap-state.js';
import { giveSkill, seedOccupation } from './roadmaps-test-helpers.js';
import { roadmapMilestones, roadmaps } from './roadmaps.tables.js';

const CODE = '99-0201.00';
const COMPUTING = '15-9901.00';
const HEALTH = '29-9901.00';

let t: TestApp;
let skillIds: Map<string, number>;

beforeAll(async () => {
  t = await buildTestApp();
  const db = t.platform.database.db;
  ({ skillIds } = await seedOccupation(db, CODE, 'Example Analysts'));
  await seedOccupation(db, COMPUTING, 'Example Programmers');
  await seedOccupation(db, HEALTH, 'Example Nurses');
});
afterAll(() => t.close());

const answers = { experience: 'some', timeline: 12, hoursPerWeek: 8, learningStyle: 'mixed' };

async function user() {
  const registered = await registerUser(t.app);
  return { id: registered.user.id, token: registered.accessToken };
}

function call(method: 'GET' | 'POST' | 'DELETE', url: string, token?: string, payload?: object) {
  return t.app.inject({
    method,
    url,
    headers: token ? bearer(token) : {},
    ...(payload ? { payload } : {}),
  });
}

async function create(token: string, body: object = { occupation: CODE, answers }) {
  const res = await call('POST', '/api/roadmaps', token, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as TRoadmap;
}

async function roadmapCount(userId: string): Promise<number> {
  const [row] = await t.platform.database.db
    .select({ n: count() })
    .from(roadmaps)
    .where(eq(roadmaps.userId, userId));
  return row?.n ?? 0;
}

describe('roadmap questions', () => {
  it('asks the common questions and, for computing, which technology draws you most', async () => {
    const { token } = await user();
    const res = await call('GET', `/api/roadmaps/questions?occupation=${COMPUTING}`, token);
    expect(res.statusCode).toBe(200);
    const body = res.json() as TRoadmapQuestionsResponse;
    expect(body.field).toBe('computing');
    expect(body.questions.map((q) => q.id)).toEqual([
      'experience',
      'timeline',
      'hoursPerWeek',
      'learningStyle',
      'focusArea',
    ]);
    const focus = body.questions.find((q) => q.id === 'focusArea');
    // Hot technologies first, then the rest, then no preference.
    expect(focus?.kind === 'single' && focus.options.map((o) => o.value)).toEqual([
      'git',
      'python',
      'sql',
      'any',
    ]);
    const timeline = body.questions.find((q) => q.id === 'timeline');
    expect(timeline).toMatchObject({ kind: 'number', min: 1, max: 36, unit: 'months' });
  });

  it('asks health occupations about a licence, and others nothing of their own', async () => {
    const { token } = await user();
    const health = await call('GET', `/api/roadmaps/questions?occupation=${HEALTH}`, token);
    expect(health.json().field).toBe('health');
    expect(health.json().questions.at(-1)).toMatchObject({ id: 'licensed', kind: 'single' });
    const other = await call('GET', `/api/roadmaps/questions?occupation=${CODE}`, token);
    expect(other.json()).toMatchObject({ field: null });
    expect(other.json().questions).toHaveLength(4);
  });

  it('answers 404 for an unknown occupation and 400 for a malformed code', async () => {
    const { token } = await user();
    const unknown = await call('GET', '/api/roadmaps/questions?occupation=99-9999.99', token);
    expect(unknown.statusCode).toBe(404);
    const bad = await call('GET', '/api/roadmaps/questions?occupation=nope', token);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('querystring.occupation');
  });
});

describe('generating a roadmap', () => {
  it('saves a roadmap with milestones, progress and a graph from the user’s gaps', async () => {
    const me = await user();
    await giveSkill(t.platform.database.db, me.id, skillIds.get('git') ?? 0, 'advanced');
    const roadmap = await create(me.token);
    expect(roadmap).toMatchObject({
      occupation: { code: CODE, title: 'Example Analysts' },
      title: 'Roadmap to Example Analysts',
      answers,
      hoursPerWeek: 8,
      completedAt: null,
      sharePath: null,
    });
    const ids = roadmap.graph.nodes.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining(['topic:mathematics', 'skill:python']));
    expect(ids).not.toContain('skill:git');
    expect(roadmap.milestones.length).toBeGreaterThan(1);
    const total = roadmap.milestones.reduce((sum, m) => sum + m.hours, 0);
    expect(roadmap.progress).toMatchObject({
      percent: 0,
      hoursTotal: total,
      hoursLeft: total,
      milestonesCompleted: 0,
      nextMilestone: { id: roadmap.milestones[0]?.id },
    });
    const again = await call('GET', `/api/roadmaps/${roadmap.id}`, me.token);
    expect(again.json()).toEqual(roadmap);
  });

  it('gives the same roadmap for the same input (ids and times aside)', async () => {
    const me = await user();
    const strip = (r: TRoadmap) => ({
      graph: r.graph,
      milestones: r.milestones.map(({ id: _id, ...m }) => m),
    });
    expect(strip(await create(me.token))).toEqual(strip(await create(me.token)));
  });

  it('refuses bad answers with a 400 per answer, saving nothing', async () => {
    const me = await user();
    const res = await call('POST', '/api/roadmaps', me.token, {
      occupation: COMPUTING,
      answers: {
        experience: 'guru',
        timeline: 99,
        hoursPerWeek: 2.5,
        learningStyle: 'mixed',
        focusArea: 'cobol',
        favourite: 'x',
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.map((d: { path: string }) => d.path)).toEqual([
      'body.answers.favourite',
      'body.answers.experience',
      'body.answers.timeline',
      'body.answers.hoursPerWeek',
      'body.answers.focusArea',
    ]);
    const missing = await call('POST', '/api/roadmaps', me.token, {
      occupation: CODE,
      answers: { experience: 'new' },
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details).toContainEqual({
      path: 'body.answers.timeline',
      message: 'needs an answer',
    });
    expect(await roadmapCount(me.id)).toBe(0);
  });

  it('refuses an impossible timeline with 422 saying what would fit, saving nothing', async () => {
    const me = await user();
    const res = await call('POST', '/api/roadmaps', me.token, {
      occupation: CODE,
      answers: { ...answers, timeline: 1, hoursPerWeek: 1 },
    });
    expect(res.statusCode).toBe(422);
    const [detail] = res.json().error.details;
    expect(detail.path).toBe('body.answers.timeline');
    expect(detail.message).toMatch(/needs about \d+ hours/);
    expect(detail.message).toMatch(/at least \d+ months at 1 hour a week/);
    expect(await roadmapCount(me.id)).toBe(0);
  });

  it('answers 404 for an unknown occupation, saving nothing', async () => {
    const me = await user();
    const res = await call('POST', '/api/roadmaps', me.token, {
      occupation: '99-9999.99',
      answers,
    });
    expect(res.statusCode).toBe(404);
    expect(await roadmapCount(me.id)).toBe(0);
  });
});

describe('a saved roadmap', () => {
  it('is the owner’s alone: others get 404, signed-out callers 401', async () => {
    const owner = await user();
    const other = await user();
    const roadmap = await create(owner.token);
    const m = roadmap.milestones[0]?.id;
    for (const [method, url] of [
      ['GET', `/api/roadmaps/${roadmap.id}`],
      ['GET', `/api/roadmaps/${roadmap.id}/track`],
      ['POST', `/api/roadmaps/${roadmap.id}/milestones/${m}/complete`],
      ['POST', `/api/roadmaps/${roadmap.id}/share`],
      ['DELETE', `/api/roadmaps/${roadmap.id}`],
    ] as const) {
      expect((await call(method, url, other.token)).statusCode, url).toBe(404);
      expect((await call(method, url)).statusCode, url).toBe(401);
    }
    const list = await call('GET', '/api/roadmaps', other.token);
    expect(list.json().total).toBe(0);
    expect((await call('GET', `/api/roadmaps/${roadmap.id}`, owner.token)).statusCode).toBe(200);
  });

  it('completes and reopens milestones idempotently, one event per change', async () => {
    const me = await user();
    const roadmap = await create(me.token);
    const completed: DomainEventMap['roadmap.milestone.completed'][] = [];
    const reopened: DomainEventMap['roadmap.milestone.reopened'][] = [];
    const off = [
      t.platform.events.on('roadmap.milestone.completed', async (_tx, p) => {
        completed.push(p);
      }),
      t.platform.events.on('roadmap.milestone.reopened', async (_tx, p) => {
        reopened.push(p);
      }),
    ];
    try {
      const [first, second] = roadmap.milestones;
      if (!first || !second) throw new Error('expected two milestones');
      const url = (id: string, action: string) =>
        `/api/roadmaps/${roadmap.id}/milestones/${id}/${action}`;
      const done = await call('POST', url(first.id, 'complete'), me.token);
      expect(done.statusCode).toBe(200);
      const after = done.json() as TRoadmap;
      const total = roadmap.progress.hoursTotal;
      expect(after.progress).toMatchObject({
        percent: Math.round((first.hours / total) * 100),
        hoursDone: first.hours,
        hoursLeft: total - first.hours,
        milestonesCompleted: 1,
        nextMilestone: { id: second.id, title: second.title },
      });
      expect(after.milestones[0]?.completedAt).not.toBeNull();
      await call('POST', url(first.id, 'complete'), me.token);
      expect(completed).toEqual([
        { userId: me.id, roadmapId: roadmap.id, milestoneId: first.id, roadmapCompleted: false },
      ]);

      const reopen = await call('POST', url(first.id, 'reopen'), me.token);
      expect(reopen.json().progress.percent).toBe(0);
      await call('POST', url(first.id, 'reopen'), me.token);
      expect(reopened).toEqual([{ userId: me.id, roadmapId: roadmap.id, milestoneId: first.id }]);

      let last: TRoadmap | undefined;
      for (const m of roadmap.milestones) {
        last = (await call('POST', url(m.id, 'complete'), me.token)).json() as TRoadmap;
      }
      expect(last?.completedAt).not.toBeNull();
      expect(last?.progress).toMatchObject({ percent: 100, hoursLeft: 0, nextMilestone: null });
      expect(completed.at(-1)?.roadmapCompleted).toBe(true);
      expect(completed.filter((e) => e.roadmapCompleted)).toHaveLength(1);

      const unknown = await call(
        'POST',
        url('00000000-0000-4000-8000-000000000000', 'complete'),
        me.token,
      );
      expect(unknown.statusCode).toBe(404);
    } finally {
      for (const unsubscribe of off) unsubscribe();
    }
  });

  it('rolls the completion back when a handler fails', async () => {
    const me = await user();
    const roadmap = await create(me.token);
    const off = t.platform.events.on('roadmap.milestone.completed', async () => {
      throw new Error('handler failed');
    });
    try {
      const id = roadmap.milestones[0]?.id;
      const res = await call(
        'POST',
        `/api/roadmaps/${roadmap.id}/milestones/${id}/complete`,
        me.token,
      );
      expect(res.statusCode).toBe(500);
    } finally {
      off();
    }
    const again = await call('GET', `/api/roadmaps/${roadmap.id}`, me.token);
    expect(again.json().progress.milestonesCompleted).toBe(0);
  });

  it('lists the user’s roadmaps, paginated, most recently updated first', async () => {
    const me = await user();
    const a = await create(me.token);
    const b = await create(me.token);
    await call(
      'POST',
      `/api/roadmaps/${a.id}/milestones/${a.milestones[0]?.id}/complete`,
      me.token,
    );
    const page = await call('GET', '/api/roadmaps?limit=1', me.token);
    expect(page.json()).toMatchObject({ total: 2, limit: 1, offset: 0 });
    expect(page.json().items.map((r: TRoadmap) => r.id)).toEqual([a.id]);
    const next = await call('GET', '/api/roadmaps?limit=1&offset=1', me.token);
    expect(next.json().items[0]).toMatchObject({ id: b.id, progress: { percent: 0 } });
    const bad = await call('GET', '/api/roadmaps?limit=500', me.token);
    expect(bad.statusCode).toBe(400);
  });

  it('is a learning track whose checkpoints are its milestones', async () => {
    const me = await user();
    const roadmap = await create(me.token);
    const res = await call('GET', `/api/roadmaps/${roadmap.id}/track`, me.token);
    expect(res.statusCode).toBe(200);
    const track = res.json();
    expect(track.checkpoints.map((c: { milestoneId: string }) => c.milestoneId)).toEqual(
      roadmap.milestones.map((m) => m.id),
    );
    expect(track.checkpoints[0].items.map((i: { nodeId: string }) => i.nodeId)).toEqual(
      roadmap.milestones[0]?.nodeIds,
    );
  });

  it('shares a read-only view without personal data, and stops when sharing is off', async () => {
    const me = await user();
    const roadmap = await create(me.token);
    const shared = await call('POST', `/api/roadmaps/${roadmap.id}/share`, me.token);
    const path = shared.json().sharePath as string;
    expect(path).toMatch(/^\/shared\/roadmaps\/[A-Za-z0-9_-]{40,}$/);
    const twice = await call('POST', `/api/roadmaps/${roadmap.id}/share`, me.token);
    expect(twice.json().sharePath).toBe(path);
    expect((await call('GET', `/api/roadmaps/${roadmap.id}`, me.token)).json().sharePath).toBe(
      path,
    );

    const view = await call('GET', `/api/${path.slice(1)}`);
    expect(view.statusCode).toBe(200);
    const text = view.body;
    expect(text).not.toContain(me.id);
    expect(text).not.toContain('@');
    expect(text).not.toContain(roadmap.id);
    expect(Object.keys(view.json()).sort()).toEqual([
      'graph',
      'milestones',
      'occupation',
      'progress',
      'title',
    ]);
    expect(view.json().milestones[0]).toMatchObject({ completed: false });

    await call('DELETE', `/api/roadmaps/${roadmap.id}/share`, me.token);
    expect((await call('GET', `/api/${path.slice(1)}`)).statusCode).toBe(404);
    const again = await call('POST', `/api/roadmaps/${roadmap.id}/share`, me.token);
    expect(again.json().sharePath).not.toBe(path);
  });

  it('goes with its milestones when deleted, and with the account', async () => {
    const me = await user();
    const roadmap = await create(me.token);
    const del = await call('DELETE', `/api/roadmaps/${roadmap.id}`, me.token);
    expect(del.statusCode).toBe(200);
    expect((await call('GET', `/api/roadmaps/${roadmap.id}`, me.token)).statusCode).toBe(404);
    const db = t.platform.database.db;
    const left = await db
      .select({ n: count() })
      .from(roadmapMilestones)
      .where(eq(roadmapMilestones.roadmapId, roadmap.id));
    expect(left[0]?.n).toBe(0);

    const kept = await create(me.token);
    const gone = await call('DELETE', `/api/users/${me.id}`, me.token, {
      password: STRONG_PASSWORD,
    });
    expect(gone.statusCode, gone.body).toBeLessThan(300);
    expect(await roadmapCount(me.id)).toBe(0);
    const orphans = await db
      .select({ n: count() })
      .from(roadmapMilestones)
      .where(eq(roadmapMilestones.roadmapId, kept.id));
    expect(orphans[0]?.n).toBe(0);
  });
});

describe('roadmap state', () => {
  it('reads the given roadmap or the latest unfinished one, null when none', async () => {
    const me = await user();
    const db = t.platform.database.db;
    expect(await readRoadmapState(db, me.id)).toBeNull();
    const older = await create(me.token);
    const newer = await create(me.token);
    const state = await readRoadmapState(db, me.id);
    expect(state).toMatchObject({
      roadmapId: newer.id,
      occupationCode: CODE,
      progress: 0,
      milestonesTotal: newer.milestones.length,
      milestonesCompleted: 0,
      nextMilestone: { id: newer.milestones[0]?.id },
      hoursLeft: newer.progress.hoursTotal,
    });
    expect(state?.estimatedFinish).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await readRoadmapState(db, me.id, older.id))?.roadmapId).toBe(older.id);
    const other = await user();
    expect(await readRoadmapState(db, other.id, older.id)).toBeNull();

    for (const m of newer.milestones) {
      await call('POST', `/api/roadmaps/${newer.id}/milestones/${m.id}/complete`, me.token);
    }
    // The finished one is no longer "current"; asked for by id it is, at 100 %.
    expect((await readRoadmapState(db, me.id))?.roadmapId).toBe(older.id);
    expect(await readRoadmapState(db, me.id, newer.id)).toMatchObject({
      progress: 100,
      hoursLeft: 0,
      nextMilestone: null,
    });
  });
});
