import { and, eq } from 'drizzle-orm';
import type { TAchievement } from '../../../contracts/achievements.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { toAchievement, withSkills } from './achievement-reads.js';
import { achievements } from './achievements.tables.js';

/**
 * The user's record with this external reference, locked for the rest of the transaction: an
 * integration that adds to a record (a merged pull request) reads it before it writes it back.
 * Without `skills` only the columns are read (its skills come back empty): enough to know it exists.
 */
export async function findAchievementByExternalRef(
  tx: DbOrTx,
  userId: string,
  externalRef: string,
  options: { skills: boolean },
): Promise<TAchievement | undefined> {
  const rows = await tx
    .select()
    .from(achievements)
    .where(and(eq(achievements.userId, userId), eq(achievements.externalRef, externalRef)))
    .for('update');
  const [item] = options.skills
    ? await withSkills(tx, rows)
    : rows.map((row) => toAchievement(row, []));
  return item;
}
