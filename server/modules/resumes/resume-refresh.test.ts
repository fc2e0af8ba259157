import { afterAll, beforeAll, expect, it } from 'vitest';
import type { TResume } from '../../../contracts/resumes.js';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { bearer, registerUser } from '../auth/auth-test-helpers.js';
import { regenerateResume } from './generated-resume.js';

// The generated resume follows the profile and the skills page too, not only the records.
let t: TestApp;
let token: string;
let userId: string;
let resumeId: string;

beforeAll(async () => {
  t = await buildTestApp();
  const user = await registerUser(t.app);
  token = user.accessToken;
  userId = user.user.id;
});
afterAll(() => t.close());

async function api(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) {
  const res = await t.app.inject({ method, url, headers: bearer(token), payload });
  expect(res.statusCode, res.body).toBeLessThan(300);
  return res;
}

const generated = async () => (await api('GET', `/api/resumes/${resumeId}`)).json() as TResume;
const skillNames = (resume: TResume) =>
  resume.content.sections.find((s) => s.kind === 'skills')?.items.flatMap((i) => i.keywords) ?? [];

it('a new headline, an added skill and a removed one reach the resume at once', async () => {
  const created = await api('POST', '/api/achievements', {
    type: 'internship',
    title: 'Data intern',
    startDate: '2025-06-01',
    endDate: '2025-09-30',
    skills: ['SQL'],
  });
  resumeId = (created.json() as { effects: { resume: { resumeId: string } } }).effects.resume
    .resumeId;
  const before = await generated();
  expect(before.content.summary).toMatch(/^Data intern with 1 internship/);

  await api('PUT', `/api/users/${userId}`, { headline: 'Data engineer' });
  const renamed = await generated();
  expect(renamed.content.basics.label).toBe('Data engineer');
  expect(renamed.content.summary).toMatch(/^Data engineer with 1 internship/);

  await api('POST', '/api/me/skills', { name: 'Docker', proficiency: 'advanced' });
  const added = await generated();
  expect(skillNames(added)).toEqual(expect.arrayContaining(['SQL', 'Docker']));
  expect(added.statistics?.skills).toBe(2);
  expect(Date.parse(added.lastGeneratedAt ?? '')).toBeGreaterThan(
    Date.parse(before.lastGeneratedAt ?? ''),
  );

  await api('DELETE', '/api/me/skills/docker');
  const removed = await generated();
  expect(skillNames(removed)).toEqual(['SQL']);
  expect(removed.statistics?.skills).toBe(1);

  // What the refreshes stored is what a build from scratch gives.
  const full = await t.platform.database.transaction((tx) =>
    regenerateResume(tx, userId, t.platform.now),
  );
  expect(full.sectionsTouched).toEqual([]);
});
