import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TRole } from '../../../contracts/auth.js';
import { ZUserSkill, ZUserSkillsResponse } from '../../../contracts/user-skills.js';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { bearer, registerUser } from '../auth/auth-test-helpers.js';
import { users } from '../users/users.tables.js';
import { addSkillEvidence } from './skill-evidence.service.js';
import { findUserSkill } from './user-skills.service.js';
import { skillEvidence } from './user-skills.tables.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

async function userWith(roles: TRole[] = ['student']) {
  const user = await registerUser(t.app);
  await t.platform.database.db.update(users).set({ roles }).where(eq(users.id, user.user.id));
  return user;
}

async function ownerWithSkill(name = 'TypeScript') {
  const owner = await userWith();
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/me/skills',
    headers: bearer(owner.accessToken),
    payload: { name, proficiency: 'intermediate' },
  });
  expect(res.statusCode, res.body).toBe(201);
  return owner;
}

const endorsementsUrl = (owner: string, skill = 'typescript') =>
  `/api/users/${owner}/skills/${skill}/endorsements`;

function endorse(owner: string, token?: string, payload: object = {}, skill?: string) {
  return t.app.inject({
    method: 'POST',
    url: endorsementsUrl(owner, skill),
    payload,
    ...(token ? { headers: bearer(token) } : {}),
  });
}

function withdraw(owner: string, token?: string) {
  return t.app.inject({
    method: 'DELETE',
    url: endorsementsUrl(owner),
    ...(token ? { headers: bearer(token) } : {}),
  });
}

async function skillAs(owner: string, token?: string) {
  const res = await t.app.inject({
    url: `/api/users/${owner}/skills`,
    ...(token ? { headers: bearer(token) } : {}),
  });
  expect(res.statusCode, res.body).toBe(200);
  return ZUserSkillsResponse.parse(res.json()).items[0];
}

describe('endorsements', () => {
  it('another signed-in user endorses once; the count and their own mark show it', async () => {
    const owner = await ownerWithSkill();
    const friend = await userWith();
    const res = await endorse(owner.input.username, friend.accessToken, { note: 'Great types' });
    expect(res.statusCode, res.body).toBe(201);
    expect(ZUserSkill.parse(res.json())).toMatchObject({
      endorsementCount: 1,
      endorsedByViewer: true,
      verified: false,
    });
    expect(await skillAs(owner.user.id)).toMatchObject({
      endorsementCount: 1,
      endorsedByViewer: false,
    });

    const twice = await endorse(owner.user.id, friend.accessToken);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('CONFLICT');
    expect((await skillAs(owner.user.id))?.endorsementCount).toBe(1);
  });

  it('no one endorses their own skill', async () => {
    const owner = await ownerWithSkill();
    const res = await endorse(owner.user.id, owner.accessToken);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toMatch(/own/);
    expect((await skillAs(owner.user.id))?.endorsementCount).toBe(0);
  });

  it('signed out is 401, a skill the user lacks is 404, a long note is 400', async () => {
    const owner = await ownerWithSkill();
    const friend = await userWith();
    expect((await endorse(owner.user.id)).statusCode).toBe(401);
    expect((await withdraw(owner.user.id)).statusCode).toBe(401);
    expect((await endorse(owner.user.id, friend.accessToken, {}, 'python')).statusCode).toBe(404);
    const long = await endorse(owner.user.id, friend.accessToken, { note: 'x'.repeat(281) });
    expect(long.statusCode).toBe(400);
    expect(long.json().error.details[0].path).toBe('body.note');
    expect((await skillAs(owner.user.id))?.endorsementCount).toBe(0);
  });

  it('withdrawing removes the endorsement; withdrawing again is 404', async () => {
    const owner = await ownerWithSkill();
    const friend = await userWith();
    expect((await endorse(owner.user.id, friend.accessToken)).statusCode).toBe(201);
    const res = await withdraw(owner.user.id, friend.accessToken);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ endorsementCount: 0, endorsedByViewer: false });
    expect((await withdraw(owner.user.id, friend.accessToken)).statusCode).toBe(404);
    // Endorsing again after a withdrawal is allowed.
    expect((await endorse(owner.user.id, friend.accessToken)).statusCode).toBe(201);
  });

  it('is refused when the profile’s basics are hidden from the endorser', async () => {
    const owner = await ownerWithSkill();
    const friend = await userWith();
    await t.app.inject({
      method: 'PUT',
      url: `/api/users/${owner.user.id}`,
      headers: bearer(owner.accessToken),
      payload: { privacy: { basics: 'only_me' } },
    });
    expect((await endorse(owner.user.id, friend.accessToken)).statusCode).toBe(403);
  });
});

describe('evidence and verification', () => {
  it('a mentor’s endorsement is evidence: the skill is verified and shows it; withdrawing takes it away', async () => {
    const owner = await ownerWithSkill();
    const mentor = await userWith(['student', 'mentor']);
    const verified: number[] = [];
    const off = t.platform.events.on('skill.verified', async (_tx, payload) => {
      if (payload.userId === owner.user.id) verified.push(payload.skillId);
    });
    try {
      const res = await endorse(owner.user.id, mentor.accessToken);
      expect(res.statusCode, res.body).toBe(201);
    } finally {
      off();
    }
    expect(verified).toHaveLength(1);
    const skill = await skillAs(owner.user.id);
    expect(skill).toMatchObject({ verified: true, endorsementCount: 1 });
    expect(skill?.evidence).toEqual([
      expect.objectContaining({
        kind: 'mentor_endorsement',
        title: `Endorsed by mentor ${mentor.input.username}`,
      }),
    ]);

    expect((await withdraw(owner.user.id, mentor.accessToken)).statusCode).toBe(200);
    expect(await skillAs(owner.user.id)).toMatchObject({ verified: false, evidence: [] });
  });

  it('an ordinary endorsement does not verify', async () => {
    const owner = await ownerWithSkill();
    const friend = await userWith(['student', 'moderator']);
    await endorse(owner.user.id, friend.accessToken);
    expect(await skillAs(owner.user.id)).toMatchObject({ verified: false, evidence: [] });
  });

  it('other modules add evidence (once per record), shown with the skill', async () => {
    const owner = await ownerWithSkill('Python');
    const { database, events } = t.platform;
    const { id } = await findUserSkill(database.db, owner.user.id, 'python');
    const add = () =>
      database.transaction((tx) =>
        addSkillEvidence(tx, events, {
          userSkillId: id,
          kind: 'project_submission',
          title: 'Data pipeline project, accepted',
          url: 'https://example.org/projects/42',
          referenceId: 'submission-42',
        }),
      );
    expect(await add()).toBe(true);
    expect(await add()).toBe(false);
    const skill = await skillAs(owner.input.username);
    expect(skill).toMatchObject({
      verified: true,
      evidence: [
        {
          kind: 'project_submission',
          title: 'Data pipeline project, accepted',
          url: 'https://example.org/projects/42',
          referenceId: 'submission-42',
        },
      ],
    });
  });

  it('removing the skill removes its endorsements and evidence', async () => {
    const owner = await ownerWithSkill();
    const mentor = await userWith(['student', 'mentor']);
    await endorse(owner.user.id, mentor.accessToken);
    const { id } = await findUserSkill(t.platform.database.db, owner.user.id, 'typescript');
    const removed = await t.app.inject({
      method: 'DELETE',
      url: '/api/me/skills/typescript',
      headers: bearer(owner.accessToken),
    });
    expect(removed.statusCode).toBe(204);
    const left = await t.platform.database.db
      .select()
      .from(skillEvidence)
      .where(eq(skillEvidence.userSkillId, id));
    expect(left).toEqual([]);
    expect(await skillAs(owner.user.id)).toBeUndefined();
  });
});
