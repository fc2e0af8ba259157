import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TCareerPlan } from '../../../contracts/career-plan.js';
import type { TRoadmapState } from '../../../contracts/guidance.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { bearer, registerUser } from '../auth/auth-test-helpers.js';
import { upsertOccupations, type OccupationRecord } from '../occupations/occupation-store.js';
import { careerPlanFor } from './career-plan.service.js';

const NOW = new Date('2027-01-10T12:00:00Z');
const GOAL_CODE = '99-0301.00';
const ROADMAP_CODE = '99-0302.00';

let t: TestApp;

function occupation(code: string, title: string): OccupationRecord {
  return {
    code,
    title,
    description: 'Made up for tests.',
    jobZone: 3,
    interests: null,
    education: null,
    alternateTitles: [],
    tasks: [],
    skills: [],
    related: [],
    source: 'catalog',
    releaseId: null,
  };
}

beforeAll(async () => {
  t = await buildTestApp({}, { now: () => NOW });
  await t.platform.database.transaction((tx) =>
    upsertOccupations(tx, [
      occupation(GOAL_CODE, 'Goal Keepers'),
      occupation(ROADMAP_CODE, 'Road Builders'),
    ]),
  );
});
afterAll(() => t.close());

function fakeRoadmap(userId: string): (db: DbOrTx, id: string) => Promise<TRoadmapState | null> {
  return async (_db, id) =>
    id === userId
      ? {
          roadmapId: 'rm-9',
          occupationCode: ROADMAP_CODE,
          title: 'Road building',
          progress: 10,
          milestonesTotal: 3,
          milestonesCompleted: 0,
          nextMilestone: { id: 'x', title: 'Surveying', dueDate: null },
          hoursLeft: 30,
          estimatedFinish: null,
        }
      : null;
}

describe('GET /api/me/plan', () => {
  it('without goals or a roadmap is the explore phase', async () => {
    const user = await registerUser(t.app);
    const res = await t.app.inject({ url: '/api/me/plan', headers: bearer(user.accessToken) });
    expect(res.statusCode).toBe(200);
    const plan = res.json() as TCareerPlan;
    expect(plan).toMatchObject({
      targetOccupation: null,
      targetSource: null,
      currentPhase: 'explore',
      readiness: null,
      generatedAt: NOW.toISOString(),
    });
    expect(plan.nextSteps[0]?.title).toBe('Take the interest assessment');
  });

  it("shows an active goal's open milestone among the next steps, and aims at its occupation", async () => {
    const user = await registerUser(t.app);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/me/goals',
      headers: bearer(user.accessToken),
      payload: {
        title: 'Become a goal keeper',
        category: 'career',
        targetOccupationCode: GOAL_CODE,
        milestones: [
          { title: 'Train', targetDate: '2027-01-20' },
          { title: 'Play', targetDate: '2027-03-01' },
        ],
      },
    });
    expect(created.statusCode).toBe(201);
    const res = await t.app.inject({ url: '/api/me/plan', headers: bearer(user.accessToken) });
    const plan = res.json() as TCareerPlan;
    expect(plan.targetOccupation).toEqual({ code: GOAL_CODE, title: 'Goal Keepers' });
    expect(plan.targetSource).toBe('goal');
    expect(plan.readiness).toBe(100);
    expect(plan.nextSteps[0]).toMatchObject({
      title: 'Finish "Train" by 2027-01-20',
      link: '/goals',
      phaseId: 'prove',
    });
  });

  it('takes a requested occupation over the goal, and refuses unknown or malformed codes', async () => {
    const user = await registerUser(t.app);
    const headers = bearer(user.accessToken);
    const asked = await t.app.inject({ url: `/api/me/plan?occupation=${ROADMAP_CODE}`, headers });
    expect(asked.json()).toMatchObject({
      targetOccupation: { code: ROADMAP_CODE },
      targetSource: 'query',
    });
    const unknown = await t.app.inject({ url: '/api/me/plan?occupation=99-9999.99', headers });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.details[0].path).toBe('querystring.occupation');
    const malformed = await t.app.inject({ url: '/api/me/plan?occupation=planner', headers });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.details[0].path).toBe('querystring.occupation');
  });
});

describe('careerPlanFor', () => {
  it("falls back to the roadmap's occupation and includes the roadmap only for its target", async () => {
    const user = await registerUser(t.app);
    const deps = {
      db: t.platform.database.db,
      now: () => NOW,
      readRoadmapState: fakeRoadmap(user.user.id),
    };
    const fromRoadmap = await careerPlanFor(deps, user.user.id);
    expect(fromRoadmap.targetOccupation?.code).toBe(ROADMAP_CODE);
    expect(fromRoadmap.targetSource).toBe('roadmap');
    const roadmapActions = fromRoadmap.phases
      .flatMap((p) => p.actions)
      .filter((a) => a.kind === 'roadmap');
    expect(roadmapActions.map((a) => [a.title, a.link])).toEqual([
      ['Next on your roadmap: "Surveying"', '/roadmaps/rm-9'],
    ]);

    const elsewhere = await careerPlanFor(deps, user.user.id, GOAL_CODE);
    expect(elsewhere.phases.flatMap((p) => p.actions).some((a) => a.kind === 'roadmap')).toBe(
      false,
    );
  });
});
