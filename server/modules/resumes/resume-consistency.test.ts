import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { TAchievementWriteResponse } from '../../../contracts/achievements.js';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { bearer, registerUser } from '../auth/auth-test-helpers.js';
import { upsertAchievementByExternalRef } from '../achievements/achievements.service.js';
import { regenerateResume } from './generated-resume.js';
import { resumeContent } from './resume-content.js';
import { resumes } from './resumes.tables.js';

// A write rebuilds only the changed record's sections; this checks that what it stores is what
// a build from scratch gives, after writes that move records between sections.
const NOW = new Date('2027-03-01T09:00:00Z');
const clock = () => NOW;

let t: TestApp;
let token: string;
let userId: string;

beforeAll(async () => {
  t = await buildTestApp({}, { now: clock });
  const user = await registerUser(t.app);
  token = user.accessToken;
  userId = user.user.id;
});
afterAll(() => t.close());

async function write(method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) {
  const res = await t.app.inject({ method, url, headers: bearer(token), payload });
  expect(res.statusCode, res.body).toBe(method === 'POST' ? 201 : 200);
  return (res.json() as TAchievementWriteResponse).item?.id ?? '';
}

async function stored() {
  const [row] = await t.platform.database.db
    .select({ content: resumeContent, statistics: resumes.statistics })
    .from(resumes)
    .where(and(eq(resumes.userId, userId), eq(resumes.kind, 'generated')));
  return row;
}

it('the resume after creates, updates and deletes equals one generated from scratch', async () => {
  const job = await write('POST', '/api/achievements', {
    type: 'job',
    title: 'Data analyst',
    organization: 'Acme',
    startDate: '2024-01-01',
    ongoing: true,
    skills: ['SQL', 'Python'],
  });
  const intern = await write('POST', '/api/achievements', {
    type: 'internship',
    title: 'Intern',
    startDate: '2023-06-01',
    endDate: '2023-09-30',
    skills: ['Git'],
  });
  const project = await write('POST', '/api/achievements', {
    type: 'project',
    title: 'Dashboard',
    startDate: '2023-02-01',
    skills: ['React', 'SQL'],
  });
  await write('POST', '/api/achievements', { type: 'course', title: 'Statistics', skills: ['R'] });
  await write('POST', '/api/achievements', { type: 'award', title: 'Best poster' });
  // A job becomes a project (work and projects both change), dates and skills change, one goes.
  await write('PATCH', `/api/achievements/${intern}`, { type: 'project', skills: ['Docker'] });
  await write('PATCH', `/api/achievements/${job}`, { ongoing: false, endDate: '2026-12-31' });
  await write('PATCH', `/api/achievements/${project}`, { title: 'Sales dashboard', skills: [] });
  await write('DELETE', `/api/achievements/${project}`);
  // Verified records are counted apart; one comes from an issuer, is re-verified, then goes.
  const issued = async (title: string) =>
    t.platform.database.transaction((tx) =>
      upsertAchievementByExternalRef(
        tx,
        { events: t.platform.events, now: clock },
        userId,
        'issuer:cert-1',
        { type: 'certification', title, highlights: [], links: [], skills: ['SQL'] },
        'integration',
        { state: 'verified', verifiedBy: 'Issuer', verifiedAt: NOW },
      ),
    );
  const cert = (await issued('SQL basics')).item?.id ?? '';
  await issued('SQL fundamentals');
  await write('POST', '/api/achievements', { type: 'certification', title: 'Kept', skills: [] });
  const afterIssue = await stored();
  expect(afterIssue?.statistics?.verified).toBe(1);
  await write('DELETE', `/api/achievements/${cert}`);
  await write('POST', '/api/achievements', {
    type: 'volunteering',
    title: 'Code club',
    startDate: '2025-09-01',
    ongoing: true,
    skills: ['Python'],
  });

  const incremental = await stored();
  expect(incremental?.content.sections.map((s) => s.kind)).toEqual([
    'work',
    'volunteer',
    'education',
    'projects',
    'certificates',
    'awards',
    'skills',
  ]);
  expect(incremental?.statistics).toMatchObject({ achievements: 6, verified: 0 });
  const full = await t.platform.database.transaction((tx) => regenerateResume(tx, userId, clock));
  expect(full.sectionsTouched).toEqual([]);
  expect(await stored()).toEqual(incremental);
});
