import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { bearer, registerUser, STRONG_PASSWORD } from '../auth/auth-test-helpers.js';
import { users } from '../users/users.tables.js';
import { skillEndorsements, skillEvidence, userSkills } from './user-skills.tables.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

type Registered = Awaited<ReturnType<typeof registerUser>>;

async function addSkill(user: Registered, name: string) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/me/skills',
    headers: bearer(user.accessToken),
    payload: { name, proficiency: 'advanced' },
  });
  expect(res.statusCode, res.body).toBe(201);
}

async function endorse(endorser: Registered, owner: Registered, skill: string, note?: string) {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/users/${owner.user.id}/skills/${skill}/endorsements`,
    headers: bearer(endorser.accessToken),
    payload: note ? { note } : {},
  });
  expect(res.statusCode, res.body).toBe(201);
}

/** Two users who endorse each other; `mentor` has the mentor role. */
async function pair() {
  const learner = await registerUser(t.app);
  const mentor = await registerUser(t.app);
  await t.platform.database.db
    .update(users)
    .set({ roles: ['student', 'mentor'] })
    .where(eq(users.id, mentor.user.id));
  await addSkill(learner, 'JS');
  await addSkill(mentor, 'SQL');
  await endorse(mentor, learner, 'javascript', 'Solid work on the quiz app');
  await endorse(learner, mentor, 'sql');
  return { learner, mentor };
}

describe('skills in the data export and account deletion', () => {
  it('the export has the skills with their evidence and endorsements, and those given', async () => {
    const { learner, mentor } = await pair();
    const res = await t.app.inject({
      url: `/api/users/${learner.user.id}/export`,
      headers: bearer(learner.accessToken),
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().sections.skills).toMatchObject({
      skills: [
        {
          skill: 'javascript',
          name: 'JavaScript',
          proficiency: 'advanced',
          source: 'self',
          evidence: [{ kind: 'mentor_endorsement' }],
          endorsements: [{ endorser: mentor.input.username, note: 'Solid work on the quiz app' }],
        },
      ],
      endorsementsGiven: [{ user: mentor.input.username, skill: 'sql', note: null }],
    });
  });

  it('deleting an account takes its skills, their evidence and endorsements, and those it gave', async () => {
    const { learner, mentor } = await pair();
    const db = t.platform.database.db;
    const own = await db
      .select({ id: userSkills.id })
      .from(userSkills)
      .where(eq(userSkills.userId, learner.user.id));
    const ownIds = own.map((row) => row.id);
    expect(ownIds).toHaveLength(1);

    const res = await t.app.inject({
      method: 'DELETE',
      url: `/api/users/${mentor.user.id}`,
      headers: bearer(mentor.accessToken),
      payload: { password: STRONG_PASSWORD },
    });
    expect(res.statusCode, res.body).toBe(200);

    expect(await db.select().from(userSkills).where(eq(userSkills.userId, mentor.user.id))).toEqual(
      [],
    );
    // The mentor's endorsement of the learner went, and with it the evidence it gave.
    expect(
      await db
        .select()
        .from(skillEndorsements)
        .where(inArray(skillEndorsements.userSkillId, ownIds)),
    ).toEqual([]);
    expect(
      await db.select().from(skillEvidence).where(inArray(skillEvidence.userSkillId, ownIds)),
    ).toEqual([]);
    // The learner keeps the skill itself.
    expect(
      await db.select().from(userSkills).where(eq(userSkills.userId, learner.user.id)),
    ).toHaveLength(1);
  });
});
