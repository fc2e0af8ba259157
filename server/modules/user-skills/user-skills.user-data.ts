import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/index.js';
import { skills } from '../skills/skills.tables.js';
import { userSkills } from './user-skills.tables.js';

/** The user's skills for a data export, named by the taxonomy. */
export async function exportUserSkills(db: DbOrTx, userId: string): Promise<unknown> {
  const rows = await db
    .select({
      skill: skills.slug,
      name: skills.name,
      proficiency: userSkills.proficiency,
      source: userSkills.source,
      createdAt: userSkills.createdAt,
      updatedAt: userSkills.updatedAt,
    })
    .from(userSkills)
    .innerJoin(skills, eq(skills.id, userSkills.skillId))
    .where(eq(userSkills.userId, userId))
    .orderBy(skills.slug);
  return rows.map((row) => ({
    ...row,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }));
}
