import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  TAchievementWriteResponse,
  TListAchievementsResponse,
} from '../../../contracts/achievements.js';
import { ZResume, type TResume } from '../../../contracts/resumes.js';
import type { TUserSkill, TUserSkillsResponse } from '../../../contracts/user-skills.js';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { bearer, registerUser } from '../auth/auth-test-helpers.js';
import { resumes } from '../resumes/resumes.tables.js';
import { skillEvidence, userSkills } from '../user-skills/user-skills.tables.js';
import { achievementSkills, achievements } from './achievements.tables.js';
import { upsertAchievementByExternalRef } from './achievements.service.js';

const NOW = new Date('2027-01-10T12:00:00Z');
let ticks = 0;
const clock = () => new Date(NOW.getTime() + ticks++);

let t: TestApp;
let token: string;
let userId: string;
let otherToken: string;

beforeAll(async () => {
  t = await buildTestApp({}, { now: clock });
  const user = await registerUser(t.app);
  token = user.accessToken;
  userId = user.user.id;
  otherToken = (await registerUser(t.app)).accessToken;
});
afterAll(() => t.close());

async function api(
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  payload?: object,
  as = token,
) {
  return t.app.inject({ method, url, headers: bearer(as), ...(payload ? { payload } : {}) });
}

async function write(method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) {
  const res = await api(method, url, payload);
  expect(res.statusCode, res.body).toBe(method === 'POST' ? 201 : 200);
  return res.json() as TAchievementWriteResponse;
}

async function mySkills(): Promise<Map<string, TUserSkill>> {
  const res = await api('GET', `/api/users/${userId}/skills?limit=100`);
  return new Map((res.json() as TUserSkillsResponse).items.map((s) => [s.skill.slug, s]));
}

async function generated(): Promise<TResume> {
  const list = await api('GET', '/api/resumes');
  const id = (list.json() as { items: { id: string; kind: string }[] }).items[0]?.id;
  const res = await api('GET', `/api/resumes/${id}`);
  expect(res.statusCode).toBe(200);
  return ZResume.parse(res.json());
}

async function rowCounts() {
  const db = t.platform.database.db;
  const n = async (
    table:
      typeof achievements | typeof achievementSkills | typeof userSkills | typeof skillEvidence,
  ) => (await db.select({ n: count() }).from(table))[0]?.n;
  const [resume] = await db
    .select({ at: resumes.lastGeneratedAt })
    .from(resumes)
    .where(eq(resumes.userId, userId));
  return {
    achievements: await n(achievements),
    achievementSkills: await n(achievementSkills),
    userSkills: await n(userSkills),
    evidence: await n(skillEvidence),
    resumeGeneratedAt: resume?.at?.toISOString() ?? null,
  };
}

function details(res: { json(): unknown }) {
  return (
    (res.json() as { error: { details?: { path: string; suggestions?: string[] }[] } }).error
      .details ?? []
  );
}

const internship = {
  type: 'internship',
  title: 'Software engineering intern',
  organization: 'Acme',
  startDate: '2026-06-01',
  endDate: '2026-11-30',
  skills: ['TypeScript', 'react', 'SQL'],
  highlights: ['Shipped the billing page'],
};

describe('achievements', () => {
  let internshipId: string;
  let projectId: string;

  it('an internship with three skills adds them, backs them with evidence and builds the resume', async () => {
    const saved = await write('POST', '/api/achievements', internship);
    const item = saved.item;
    if (!item) throw new Error('no item');
    internshipId = item.id;
    expect(item.skills.map((s) => [s.slug, s.proficiency])).toEqual([
      ['typescript', 'intermediate'],
      ['react', 'intermediate'],
      ['sql', 'intermediate'],
    ]);
    expect(saved.effects.skills.map((s) => `${s.slug}:${s.change}`)).toEqual([
      'typescript:created',
      'react:created',
      'sql:created',
    ]);
    expect(saved.effects.resume.sectionsTouched.sort()).toEqual(['skills', 'work']);

    const skills = await mySkills();
    expect(skills.get('react')).toMatchObject({ source: 'achievement', verified: true });
    expect(skills.get('react')?.evidence).toEqual([
      expect.objectContaining({ kind: 'achievement', referenceId: internshipId }),
    ]);

    const resume = await generated();
    expect(resume.id).toBe(saved.effects.resume.resumeId);
    expect(resume.lastGeneratedAt).toBe(saved.effects.resume.lastGeneratedAt);
    const work = resume.content.sections.find((s) => s.kind === 'work');
    expect(work?.items).toEqual([
      expect.objectContaining({
        id: `a-${internshipId}`,
        title: 'Software engineering intern',
        subtitle: 'Acme',
        keywords: ['TypeScript', 'React', 'SQL'],
      }),
    ]);
    const skillItems = resume.content.sections.find((s) => s.kind === 'skills')?.items ?? [];
    expect(skillItems.flatMap((i) => i.keywords).sort()).toEqual(['React', 'SQL', 'TypeScript']);
    expect(resume.content.summary).toBe(
      'Software engineering intern with 1 internship; 3 skills: React, SQL and TypeScript.',
    );
    expect(resume.statistics).toEqual({
      achievements: 1,
      byType: { internship: 1 },
      verified: 0,
      skills: 3,
      experienceMonths: 6,
    });
  });

  it('never lowers a level the user set, nor takes a skill they added when the record goes', async () => {
    expect(
      (await api('POST', '/api/me/skills', { name: 'Python', proficiency: 'expert' })).statusCode,
    ).toBe(201);
    const course = await write('POST', '/api/achievements', {
      type: 'course',
      title: 'Python basics',
      skills: ['Python'],
    });
    expect(course.effects.skills).toEqual([
      { slug: 'python', name: 'Python', change: 'unchanged', proficiency: 'expert' },
    ]);
    expect(course.item?.skills[0]?.proficiency).toBe('beginner');
    const removed = await write('DELETE', `/api/achievements/${course.item?.id}`);
    expect(removed.effects.skills).toEqual([]);
    expect((await mySkills()).get('python')).toMatchObject({
      proficiency: 'expert',
      source: 'self',
      verified: false,
    });
  });

  it('an update that drops a skill removes it only when no other record backs it', async () => {
    const project = await write('POST', '/api/achievements', {
      type: 'project',
      title: 'Inventory tracker',
      startDate: '2026-01-01',
      endDate: '2026-05-31',
      skills: ['SQL', 'Docker'],
    });
    projectId = project.item?.id ?? '';
    const dropped = await write('PATCH', `/api/achievements/${projectId}`, { skills: ['SQL'] });
    expect(dropped.effects.skills).toEqual([
      { slug: 'sql', name: 'SQL', change: 'unchanged', proficiency: 'intermediate' },
      { slug: 'docker', name: 'Docker', change: 'removed', proficiency: null },
    ]);
    // The internship drops SQL too: the project still names it, so it stays, backed by the project.
    const internshipNow = await write('PATCH', `/api/achievements/${internshipId}`, {
      skills: ['TypeScript', 'React'],
    });
    expect(internshipNow.effects.skills.map((s) => s.change)).toEqual(['unchanged', 'unchanged']);
    const skills = await mySkills();
    expect(skills.has('docker')).toBe(false);
    expect(skills.get('sql')?.evidence.map((e) => e.referenceId)).toEqual([projectId]);
  });

  it('a delete removes what only the record contributed, and its resume section', async () => {
    const before = await generated();
    expect(before.content.sections.map((s) => s.kind)).toContain('projects');
    const deleted = await write('DELETE', `/api/achievements/${projectId}`);
    expect(deleted.item).toBeNull();
    expect(deleted.effects.skills).toEqual([
      { slug: 'sql', name: 'SQL', change: 'removed', proficiency: null },
    ]);
    expect(deleted.effects.resume.sectionsTouched.sort()).toEqual(['projects', 'skills']);
    const after = await generated();
    expect(after.content.sections.map((s) => s.kind)).toEqual(['work', 'skills']);
    expect((await mySkills()).has('sql')).toBe(false);
    expect((await api('GET', `/api/achievements/${projectId}`)).statusCode).toBe(404);
  });

  it('lists in timeline order with counts per type, and filters by type', async () => {
    await write('POST', '/api/achievements', {
      type: 'job',
      title: 'Developer',
      startDate: '2026-12-01',
      ongoing: true,
    });
    await write('POST', '/api/achievements', { type: 'award', title: 'Hackathon prize' });
    const res = await api('GET', '/api/achievements?limit=2');
    const page = res.json() as TListAchievementsResponse;
    expect(page.items.map((a) => a.title)).toEqual(['Developer', 'Software engineering intern']);
    expect(page.total).toBe(3);
    expect(page.counts).toMatchObject({ job: 1, internship: 1, award: 1, course: 0 });
    const awards = (
      await api('GET', '/api/achievements?type=award')
    ).json() as TListAchievementsResponse;
    expect(awards.items.map((a) => a.title)).toEqual(['Hackathon prize']);
    expect((await api('GET', '/api/achievements?limit=101')).statusCode).toBe(400);
  });

  it('orders the list and the resume alike: ongoing, then the newest start, undated last', async () => {
    const { accessToken: own } = await registerUser(t.app);
    const records = [
      { title: 'Old job', startDate: '2019-01-01', endDate: '2020-01-01' },
      { title: 'Current job', startDate: '2024-01-01', ongoing: true },
      { title: 'Undated job' },
      { title: 'Newer job', startDate: '2021-06-01', endDate: '2023-12-01' },
      { title: 'Also current', startDate: '2022-01-01', ongoing: true },
    ];
    for (const record of records) {
      const res = await api('POST', '/api/achievements', { type: 'job', ...record }, own);
      expect(res.statusCode, res.body).toBe(201);
    }
    const expected = ['Current job', 'Also current', 'Newer job', 'Old job', 'Undated job'];
    const list = (await api('GET', '/api/achievements', undefined, own)).json();
    expect((list as TListAchievementsResponse).items.map((a) => a.title)).toEqual(expected);
    const listed = (await api('GET', '/api/resumes', undefined, own)).json() as {
      items: { id: string }[];
    };
    const resume = ZResume.parse(
      (await api('GET', `/api/resumes/${listed.items[0]?.id}`, undefined, own)).json(),
    );
    const work = resume.content.sections.find((s) => s.kind === 'work');
    expect(work?.items.map((i) => i.title)).toEqual(expected);
  });

  it('refuses bad input with the field at fault and changes nothing', async () => {
    const before = await rowCounts();
    const cases: [object, string[], number][] = [
      [{ ...internship, startDate: '2026-06-01', endDate: '2026-05-01' }, ['body.endDate'], 400],
      [{ ...internship, type: 'sabbatical' }, ['body.type'], 400],
      [{ ...internship, extra: 1 }, ['body.extra'], 400],
      [{ ...internship, skills: ['TypeScript', 'Reactt'] }, ['body.skills.1'], 422],
    ];
    for (const [payload, paths, status] of cases) {
      const res = await api('POST', '/api/achievements', payload);
      expect(res.statusCode, res.body).toBe(status);
      expect(details(res).map((d) => d.path)).toEqual(paths);
    }
    const unknown = await api('POST', '/api/achievements', { ...internship, skills: ['Reactt'] });
    expect(details(unknown)[0]?.suggestions).toContain('React');
    const patch = await api('PATCH', `/api/achievements/${internshipId}`, {
      endDate: '2026-01-01',
    });
    expect(patch.statusCode).toBe(400);
    expect(details(patch).map((d) => d.path)).toEqual(['body.endDate']);
    // None of these is a 500: each is a 4xx naming the field, or the record is not found.
    const many = (n: number) => Array.from({ length: n }, (_, i) => `s${i}`);
    const more: [string, string, object, number, string[]][] = [
      ['POST', '', { ...internship, skills: many(5000) }, 400, ['body.skills']],
      ['POST', '', { ...internship, highlights: many(5000) }, 400, ['body.highlights']],
      ['POST', '', { ...internship, startDate: '2024-02-30' }, 400, ['body.startDate']],
      ['POST', '', { ...internship, origin: 'integration' }, 400, ['body.origin']],
      ['PATCH', internshipId, { origin: 'import' }, 400, ['body.origin']],
      ['PATCH', internshipId, { ongoing: true, endDate: '2026-12-01' }, 400, ['body.endDate']],
      ['PATCH', 'not-a-uuid', { title: 'x' }, 400, ['params.id']],
      ['PATCH', crypto.randomUUID(), { title: 'x' }, 404, []],
      ['DELETE', crypto.randomUUID(), {}, 404, []],
    ];
    for (const [method, id, payload, status, paths] of more) {
      const url = `/api/achievements${id ? `/${id}` : ''}`;
      const res = await api(method as 'POST' | 'PATCH' | 'DELETE', url, payload);
      expect(res.statusCode, `${method} ${res.body}`).toBe(status);
      expect(details(res).map((d) => d.path)).toEqual(paths);
    }
    expect(await rowCounts()).toEqual(before);
  });

  it('ongoing on a record with an end date drops the end date; a second delete is a 404', async () => {
    const made = await write('POST', '/api/achievements', {
      type: 'volunteering',
      title: 'Mentor',
      startDate: '2025-01-01',
      endDate: '2025-06-30',
      origin: 'import',
    });
    expect(made.item).toMatchObject({ origin: 'import', endDate: '2025-06-30' });
    const id = made.item?.id ?? '';
    const ongoing = await write('PATCH', `/api/achievements/${id}`, { ongoing: true });
    expect(ongoing.item).toMatchObject({ ongoing: true, endDate: null, origin: 'import' });
    await write('DELETE', `/api/achievements/${id}`);
    expect((await api('DELETE', `/api/achievements/${id}`)).statusCode).toBe(404);
  });

  it("another user's record or resume is not found, and changes nothing", async () => {
    const before = await rowCounts();
    for (const [method, payload] of [
      ['GET'],
      ['PATCH', { title: 'Mine now' }],
      ['DELETE'],
    ] as const) {
      const res = await api(method, `/api/achievements/${internshipId}`, payload, otherToken);
      expect(res.statusCode).toBe(404);
    }
    const resumeId = (await generated()).id;
    expect((await api('GET', `/api/resumes/${resumeId}`, undefined, otherToken)).statusCode).toBe(
      404,
    );
    expect(await rowCounts()).toEqual(before);
  });

  it('saves nothing when a step of the write fails', async () => {
    const before = await rowCounts();
    const off = t.platform.events.on('achievement.created', async () => {
      throw new Error('a handler failed');
    });
    try {
      const res = await api('POST', '/api/achievements', { ...internship, skills: ['Git'] });
      expect(res.statusCode).toBe(500);
    } finally {
      off();
    }
    expect(await rowCounts()).toEqual(before);
    expect((await mySkills()).has('git')).toBe(false);
  });

  it('an integration upserts by its external reference and verifies the record once', async () => {
    const verified: string[] = [];
    const off = t.platform.events.on('achievement.verified', async (_tx, e) => {
      verified.push(e.achievementId);
    });
    const deps = { events: t.platform.events, now: clock };
    const release = {
      type: 'project' as const,
      title: 'widget v1.0',
      skills: ['TypeScript'],
      highlights: [],
      links: [{ label: 'Release', url: 'https://github.com/ada/widget/releases/v1.0' }],
    };
    const verification = { state: 'verified' as const, verifiedBy: 'GitHub' };
    try {
      const first = await t.platform.database.transaction((tx) =>
        upsertAchievementByExternalRef(
          tx,
          deps,
          userId,
          'github:release:1',
          release,
          'integration',
          verification,
        ),
      );
      const again = await t.platform.database.transaction((tx) =>
        upsertAchievementByExternalRef(
          tx,
          deps,
          userId,
          'github:release:1',
          { ...release, title: 'widget v1.0.1' },
          'integration',
          verification,
        ),
      );
      expect(again.item?.id).toBe(first.item?.id);
      expect(again.item).toMatchObject({
        title: 'widget v1.0.1',
        origin: 'integration',
        verification: {
          state: 'verified',
          verifiedBy: 'GitHub',
          verifiedAt: first.item?.verification.verifiedAt,
        },
      });
      // Verified: a level above an unverified short project.
      expect(again.item?.skills[0]?.proficiency).toBe('intermediate');
      expect(verified).toEqual([first.item?.id]);
      const rows = await t.platform.database.db
        .select({ n: count() })
        .from(achievements)
        .where(eq(achievements.externalRef, 'github:release:1'));
      expect(rows[0]?.n).toBe(1);
      expect((await generated()).statistics?.verified).toBe(1);
    } finally {
      off();
    }
  });

  it('two first deliveries of the same reference at once make one record', async () => {
    const deps = { events: t.platform.events, now: clock };
    const course = {
      type: 'course' as const,
      title: 'SQL course',
      skills: [],
      highlights: [],
      links: [],
    };
    const deliver = () =>
      t.platform.database.transaction((tx) =>
        upsertAchievementByExternalRef(tx, deps, userId, 'course:42', course, 'integration'),
      );
    const [a, b] = await Promise.all([deliver(), deliver()]);
    expect(a.item?.id).toBe(b.item?.id);
    const rows = await t.platform.database.db
      .select({ n: count() })
      .from(achievements)
      .where(eq(achievements.externalRef, 'course:42'));
    expect(rows[0]?.n).toBe(1);
  });

  it("a new user's first two records at once both save, with one generated resume", async () => {
    const fresh = await registerUser(t.app);
    const post = (title: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/achievements',
        headers: bearer(fresh.accessToken),
        payload: { type: 'project', title, skills: [] },
      });
    const [a, b] = await Promise.all([post('First'), post('Second')]);
    expect([a.statusCode, b.statusCode], `${a.body} ${b.body}`).toEqual([201, 201]);
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/resumes',
      headers: bearer(fresh.accessToken),
    });
    const generated = (list.json() as { items: { id: string; kind: string }[] }).items.filter(
      (r) => r.kind === 'generated',
    );
    expect(generated).toHaveLength(1);
    const resume = await t.app.inject({
      method: 'GET',
      url: `/api/resumes/${generated[0]?.id ?? ''}`,
      headers: bearer(fresh.accessToken),
    });
    const projects = (resume.json() as TResume).content.sections.find((s) => s.kind === 'projects');
    expect(projects?.items.map((i) => i.title).sort()).toEqual(['First', 'Second']);
    expect((resume.json() as TResume).statistics?.achievements).toBe(2);
  });
});
