import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZSaveUserSkillResponse, ZUserSkillsResponse } from '../../../contracts/user-skills.js';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { bearer, registerUser } from '../auth/auth-test-helpers.js';
import { userSkills } from './user-skills.tables.js';
import { addOrUpdateUserSkill } from './user-skills.service.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

async function addSkill(token: string, name: string, proficiency = 'beginner') {
  return t.app.inject({
    method: 'POST',
    url: '/api/me/skills',
    headers: bearer(token),
    payload: { name, proficiency },
  });
}

async function skillsOf(idOrUsername: string, token?: string) {
  const res = await t.app.inject({
    url: `/api/users/${idOrUsername}/skills`,
    ...(token ? { headers: bearer(token) } : {}),
  });
  expect(res.statusCode, res.body).toBe(200);
  return ZUserSkillsResponse.parse(res.json());
}

async function rowsOf(userId: string) {
  return t.platform.database.db.select().from(userSkills).where(eq(userSkills.userId, userId));
}

describe('adding skills by free text', () => {
  it('"JS", "javascript" and "ECMAScript" all land on JavaScript, as one skill', async () => {
    const user = await registerUser(t.app);
    const first = await addSkill(user.accessToken, 'JS');
    expect(first.statusCode, first.body).toBe(201);
    expect(ZSaveUserSkillResponse.parse(first.json())).toMatchObject({
      change: 'created',
      item: { skill: { slug: 'javascript', name: 'JavaScript', category: 'programming' } },
    });
    for (const name of ['javascript', ' ECMAScript ']) {
      const again = await addSkill(user.accessToken, name);
      expect(again.statusCode, again.body).toBe(200);
      expect(again.json().change).toBe('unchanged');
    }
    const list = await skillsOf(user.input.username);
    expect(list.items.map((item) => item.skill.slug)).toEqual(['javascript']);
    expect(list.items[0]).toMatchObject({ proficiency: 'beginner', source: 'self' });
    expect(await rowsOf(user.user.id)).toHaveLength(1);
  });

  it('refuses text that names no skill with a 400 on body.name, and stores nothing', async () => {
    const user = await registerUser(t.app);
    for (const name of ['!!!', ' - . ']) {
      const res = await addSkill(user.accessToken, name);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: [{ path: 'body.name', message: 'names no skill' }],
      });
    }
    const empty = await addSkill(user.accessToken, '   ');
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.details[0].path).toBe('body.name');
    expect(await rowsOf(user.user.id)).toEqual([]);
  });

  it('answers an unknown skill with a 422 and the nearest names as suggestions', async () => {
    const user = await registerUser(t.app);
    const res = await addSkill(user.accessToken, 'Javascrpt');
    expect(res.statusCode, res.body).toBe(422);
    const [detail] = res.json().error.details;
    expect(detail.path).toBe('body.name');
    expect(detail.suggestions[0]).toBe('JavaScript');
    expect(detail.suggestions.length).toBeLessThanOrEqual(5);
    expect(await rowsOf(user.user.id)).toEqual([]);
  });

  it('refuses an unknown proficiency and unknown keys with field paths', async () => {
    const user = await registerUser(t.app);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/me/skills',
      headers: bearer(user.accessToken),
      payload: { name: 'Python', proficiency: 'guru', source: 'import' },
    });
    expect(res.statusCode).toBe(400);
    const paths = res.json().error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['body.proficiency', 'body.source']));
    expect(await rowsOf(user.user.id)).toEqual([]);
  });

  it('is for signed-in users only', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/me/skills',
      payload: { name: 'Python', proficiency: 'beginner' },
    });
    expect(res.statusCode).toBe(401);
  });
});

describe('set and raise', () => {
  it('the user sets exactly (also lower); other modules only ever raise', async () => {
    const user = await registerUser(t.app);
    const { database, events } = t.platform;
    const save = (proficiency: 'beginner' | 'advanced' | 'expert', mode: 'set' | 'raise') =>
      database.transaction((tx) =>
        addOrUpdateUserSkill(tx, events, {
          userId: user.user.id,
          skill: 'python3',
          proficiency,
          source: 'achievement',
          mode,
        }),
      );
    expect((await save('advanced', 'raise')).change).toBe('created');
    const lower = await save('beginner', 'raise');
    expect(lower).toMatchObject({ change: 'unchanged', proficiency: 'advanced' });
    expect((await save('expert', 'raise')).change).toBe('raised');

    const patched = await t.app.inject({
      method: 'PATCH',
      url: '/api/me/skills/python',
      headers: bearer(user.accessToken),
      payload: { proficiency: 'beginner' },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({
      change: 'lowered',
      item: { proficiency: 'beginner', source: 'achievement' },
    });
    const [row] = await rowsOf(user.user.id);
    expect(row).toMatchObject({ proficiency: 'beginner', source: 'achievement' });
  });

  it('emits skill.added once, when the skill is new', async () => {
    const user = await registerUser(t.app);
    const seen: { skillId: number; source: string }[] = [];
    const off = t.platform.events.on('skill.added', async (_tx, payload) => {
      if (payload.userId === user.user.id) seen.push(payload);
    });
    try {
      await addSkill(user.accessToken, 'Docker');
      await addSkill(user.accessToken, 'docker', 'expert');
    } finally {
      off();
    }
    expect(seen).toHaveLength(1);
    expect(seen[0]?.source).toBe('self');
  });

  it('changing or removing a skill the user does not have is a 404', async () => {
    const user = await registerUser(t.app);
    const patch = await t.app.inject({
      method: 'PATCH',
      url: '/api/me/skills/python',
      headers: bearer(user.accessToken),
      payload: { proficiency: 'expert' },
    });
    expect(patch.statusCode).toBe(404);
    const remove = await t.app.inject({
      method: 'DELETE',
      url: '/api/me/skills/python',
      headers: bearer(user.accessToken),
    });
    expect(remove.statusCode).toBe(404);
  });

  it('removes a skill', async () => {
    const user = await registerUser(t.app);
    await addSkill(user.accessToken, 'Kubernetes');
    const res = await t.app.inject({
      method: 'DELETE',
      url: '/api/me/skills/kubernetes',
      headers: bearer(user.accessToken),
    });
    expect(res.statusCode).toBe(204);
    expect(await rowsOf(user.user.id)).toEqual([]);
  });
});

describe('who sees a user’s skills', () => {
  it('follows the privacy of the profile’s basics', async () => {
    const owner = await registerUser(t.app);
    const other = await registerUser(t.app);
    await addSkill(owner.accessToken, 'SQL');
    const hide = (basics: string) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/users/${owner.user.id}`,
        headers: bearer(owner.accessToken),
        payload: { privacy: { basics } },
      });
    expect((await skillsOf(owner.user.id)).items).toHaveLength(1);

    expect((await hide('signed_in')).statusCode).toBe(200);
    const anonymous = await t.app.inject({ url: `/api/users/${owner.user.id}/skills` });
    expect(anonymous.statusCode).toBe(401);
    expect((await skillsOf(owner.user.id, other.accessToken)).abilities).toEqual({
      edit: false,
      endorse: true,
    });

    expect((await hide('only_me')).statusCode).toBe(200);
    const hidden = await t.app.inject({
      url: `/api/users/${owner.user.id}/skills`,
      headers: bearer(other.accessToken),
    });
    expect(hidden.statusCode).toBe(403);
    const own = await skillsOf(owner.input.username, owner.accessToken);
    expect(own.abilities).toEqual({ edit: true, endorse: false });
  });

  it('is a 404 for an unknown user', async () => {
    const res = await t.app.inject({ url: '/api/users/nobody_here_at_all/skills' });
    expect(res.statusCode).toBe(404);
  });
});
