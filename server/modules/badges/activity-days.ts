import { and, desc, eq, gte } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/index.js';
import { addDays, isoDate } from '../roadmaps/roadmap-dates.js';
import { userActivityDays } from './badges.tables.js';

/**
 * Consecutive active days ending today, or yesterday (a streak still alive until today ends);
 * looks back at most `max` days, since no badge asks for more.
 */
export async function currentStreak(
  db: DbOrTx,
  userId: string,
  now: Date,
  max = 31,
): Promise<number> {
  const today = isoDate(now);
  const rows = await db
    .select({ day: userActivityDays.day })
    .from(userActivityDays)
    .where(
      and(eq(userActivityDays.userId, userId), gte(userActivityDays.day, addDays(today, -max))),
    )
    .orderBy(desc(userActivityDays.day));
  let expected = rows[0]?.day === today ? today : addDays(today, -1);
  let streak = 0;
  for (const { day } of rows) {
    if (day !== expected) break;
    streak += 1;
    expected = addDays(expected, -1);
  }
  return streak;
}

/** The user's active days, oldest first, for a data export. */
export async function exportActivityDays(db: DbOrTx, userId: string): Promise<string[]> {
  const rows = await db
    .select({ day: userActivityDays.day })
    .from(userActivityDays)
    .where(eq(userActivityDays.userId, userId))
    .orderBy(userActivityDays.day);
  return rows.map((row) => row.day);
}
