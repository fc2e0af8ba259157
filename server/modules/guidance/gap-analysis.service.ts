import { eq } from 'drizzle-orm';
import type { TGapAnalysis } from '../../../contracts/guidance.js';
import type { TSkillKind } from '../../../contracts/occupations.js';
import type { TSkillCategory } from '../../../contracts/skills.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { AppError } from '../../platform/http/app-error.js';
import { occupations, occupationSkills } from '../occupations/occupations.tables.js';
import { skills } from '../skills/skills.tables.js';
import { listUserSkillLevels } from '../user-skills/user-skill-levels.js';
import { analyseGaps, analysed, type OccupationRequirement } from './gap-analysis.js';

type Requirements = {
  occupation: { code: string; title: string };
  requirements: OccupationRequirement[];
};

/**
 * Occupation data changes only when the catalog is seeded or a release imported, so each process
 * keeps what it read for a minute: a request then only reads the user's own skills.
 */
const REQUIREMENTS_TTL_MS = 60_000;
const MAX_REMEMBERED = 2000;
const remembered = new WeakMap<object, Map<string, { at: number; value: Promise<Requirements> }>>();

/** An occupation's requirements, read at most once a minute per process. */
export function readRequirements(db: DbOrTx, code: string): Promise<Requirements> {
  const perDb =
    remembered.get(db) ?? new Map<string, { at: number; value: Promise<Requirements> }>();
  remembered.set(db, perDb);
  const hit = perDb.get(code);
  if (hit && Date.now() - hit.at < REQUIREMENTS_TTL_MS) return hit.value;
  if (perDb.size >= MAX_REMEMBERED) perDb.clear();
  const value = loadRequirements(db, code);
  perDb.set(code, { at: Date.now(), value });
  // A failed read (an unknown code, a lost connection) is not kept.
  value.catch(() => perDb.delete(code));
  return value;
}

/** Drops what readRequirements keeps (after changing occupation data in the same process). */
export function forgetRequirements(db: DbOrTx): void {
  remembered.delete(db);
}

/** An occupation's rated skills, knowledge and technology skills, as gap analysis reads them. */
async function loadRequirements(db: DbOrTx, code: string): Promise<Requirements> {
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
    // Trimmed once here: sorting hundreds of tools per request cost more than the rest of it.
    requirements: analysed(
      rows.map((row) => ({
        ...row,
        category: row.category as TSkillCategory,
        kind: row.kind as TSkillKind,
      })),
    ),
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
