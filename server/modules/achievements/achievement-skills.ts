import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { TAchievementEffects } from '../../../contracts/achievements.js';
import type { TProficiency } from '../../../contracts/user-skills.js';
import type { DbOrTx } from '../../platform/db/index.js';
import type { DomainEvents } from '../../platform/events/domain-events.js';
import { AppError, isAppError } from '../../platform/http/app-error.js';
import { resolveSkills } from '../skills/skills.service.js';
import { addSkillEvidence, removeSkillEvidence } from '../user-skills/skill-evidence.service.js';
import { listUserSkillDetails } from '../user-skills/user-skill-levels.js';
import {
  addOrUpdateUserSkill,
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

/** The skill ids a record names now, in order. */
export async function namedSkillIds(db: DbOrTx, achievementId: string): Promise<number[]> {
  const rows = await db
    .select({ skillId: achievementSkills.skillId })
    .from(achievementSkills)
    .where(eq(achievementSkills.achievementId, achievementId))
    .orderBy(asc(achievementSkills.position));
  return rows.map((row) => row.skillId);
}

/**
 * Makes the record name exactly these skills at this level: each is added to the user's skills
 * or raised (never lowered) and backed by the record as evidence.
 */
export async function applySkills(
  tx: DbOrTx,
  events: DomainEvents,
  record: { id: string; userId: string; title: string },
  skills: readonly (CanonicalSkill | { skillId: number })[],
  proficiency: TProficiency,
): Promise<SkillEffect[]> {
  const effects: SkillEffect[] = [];
  const ids: number[] = [];
  for (const skill of skills) {
    const saved = await addOrUpdateUserSkill(tx, events, {
      userId: record.userId,
      skill: { skillId: 'skillId' in skill ? skill.skillId : skill.id },
      proficiency,
      source: 'achievement',
      mode: 'raise',
    });
    await addSkillEvidence(tx, events, {
      userSkillId: saved.userSkillId,
      kind: 'achievement',
      title: record.title,
      referenceId: record.id,
    });
    ids.push(saved.skill.id);
    effects.push({
      slug: saved.skill.slug,
      name: saved.skill.name,
      change: saved.change,
      proficiency: saved.proficiency,
    });
  }
  await tx.delete(achievementSkills).where(eq(achievementSkills.achievementId, record.id));
  if (ids.length > 0) {
    await tx.insert(achievementSkills).values(
      ids.map((skillId, position) => ({
        achievementId: record.id,
        skillId,
        proficiency,
        position,
      })),
    );
  }
  return effects;
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
