import { eq } from 'drizzle-orm';
import type { TGapAnalysis } from '../../../contracts/guidance.js';
import type { TSkillKind } from '../../../contracts/occupations.js';
import type { TSkillCategory } from '../../../contracts/skills.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { AppError } from '../../platform/http/app-error.js';
import { occupations, occupationSkills } from '../occupations/occupations.tables.js';
import { skills } from '../skills/skills.tables.js';
import { listUserSkillLevels } from '../user-skills/user-skill-levels.js';
import { analyseGaps, type OccupationRequirement } from './gap-analysis.js';

/** An occupation's rated skills, knowledge and technology skills, as gap analysis reads them. */
export async function readRequirements(
  db: DbOrTx,
  code: string,
): Promise<{ occupation: { code: string; title: string }; requirements: OccupationRequirement[] }> {
  const [occupation] = await db
    .select({ code: occupations.code, title: occupations.title })
    .from(occupations)
    .where(eq(occupations.code, code));
  if (!occupation) {
    throw AppError.notFound(`Occupation "${code}"`);
  }
  const rows = await db
    .select({
      skillId: occupationSkills.skillId,
      slug: skills.slug,
      name: skills.name,
      category: skills.category,
      kind: occupationSkills.kind,
      importance: occupationSkills.importance,
      level: occupationSkills.level,
      hot: occupationSkills.hot,
      inDemand: occupationSkills.inDemand,
    })
    .from(occupationSkills)
    .innerJoin(skills, eq(skills.id, occupationSkills.skillId))
    .where(eq(occupationSkills.code, code));
  return {
    occupation,
    requirements: rows.map((row) => ({
      ...row,
      category: row.category as TSkillCategory,
      kind: row.kind as TSkillKind,
    })),
  };
}

/** The signed-in user's gaps for a target occupation (404 for an unknown code). */
export async function gapAnalysisFor(
  db: DbOrTx,
  userId: string,
  code: string,
): Promise<TGapAnalysis> {
  const [{ occupation, requirements }, levels] = await Promise.all([
    readRequirements(db, code),
    listUserSkillLevels(db, userId),
  ]);
  return analyseGaps(occupation, requirements, levels);
}
