import { eq, sql } from 'drizzle-orm';
import type { TProficiency } from '../../../contracts/user-skills.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { userSkills } from './user-skills.tables.js';

export interface UserSkillLevel {
  skillId: number;
  proficiency: TProficiency;
}

function prepareLevels(db: DbOrTx) {
  return db
    .select({ skillId: userSkills.skillId, proficiency: userSkills.proficiency })
    .from(userSkills)
    .where(eq(userSkills.userId, sql.placeholder('userId')))
    .prepare('user_skill_levels');
}

/** Built once per database: building a query cost more than running it (gap analysis reads this). */
const prepared = new WeakMap<object, ReturnType<typeof prepareLevels>>();

/** A user's skills with their proficiency: what guidance (gaps, roadmaps, plans) reads. */
export async function listUserSkillLevels(db: DbOrTx, userId: string): Promise<UserSkillLevel[]> {
  const query = prepared.get(db) ?? prepareLevels(db);
  prepared.set(db, query);
  const rows = await query.execute({ userId });
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
