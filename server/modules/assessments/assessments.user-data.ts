import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/index.js';
import { skills } from '../skills/skills.tables.js';
import { interestResults, userSoftSkills } from './assessments.tables.js';

/** Every interest assessment the user completed, with their answers, oldest first. */
export async function exportInterestResults(db: DbOrTx, userId: string): Promise<unknown> {
  const rows = await db
    .select()
    .from(interestResults)
    .where(eq(interestResults.userId, userId))
    .orderBy(asc(interestResults.createdAt), asc(interestResults.id));
  return rows.map(({ userId: _userId, createdAt, ...row }) => ({
    ...row,
    createdAt: createdAt.toISOString(),
  }));
}

/** The user's soft-skill self-assessment, named by the taxonomy. */
export async function exportSoftSkills(db: DbOrTx, userId: string): Promise<unknown> {
  const rows = await db
    .select({
      skill: skills.slug,
      name: skills.name,
      currentLevel: userSoftSkills.currentLevel,
      targetLevel: userSoftSkills.targetLevel,
      updatedAt: userSoftSkills.updatedAt,
    })
    .from(userSoftSkills)
    .innerJoin(skills, eq(skills.id, userSoftSkills.skillId))
    .where(eq(userSoftSkills.userId, userId))
    .orderBy(skills.slug);
  return rows.map((row) => ({ ...row, updatedAt: row.updatedAt.toISOString() }));
}
