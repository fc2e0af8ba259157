import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TBadge, TListBadgesResponse } from '../../../contracts/badges.js';
import type { TRoadmap } from '../../../contracts/roadmaps.js';
import type { DomainEventMap } from '../../platform/events/domain-events.js';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { bearer, registerUser } from '../auth/auth-test-helpers.js';
import { notifications } from '../notifications/notifications.tables.js';
import { seedOccupation } from '../roadmaps/roadmaps-test-helpers.js';
import { setMilestoneCompleted } from '../roadmaps/roadmaps.service.js';
import { addSkillEvidence } from '../user-skills/skill-evidence.service.js';
import { addOrUpdateUserSkill, findUserSkill } from '../user-skills/user-skills.service.js';
import { currentStreak } from './activity-days.js';
import { listBadges } from './badges.service.js';
import { userBadges } from './badges.tables.js';

const CODE = '99-0701.00';
const DAY = 86_400_000;
let nowMs = Date.parse('2027-03-01T10:00:00Z');
const clock = () => new Date(nowMs);

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({}, { now: clock });
  await seedOccupation(t.platform.database.db, CODE);
});
afterAll(() => t.close());

async function user() {
  const registered = await registerUser(t.app);
  return { id: registered.user.id, token: registered.accessToken };
}

async function badgesOf(token: string): Promise<TListBadgesResponse> {
  const res = await t.app.inject({ url: '/api/badges', headers: bearer(token) });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as TListBadgesResponse;
}

const badge = (list: TListBadgesResponse, key: string): TBadge | undefined =>
  list.items.find((b) => b.key === key);

async function earnedKeys(userId: string): Promise<string[]> {
  const rows = await t.platform.database.db
    .select({ key: userBadges.badgeKey })
    .from(userBadges)
    .where(eq(userBadges.userId, userId));
  return rows.map((r) => r.key).sort();
}

async function badgeNotes(userId: string) {
  return t.platform.database.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.kind, 'badge.earned')));
}

function achievementCreated(
  userId: string,
  totals: { all: number; ofType: number; type?: string },
): DomainEventMap['achievement.created'] {
  return {
    userId,
    achievementId: crypto.randomUUID(),
    type: totals.type ?? 'project',
    origin: 'manual',
    verified: false,
    totalAchievements: totals.all,
    totalOfType: totals.ofType,
  };
}

const emitCreated = (payload: DomainEventMap['achievement.created']) =>
  t.platform.database.transaction((tx) =>
    t.platform.events.emit(tx, 'achievement.created', payload),
  );

describe('badges', () => {
  it('awards "First milestone" once with one notification, and "Roadmap completed" at the end', async () => {
    const me = await user();
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/roadmaps',
      headers: bearer(me.token),
      payload: {
        occupation: CODE,
        answers: { experience: 'some', timeline: 12, hoursPerWeek: 8, learningStyle: 'mixed' },
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const roadmap = created.json() as TRoadmap;
    expect(roadmap.milestones.length).toBeGreaterThanOrEqual(2);
    const deps = { database: t.platform.database, events: t.platform.events, now: clock };
    const complete = (milestoneId: string, done = true) =>
      setMilestoneCompleted(deps, me.id, roadmap.id, milestoneId, done);

    const [first, ...rest] = roadmap.milestones;
    if (!first) throw new Error('no milestone');
    await complete(first.id);
    // Reopened and completed again: the same event a second time awards nothing more.
    await complete(first.id, false);
    await complete(first.id);
    expect(await earnedKeys(me.id)).toEqual(['first-milestone']);
    const notes = await badgeNotes(me.id);
    expect(notes).toEqual([
      expect.objectContaining({
        title: 'Badge earned: First milestone',
        link: '/badges',
        data: { badgeKey: 'first-milestone', points: 10 },
        readAt: null,
      }),
    ]);

    for (const m of rest) await complete(m.id);
    expect(await earnedKeys(me.id)).toEqual(['first-milestone', 'roadmap-completed']);
    expect(await badgeNotes(me.id)).toHaveLength(2);
    const list = await badgesOf(me.token);
    expect(list.totalPoints).toBe(60);
    expect(list.earnedCount).toBe(2);
    expect(badge(list, 'first-milestone')).toMatchObject({
      earned: true,
      earnedAt: clock().toISOString(),
      progress: { current: 1, target: 1 },
    });
  });

  it('counts achievements towards 10 and 25, and awards the first of a type', async () => {
    const me = await user();
    await emitCreated(achievementCreated(me.id, { all: 1, ofType: 1, type: 'course' }));
    await emitCreated(achievementCreated(me.id, { all: 2, ofType: 1, type: 'project' }));
    await emitCreated(achievementCreated(me.id, { all: 3, ofType: 2, type: 'project' }));
    expect(await earnedKeys(me.id)).toEqual(['first-achievement', 'first-course']);
    const list = await badgesOf(me.token);
    expect(list.totalPoints).toBe(20);
    expect(badge(list, 'ten-achievements')).toMatchObject({
      earned: false,
      earnedAt: null,
      criterion: 'Record 10 achievements',
      progress: { current: 3, target: 10 },
    });
    expect(badge(list, 'first-certification')?.progress).toEqual({ current: 0, target: 1 });
    // A deleted record takes its count off the locked badges' progress.
    await t.platform.database.transaction((tx) =>
      t.platform.events.emit(tx, 'achievement.deleted', {
        userId: me.id,
        achievementId: crypto.randomUUID(),
        type: 'project',
        totalAchievements: 2,
        totalOfType: 1,
      }),
    );
    expect(badge(await badgesOf(me.token), 'ten-achievements')?.progress).toEqual({
      current: 2,
      target: 10,
    });
    expect(await earnedKeys(me.id)).toEqual(['first-achievement', 'first-course']);

    await emitCreated(achievementCreated(me.id, { all: 10, ofType: 1, type: 'certification' }));
    const after = await badgesOf(me.token);
    expect(badge(after, 'ten-achievements')).toMatchObject({
      earned: true,
      progress: { current: 10, target: 10 },
    });
    expect(badge(after, 'twenty-five-achievements')?.progress).toEqual({ current: 10, target: 25 });
    expect(after.totalPoints).toBe(20 + 30 + 20);
  });

  it('awards once when two transactions emit the same event at the same time', async () => {
    const me = await user();
    const database = t.platform.database;
    // On PostgreSQL both transactions are open before either emits: the second waits on the
    // first's uncommitted rows and then finds the badge taken (the unique key backs this up).
    // PGlite runs one transaction at a time, so there they follow each other.
    let arrived = 0;
    let release = () => {};
    const bothOpen = new Promise<void>((resolve) => (release = resolve));
    const racer = () =>
      database.transaction(async (tx) => {
        if (database.driver === 'postgres') {
          arrived += 1;
          if (arrived === 2) release();
          await bothOpen;
        }
        await t.platform.events.emit(
          tx,
          'achievement.created',
          achievementCreated(me.id, { all: 1, ofType: 1 }),
        );
      });
    await Promise.all([racer(), racer()]);
    expect(await earnedKeys(me.id)).toEqual(['first-achievement']);
    expect(await badgeNotes(me.id)).toHaveLength(1);
  });

  it('awards nothing when the emitting transaction rolls back', async () => {
    const me = await user();
    const failed = t.platform.database.transaction(async (tx) => {
      await t.platform.events.emit(tx, 'achievement.verified', {
        userId: me.id,
        achievementId: crypto.randomUUID(),
        type: 'course',
      });
      throw new Error('the change failed');
    });
    await expect(failed).rejects.toThrow('the change failed');
    expect(await earnedKeys(me.id)).toEqual([]);
    expect(await badgeNotes(me.id)).toEqual([]);
  });

  it('awards skill badges from the skills module and a seven-day streak of activity', async () => {
    const me = await user();
    const added = await t.app.inject({
      method: 'POST',
      url: '/api/me/skills',
      headers: bearer(me.token),
      payload: { name: 'SQL', proficiency: 'beginner' },
    });
    expect(added.statusCode, added.body).toBe(201);
    const sql = await findUserSkill(t.platform.database.db, me.id, 'sql');
    await t.platform.database.transaction((tx) =>
      addSkillEvidence(tx, t.platform.events, {
        userSkillId: sql.id,
        kind: 'achievement',
        title: 'SQL course certificate',
      }),
    );
    expect(await earnedKeys(me.id)).toEqual(['first-skill', 'first-verified-skill']);
    expect(badge(await badgesOf(me.token), 'five-skills')?.progress).toEqual({
      current: 1,
      target: 5,
    });

    // One skill a day for six more days (through the service: the clock outruns access tokens).
    const add = (name: string) =>
      t.platform.database.transaction((tx) =>
        addOrUpdateUserSkill(tx, t.platform.events, {
          userId: me.id,
          skill: name,
          proficiency: 'beginner',
          source: 'self',
          mode: 'set',
        }),
      );
    const standing = async (key: string) =>
      (await listBadges(t.platform.database.db, me.id, clock())).items.find((b) => b.key === key);
    const start = nowMs;
    try {
      for (const name of ['Python', 'Git', 'Excel', 'Java', 'Docker']) {
        nowMs += DAY;
        await add(name);
      }
      expect((await standing('seven-day-streak'))?.progress).toEqual({ current: 6, target: 7 });
      nowMs += DAY;
      await add('Rust');
      expect(await earnedKeys(me.id)).toEqual([
        'first-skill',
        'first-verified-skill',
        'five-skills',
        'seven-day-streak',
      ]);
      // A quiet day keeps the streak alive until the next one ends; two quiet days end it.
      nowMs += DAY;
      expect(await currentStreak(t.platform.database.db, me.id, clock())).toBe(7);
      nowMs += DAY;
      expect(await currentStreak(t.platform.database.db, me.id, clock())).toBe(0);
    } finally {
      nowMs = start;
    }
  });
});
