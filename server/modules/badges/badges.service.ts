import { and, eq, inArray, sql } from 'drizzle-orm';
import type { TBadge, TBadgeProgress, TListBadgesResponse } from '../../../contracts/badges.js';
import type { DbOrTx } from '../../platform/db/index.js';
import type {
  DomainEventMap,
  DomainEventName,
  DomainEvents,
} from '../../platform/events/domain-events.js';
import { notify } from '../notifications/notifications.service.js';
import { listUserSkillLevels } from '../user-skills/user-skill-levels.js';
import { isoDate } from '../roadmaps/roadmap-dates.js';
import { currentStreak, exportActivityDays } from './activity-days.js';
import {
  activityEvents,
  badgeDefinitions,
  type BadgeCount,
  type BadgeDefinition,
} from './badge-definitions.js';
import { badgeProgress, userActivityDays, userBadges } from './badges.tables.js';

export interface BadgeDeps {
  events: DomainEvents;
  now: () => Date;
}

type AnyPayload = DomainEventMap[DomainEventName];

/** Counts only an event carries: kept as progress while the badge is not earned. */
const storedCounts: ReadonlySet<BadgeCount> = new Set(['totalAchievements', 'totalOfType']);

function matches(definition: BadgeDefinition, payload: AnyPayload): boolean {
  const fields: Readonly<Record<string, unknown>> = payload;
  return Object.entries(definition.criterion.when ?? {}).every(
    ([field, value]) => fields[field] === value,
  );
}

/** Where the user stands on the criterion's count, as of this event. */
async function countNow(
  tx: DbOrTx,
  count: BadgeCount,
  payload: AnyPayload,
  now: Date,
): Promise<number> {
  const fields: Readonly<Record<string, unknown>> = payload;
  switch (count) {
    case 'occurrence':
      return 1;
    case 'totalAchievements':
    case 'totalOfType': {
      const value = fields[count];
      return typeof value === 'number' ? value : 0;
    }
    case 'skills':
      return (await listUserSkillLevels(tx, payload.userId)).length;
    case 'streakDays':
      return currentStreak(tx, payload.userId, now);
  }
}

/**
 * Awards the badge unless the user has it. The unique (user, badge) key decides between
 * concurrent transactions: only the one whose row was inserted notifies.
 */
async function award(
  tx: DbOrTx,
  userId: string,
  definition: BadgeDefinition,
  progress: TBadgeProgress,
  now: Date,
): Promise<boolean> {
  const [inserted] = await tx
    .insert(userBadges)
    .values({ userId, badgeKey: definition.key, earnedAt: now, progress })
    .onConflictDoNothing({ target: [userBadges.userId, userBadges.badgeKey] })
    .returning({ id: userBadges.id });
  if (!inserted) return false;
  await notify(tx, {
    userId,
    kind: 'badge.earned',
    title: `Badge earned: ${definition.name}`,
    body: `${definition.description} +${definition.points} points.`,
    link: '/badges',
    data: { badgeKey: definition.key, points: definition.points },
    createdAt: now,
  });
  await tx
    .delete(badgeProgress)
    .where(and(eq(badgeProgress.userId, userId), eq(badgeProgress.badgeKey, definition.key)));
  return true;
}

/**
 * Notes the day of activity (when `day` is given; `newDay` says whether it is the first of the
 * day) and reads which of these badges the user has, in one round trip: this runs on every
 * achievement write.
 */
async function recordDayAndReadEarned(
  tx: DbOrTx,
  userId: string,
  day: string | null,
  keys: readonly string[],
): Promise<{ newDay: boolean; earned: string[] }> {
  const earned = keys.length
    ? sql`array(select ${userBadges.badgeKey} from ${userBadges}
        where ${userBadges.userId} = ${userId} and ${inArray(userBadges.badgeKey, [...keys])})`
    : sql`array[]::text[]`;
  const query = day
    ? sql`with day as (
        insert into ${userActivityDays} (user_id, day) values (${userId}, ${day})
        on conflict do nothing returning 1)
      select (select count(*) from day)::int as new_day, ${earned} as earned`
    : sql`select 0 as new_day, ${earned} as earned`;
  const result = (await tx.execute(query)) as unknown as {
    rows: { new_day: number; earned: string[] }[];
  };
  const [row] = result.rows;
  return { newDay: (row?.new_day ?? 0) > 0, earned: row?.earned ?? [] };
}

/** Checks the badges an event may award, inside the event's transaction. */
export async function evaluateBadges(
  tx: DbOrTx,
  name: DomainEventName,
  payload: AnyPayload,
  now: Date,
): Promise<string[]> {
  const { userId } = payload;
  const activity = activityEvents.includes(name);
  const matching = badgeDefinitions.filter(
    (d) => d.criterion.events.includes(name) && matches(d, payload),
  );
  if (!activity && matching.length === 0) return [];
  const { newDay, earned } = await recordDayAndReadEarned(
    tx,
    userId,
    activity ? isoDate(now) : null,
    matching.map((d) => d.key),
  );
  // A streak changes only with a new day: later events of the day would find the same one.
  const candidates = matching.filter((d) => d.criterion.count !== 'streakDays' || newDay);
  if (candidates.length === 0) return [];
  const have = new Set(earned);
  const awarded: string[] = [];
  for (const definition of candidates) {
    if (have.has(definition.key)) continue;
    const { count, atLeast } = definition.criterion;
    const current = await countNow(tx, count, payload, now);
    if (current >= atLeast) {
      const progress = { current: atLeast, target: atLeast };
      if (await award(tx, userId, definition, progress, now)) awarded.push(definition.key);
    } else if (storedCounts.has(count)) {
      await tx
        .insert(badgeProgress)
        .values({ userId, badgeKey: definition.key, current, updatedAt: now })
        .onConflictDoUpdate({
          target: [badgeProgress.userId, badgeProgress.badgeKey],
          set: { current: sql`excluded.current`, updatedAt: sql`excluded.updated_at` },
        });
    }
  }
  return awarded;
}

/** Subscribes the badge checks to every event a badge or a streak listens to. */
export function subscribeBadges(deps: BadgeDeps): () => void {
  const names = new Set<DomainEventName>([
    ...activityEvents,
    ...badgeDefinitions.flatMap((d) => d.criterion.events),
  ]);
  const offs = [...names].map((name) =>
    deps.events.on(name, async (tx, payload) => {
      await evaluateBadges(tx, name, payload, deps.now());
    }),
  );
  return () => offs.forEach((off) => off());
}

/** Every badge with the user's state and progress, and their points. */
export async function listBadges(
  db: DbOrTx,
  userId: string,
  now: Date,
): Promise<TListBadgesResponse> {
  const [earnedRows, progressRows] = await Promise.all([
    db.select().from(userBadges).where(eq(userBadges.userId, userId)),
    db.select().from(badgeProgress).where(eq(badgeProgress.userId, userId)),
  ]);
  const earned = new Map(earnedRows.map((row) => [row.badgeKey, row]));
  const stored = new Map(progressRows.map((row) => [row.badgeKey, row.current]));
  const locked = badgeDefinitions.filter((d) => !earned.has(d.key));
  // Live counts are read only when a locked badge needs them.
  const needs = (count: BadgeCount) => locked.some((d) => d.criterion.count === count);
  const [skills, streak] = await Promise.all([
    needs('skills') ? listUserSkillLevels(db, userId).then((list) => list.length) : 0,
    needs('streakDays') ? currentStreak(db, userId, now) : 0,
  ]);
  const live: Partial<Record<BadgeCount, number>> = { skills, streakDays: streak };

  let totalPoints = 0;
  const items = badgeDefinitions.map((d): TBadge => {
    const row = earned.get(d.key);
    if (row) totalPoints += d.points;
    const target = d.criterion.atLeast;
    const current = Math.min(target, live[d.criterion.count] ?? stored.get(d.key) ?? 0);
    return {
      key: d.key,
      name: d.name,
      description: d.description,
      category: d.category,
      points: d.points,
      icon: d.icon,
      criterion: d.criterionText,
      earned: row !== undefined,
      earnedAt: row?.earnedAt.toISOString() ?? null,
      progress: row ? row.progress : { current, target },
    };
  });
  return { items, totalPoints, earnedCount: earned.size };
}

/** The badges the user earned, for a data export. */
export async function exportBadges(db: DbOrTx, userId: string): Promise<unknown> {
  const [earned, progress, activityDays] = await Promise.all([
    db
      .select({
        badge: userBadges.badgeKey,
        earnedAt: userBadges.earnedAt,
        progress: userBadges.progress,
      })
      .from(userBadges)
      .where(eq(userBadges.userId, userId)),
    db
      .select({ badge: badgeProgress.badgeKey, current: badgeProgress.current })
      .from(badgeProgress)
      .where(eq(badgeProgress.userId, userId)),
    exportActivityDays(db, userId),
  ]);
  return { earned, progress, activityDays };
}
