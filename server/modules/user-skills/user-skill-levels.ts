import { eq, sql } from 'drizzle-orm';
import type { TSkillCategory } from '../../../contracts/skills.js';
import type { TProficiency, TSkillSource } from '../../../contracts/user-skills.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { skills } from '../skills/skills.tables.js';
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

export interface UserSkillDetail extends UserSkillLevel {
  userSkillId: number;
  slug: string;
  name: string;
  category: TSkillCategory;
  source: TSkillSource;
}

function prepareDetails(db: DbOrTx) {
  return db
    .select({
      userSkillId: userSkills.id,
      skillId: userSkills.skillId,
      proficiency: userSkills.proficiency,
      source: userSkills.source,
      slug: skills.slug,
      name: skills.name,
      category: skills.category,
    })
    .from(userSkills)
    .innerJoin(skills, eq(skills.id, userSkills.skillId))
    .where(eq(userSkills.userId, sql.placeholder('userId')))
    .prepare('user_skill_details');
}

const preparedDetails = new WeakMap<object, ReturnType<typeof prepareDetails>>();

/** A user's skills named by the taxonomy, without endorsements or evidence: what a resume lists. */
export async function listUserSkillDetails(db: DbOrTx, userId: string): Promise<UserSkillDetail[]> {
  const query = preparedDetails.get(db) ?? prepareDetails(db);
  preparedDetails.set(db, query);
  const rows = await query.execute({ userId });
  return rows.map((row) => ({
    ...row,
    proficiency: row.proficiency as TProficiency,
    source: row.source as TSkillSource,
    category: row.category as TSkillCategory,
  }));
}
