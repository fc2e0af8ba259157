import type { TGapAnalysis, TSkillGap } from '../../../contracts/guidance.js';
import { proficiencies, type TProficiency } from '../../../contracts/user-skills.js';
import type { TSkillCategory } from '../../../contracts/skills.js';
import type { TSkillKind } from '../../../contracts/occupations.js';
import { proficiencyLevel, type UserSkillLevel } from '../user-skills/user-skill-levels.js';

/** O*NET treats an importance of 3 ("important") or more as relevant to the job. */
export const IMPORTANT = 3;
/**
 * O*NET does not rate technology skills: one in demand in job postings counts as very important,
 * a hot one as more than important, the others as important.
 */
const TECHNOLOGY_IMPORTANCE = { inDemand: 4.5, hot: 4, other: 3 } as const;
/**
 * An O*NET occupation can list hundreds of tools; the analysis keeps the most asked-for ones, so
 * the gaps stay a list a person can act on.
 */
export const MAX_TECHNOLOGY = 12;
/** Working knowledge of a tool: the level of an intermediate user. */
const TECHNOLOGY_LEVEL = proficiencyLevel.intermediate;

export interface OccupationRequirement {
  skillId: number;
  slug: string;
  name: string;
  category: TSkillCategory;
  kind: TSkillKind;
  importance: number | null;
  level: number | null;
  hot: boolean;
  inDemand?: boolean;
}

function technologyImportance(r: OccupationRequirement): number {
  if (r.inDemand) return TECHNOLOGY_IMPORTANCE.inDemand;
  return r.hot ? TECHNOLOGY_IMPORTANCE.hot : TECHNOLOGY_IMPORTANCE.other;
}

/**
 * The requirements analysed: ratings as given, technology limited to the most asked-for. Doing it
 * again on its own result changes nothing, so callers that keep requirements keep these.
 */
export function analysed(requirements: readonly OccupationRequirement[]): OccupationRequirement[] {
  const technology = requirements
    .filter((r) => r.kind === 'technology')
    .sort(
      (a, b) =>
        technologyImportance(b) - technologyImportance(a) ||
        a.name.localeCompare(b.name, 'en') ||
        a.slug.localeCompare(b.slug, 'en'),
    )
    .slice(0, MAX_TECHNOLOGY);
  return [...requirements.filter((r) => r.kind !== 'technology'), ...technology];
}

const kindWords: Record<TSkillKind, string> = {
  skill: 'skill',
  knowledge: 'knowledge area',
  technology: 'technology',
};

function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** The lowest proficiency whose level meets `level`, or expert when none does. */
export function proficiencyFor(level: number): TProficiency {
  return proficiencies.find((p) => proficiencyLevel[p] >= level) ?? 'expert';
}

function explain(
  occupationTitle: string,
  r: OccupationRequirement,
  importance: number,
  required: number,
  have: TProficiency | null,
): string {
  const need = proficiencyFor(required);
  const what =
    r.kind === 'technology'
      ? r.inDemand || r.hot
        ? `A technology ${occupationTitle} job postings often ask for`
        : `A technology used in ${occupationTitle} work`
      : `A ${kindWords[r.kind]} rated ${round(importance)} of 5 in importance for ${occupationTitle}`;
  const level =
    r.kind === 'technology'
      ? `working knowledge (${need}) is expected`
      : `the work needs level ${round(required)} of 7 (about ${need})`;
  const yours = have ? `you are ${have}` : `you have not added it yet`;
  return `${what}; ${level}; ${yours}.`;
}

/**
 * The user's skills against an occupation's important requirements. Each gap is weighted by how
 * important the requirement is and how far below it the user is; the list is ordered by that
 * weight (then importance, then name) so the same input always gives the same order.
 */
export function analyseGaps(
  occupation: { code: string; title: string },
  requirements: readonly OccupationRequirement[],
  userSkills: readonly UserSkillLevel[],
): TGapAnalysis {
  const have = new Map(userSkills.map((s) => [s.skillId, s.proficiency]));
  const bySkill = new Map<number, TSkillGap & { order: number }>();
  let needed = 0;
  let covered = 0;
  for (const r of analysed(requirements)) {
    const importance = r.kind === 'technology' ? technologyImportance(r) : (r.importance ?? 0);
    if (importance < IMPORTANT) continue;
    const required = r.kind === 'technology' ? TECHNOLOGY_LEVEL : (r.level ?? 0);
    if (required <= 0) continue;
    const proficiency = have.get(r.skillId) ?? null;
    const current = proficiency ? proficiencyLevel[proficiency] : 0;
    const shortfall = Math.max(0, required - current);
    // Importance above the threshold counts double what the threshold itself does.
    const score = round((shortfall / 7) * (importance - IMPORTANT + 1) * 25, 2);
    const gap: TSkillGap & { order: number } = {
      skill: { slug: r.slug, name: r.name, category: r.category },
      kind: r.kind,
      importance: round(importance, 2),
      requiredLevel: round(required, 2),
      currentLevel: current,
      currentProficiency: proficiency,
      targetProficiency: proficiencyFor(required),
      status: shortfall === 0 ? 'met' : proficiency ? 'below' : 'missing',
      score,
      hot: r.hot,
      why: explain(occupation.title, r, importance, required, proficiency),
      order: score,
    };
    // A taxonomy skill can stand for both a skill and a knowledge element: keep the larger need.
    const previous = bySkill.get(r.skillId);
    if (previous && previous.score >= gap.score) continue;
    if (previous) {
      needed -= previous.importance;
      covered -= previous.importance * Math.min(1, previous.currentLevel / previous.requiredLevel);
    }
    bySkill.set(r.skillId, gap);
    needed += importance;
    covered += importance * Math.min(1, current / required);
  }
  const items = [...bySkill.values()]
    .sort(
      (a, b) =>
        b.order - a.order ||
        b.importance - a.importance ||
        b.requiredLevel - a.requiredLevel ||
        a.skill.name.localeCompare(b.skill.name, 'en') ||
        a.skill.slug.localeCompare(b.skill.slug, 'en'),
    )
    .map(({ order: _order, ...gap }) => gap);
  const counts = { missing: 0, below: 0, met: 0 };
  for (const item of items) counts[item.status] += 1;
  return {
    occupation: { code: occupation.code, title: occupation.title },
    readiness: needed === 0 ? 100 : Math.round((covered / needed) * 100),
    counts,
    items,
  };
}
