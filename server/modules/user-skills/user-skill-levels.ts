import { eq } from 'drizzle-orm';
import type { TProficiency } from '../../../contracts/user-skills.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { skills } from '../skills/skills.tables.js';
import { userSkills } from './user-skills.tables.js';

export interface UserSkillLevel {
  skillId: number;
  slug: string;
  name: string;
  proficiency: TProficiency;
}

/** A user's skills with their proficiency: what guidance (gaps, roadmaps, plans) reads. */
export async function listUserSkillLevels(db: DbOrTx, userId: string): Promise<UserSkillLevel[]> {
  const rows = await db
    .select({
      skillId: userSkills.skillId,
      slug: skills.slug,
      name: skills.name,
      proficiency: userSkills.proficiency,
    })
    .from(userSkills)
    .innerJoin(skills, eq(skills.id, userSkills.skillId))
    .where(eq(userSkills.userId, userId));
  return rows.map((row) => ({ ...row, proficiency: row.proficiency as TProficiency }));
}

/**
 * A proficiency on O*NET's 0-7 level scale, so it compares with what an occupation needs.
 * The anchors follow O*NET's level descriptions: basic use around 2, skilled work around 4,
 * expert practice at 6 and above.
 */
export const proficiencyLevel: Readonly<Record<TProficiency, number>> = {
  beginner: 2,
  intermediate: 3.5,
  advanced: 5,
  expert: 6.5,
};
