import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { TAchievementEffects } from '../../../contracts/achievements.js';
import type { TProficiency } from '../../../contracts/user-skills.js';
import type { DbOrTx } from '../../platform/db/index.js';
import type { DomainEvents } from '../../platform/events/domain-events.js';
import { AppError, isAppError } from '../../platform/http/app-error.js';
import { resolveSkills } from '../skills/skills.service.js';
import { skills } from '../skills/skills.tables.js';
import {
  addSkillEvidenceMany,
  removeSkillEvidence,
} from '../user-skills/skill-evidence.service.js';
import { listUserSkillDetails } from '../user-skills/user-skill-levels.js';
import {
  raiseUserSkills,
  removeUnbackedSkills,
  resolveSkillText,
  type CanonicalSkill,
} from '../user-skills/user-skills.service.js';
import { achievementSkills, achievements } from './achievements.tables.js';

type SkillEffect = TAchievementEffects['skills'][number];

/**
 * The taxonomy skills the names stand for, each once, in the order given. Unknown names are
 * one 422 naming each field (`body.skills.<i>`) with the skills service's suggestions.
 */
export async function resolveSkillNames(
  db: DbOrTx,
  names: readonly string[],
): Promise<CanonicalSkill[]> {
  if (names.length === 0) return [];
  const found = await resolveSkills(db, names);
  const resolved = new Map<number, CanonicalSkill>();
  const problems: AppError[] = [];
  for (const [i, name] of names.entries()) {
    const skill = found.get(name);
    if (skill) {
      resolved.set(skill.id, {
        id: skill.id,
        slug: skill.slug,
        name: skill.name,
        category: skill.category,
      });
      continue;
    }
    try {
      // Not found: the skills service says why, with the nearest names.
      await resolveSkillText(db, name);
    } catch (error) {
      if (!isAppError(error)) throw error;
      const details = (error.details ?? []).map((d) => ({ ...d, path: `body.skills.${i}` }));
      problems.push(new AppError(error.code, error.message, details));
    }
  }
  const [first] = problems;
  if (first) {
    throw new AppError(
      first.code,
      problems.length === 1 ? first.message : `${problems.length} skills are not ones we know`,
      problems.flatMap((p) => p.details ?? []),
    );
  }
  return [...resolved.values()];
}

/** The skills a record names now, in order. */
export async function namedSkills(db: DbOrTx, achievementId: string): Promise<CanonicalSkill[]> {
  return db
    .select({ id: skills.id, slug: skills.slug, name: skills.name, category: skills.category })
    .from(achievementSkills)
    .innerJoin(skills, eq(skills.id, achievementSkills.skillId))
    .where(eq(achievementSkills.achievementId, achievementId))
    .orderBy(asc(achievementSkills.position));
}

/**
 * Makes the record name exactly these skills at this level: each is added to the user's skills
 * or raised (never lowered) and backed by the record as evidence. A few round trips in all,
 * however many skills: this runs on every write.
 */
export async function applySkills(
  tx: DbOrTx,
  events: DomainEvents,
  record: { id: string; userId: string; title: string },
  named: readonly CanonicalSkill[],
  proficiency: TProficiency,
  replace: boolean,
): Promise<SkillEffect[]> {
  const saved = await raiseUserSkills(tx, events, {
    userId: record.userId,
    skillIds: named.map((s) => s.id),
    proficiency,
    source: 'achievement',
  });
  await addSkillEvidenceMany(tx, events, {
    userId: record.userId,
    skills: saved,
    evidence: { kind: 'achievement', title: record.title, referenceId: record.id },
  });
  if (replace) {
    await tx.delete(achievementSkills).where(eq(achievementSkills.achievementId, record.id));
  }
  if (named.length > 0) {
    await tx.insert(achievementSkills).values(
      named.map((skill, position) => ({
        achievementId: record.id,
        skillId: skill.id,
        proficiency,
        position,
      })),
    );
  }
  return named.map((skill, i) => ({
    slug: skill.slug,
    name: skill.name,
    change: saved[i]?.change ?? 'unchanged',
    proficiency: saved[i]?.proficiency ?? proficiency,
  }));
}

/**
 * Takes back what one record contributed to these skills: its evidence, and the user's skill
 * itself when a record added it, no other record names it and nothing else backs it. The
 * level it raised stays (the user may have come to rely on it). Call after the record's own
 * links to the skills are gone.
 */
export async function withdrawSkills(
  tx: DbOrTx,
  userId: string,
  achievementId: string,
  skillIds: readonly number[],
): Promise<SkillEffect[]> {
  if (skillIds.length === 0) return [];
  const owned = (await listUserSkillDetails(tx, userId)).filter((s) =>
    skillIds.includes(s.skillId),
  );
  await removeSkillEvidence(tx, {
    userSkillIds: owned.map((s) => s.userSkillId),
    kind: 'achievement',
    referenceId: achievementId,
  });
  const elsewhere = await tx
    .selectDistinct({ skillId: achievementSkills.skillId })
    .from(achievementSkills)
    .innerJoin(achievements, eq(achievements.id, achievementSkills.achievementId))
    .where(
      and(
        eq(achievements.userId, userId),
        inArray(achievementSkills.skillId, [...skillIds]),
        ne(achievementSkills.achievementId, achievementId),
      ),
    );
  const stillNamed = new Set(elsewhere.map((row) => row.skillId));
  const removed = new Set(
    await removeUnbackedSkills(tx, {
      userId,
      userSkillIds: owned.filter((s) => !stillNamed.has(s.skillId)).map((s) => s.userSkillId),
      source: 'achievement',
    }),
  );
  return owned
    .filter((s) => removed.has(s.userSkillId))
    .map((s) => ({ slug: s.slug, name: s.name, change: 'removed' as const, proficiency: null }));
}
