import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZGapAnalysis } from '../../../contracts/guidance.js';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { bearer, registerUser } from '../auth/auth-test-helpers.js';
import { skills } from '../skills/skills.tables.js';
import { userSkills } from '../user-skills/user-skills.tables.js';

// Runs on the seeded starter catalog: Software Developers is one of its occupations.
const SOFTWARE_DEVELOPERS = '15-1252.00';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

async function gaps(token: string, code = SOFTWARE_DEVELOPERS) {
  return t.app.inject({ url: `/api/me/gaps/${code}`, headers: bearer(token) });
}

describe('GET /api/me/gaps/:code', () => {
  it('lists every important requirement as missing for a user with no skills', async () => {
    const { accessToken } = await registerUser(t.app);
    const res = await gaps(accessToken);
    expect(res.statusCode).toBe(200);
    const body = ZGapAnalysis.parse(res.json());
    expect(body.occupation.title).toBe('Software Developers');
    expect(body.readiness).toBe(0);
    expect(body.items.length).toBeGreaterThan(5);
    expect(body.items.every((item) => item.status === 'missing')).toBe(true);
    const scores = body.items.map((item) => item.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('counts the skills the user has, and the same input gives the same order', async () => {
    const { accessToken, user } = await registerUser(t.app);
    const db = t.platform.database.db;
    const before = ZGapAnalysis.parse((await gaps(accessToken)).json());
    const top = before.items[0];
    if (!top) throw new Error('no gaps');
    const [skill] = await db.select().from(skills).where(eq(skills.slug, top.skill.slug));
    if (!skill) throw new Error('missing skill');
    await db
      .insert(userSkills)
      .values({ userId: user.id, skillId: skill.id, proficiency: 'expert', source: 'self' });
    const after = ZGapAnalysis.parse((await gaps(accessToken)).json());
    expect(after.items.find((i) => i.skill.slug === top.skill.slug)?.status).toBe('met');
    expect(after.readiness).toBeGreaterThan(0);
    expect(after.counts.met).toBe(1);
    const again = ZGapAnalysis.parse((await gaps(accessToken)).json());
    expect(again).toEqual(after);
  });

  it('answers 404 for an unknown code and 400 for a malformed one', async () => {
    const { accessToken } = await registerUser(t.app);
    const unknown = await gaps(accessToken, '99-9999.99');
    expect(unknown.statusCode).toBe(404);
    const malformed = await gaps(accessToken, 'software');
    expect(malformed.statusCode).toBe(400);
    expect(JSON.stringify(malformed.json())).toContain('params.code');
  });

  it('has no O*NET attribution to show while only the starter catalog is loaded', async () => {
    const res = await t.app.inject({ url: '/api/data-sources' });
    expect(res.json()).toEqual({ onet: null });
  });

  it('needs a signed-in user', async () => {
    const res = await t.app.inject({ url: `/api/me/gaps/${SOFTWARE_DEVELOPERS}` });
    expect(res.statusCode).toBe(401);
  });
});
