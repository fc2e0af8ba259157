import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { TEvidenceKind, TSkillEvidence } from '../../../contracts/user-skills.js';
import type { DbOrTx } from '../../platform/db/index.js';
import type { DomainEvents } from '../../platform/events/domain-events.js';
import { skillEvidence, userSkills } from './user-skills.tables.js';

export interface SkillEvidenceInput {
  userSkillId: number;
  kind: TEvidenceKind;
  title: string;
  url?: string | null;
  /** The record it comes from (an achievement's id ...): adding the same one again is a no-op. */
  referenceId?: string | null;
  /** Set for a mentor's endorsement, so withdrawing it takes the evidence away too. */
  endorsementId?: number | null;
}

/**
 * Backs a user's skill with evidence (other modules: achievements, project submissions,
 * assessments). Emits `skill.verified` when this is the skill's first evidence.
 * Returns whether a row was added.
 */
export async function addSkillEvidence(
  tx: DbOrTx,
  events: DomainEvents,
  input: SkillEvidenceInput,
): Promise<boolean> {
  // Lock the skill so two first pieces of evidence do not both announce the verification.
  const [owner] = await tx
    .select({ userId: userSkills.userId, skillId: userSkills.skillId })
    .from(userSkills)
    .where(eq(userSkills.id, input.userSkillId))
    .for('update');
  if (!owner) return false;
  const [before] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(skillEvidence)
    .where(eq(skillEvidence.userSkillId, input.userSkillId));
  const [added] = await tx
    .insert(skillEvidence)
    .values({
      userSkillId: input.userSkillId,
      kind: input.kind,
      title: input.title,
      url: input.url ?? null,
      referenceId: input.referenceId ?? null,
      endorsementId: input.endorsementId ?? null,
    })
    .onConflictDoNothing()
    .returning({ id: skillEvidence.id });
  if (added && (before?.n ?? 0) === 0) {
    await events.emit(tx, 'skill.verified', { userId: owner.userId, skillId: owner.skillId });
  }
  return added !== undefined;
}

/** The evidence of each of these user skills, oldest first. */
export async function evidenceOf(
  db: DbOrTx,
  userSkillIds: readonly number[],
): Promise<Map<number, TSkillEvidence[]>> {
  const bySkill = new Map<number, TSkillEvidence[]>();
  if (userSkillIds.length === 0) return bySkill;
  const rows = await db
    .select()
    .from(skillEvidence)
    .where(inArray(skillEvidence.userSkillId, [...userSkillIds]))
    .orderBy(asc(skillEvidence.createdAt), asc(skillEvidence.id));
  for (const row of rows) {
    const list = bySkill.get(row.userSkillId) ?? [];
    list.push({
      kind: row.kind as TEvidenceKind,
      title: row.title,
      url: row.url,
      referenceId: row.referenceId,
      createdAt: row.createdAt.toISOString(),
    });
    bySkill.set(row.userSkillId, list);
  }
  return bySkill;
}

/**
 * Takes back what one record contributed (an achievement deleted, or one that no longer names
 * these skills): its evidence of kind `kind` on the given user skills.
 */
export async function removeSkillEvidence(
  tx: DbOrTx,
  input: { userSkillIds: readonly number[]; kind: TEvidenceKind; referenceId: string },
): Promise<void> {
  if (input.userSkillIds.length === 0) return;
  await tx
    .delete(skillEvidence)
    .where(
      and(
        inArray(skillEvidence.userSkillId, [...input.userSkillIds]),
        eq(skillEvidence.kind, input.kind),
        eq(skillEvidence.referenceId, input.referenceId),
      ),
    );
}

/**
 * addSkillEvidence for one record backing many of the user's skills, in two round trips.
 * The caller holds the skills' rows locked (raiseUserSkills does), so the first-evidence check
 * cannot race. Emits `skill.verified` for each skill this made verified.
 */
export async function addSkillEvidenceMany(
  tx: DbOrTx,
  events: DomainEvents,
  input: {
    userId: string;
    skills: readonly { userSkillId: number; skillId: number }[];
    evidence: Omit<SkillEvidenceInput, 'userSkillId' | 'endorsementId'>;
  },
): Promise<void> {
  if (input.skills.length === 0) return;
  const ids = input.skills.map((s) => s.userSkillId);
  const backed = await tx
    .selectDistinct({ userSkillId: skillEvidence.userSkillId })
    .from(skillEvidence)
    .where(inArray(skillEvidence.userSkillId, ids));
  const hadEvidence = new Set(backed.map((row) => row.userSkillId));
  const added = await tx
    .insert(skillEvidence)
    .values(
      ids.map((userSkillId) => ({
        userSkillId,
        kind: input.evidence.kind,
        title: input.evidence.title,
        url: input.evidence.url ?? null,
        referenceId: input.evidence.referenceId ?? null,
      })),
    )
    .onConflictDoNothing()
    .returning({ userSkillId: skillEvidence.userSkillId });
  for (const { userSkillId } of added) {
    if (hadEvidence.has(userSkillId)) continue;
    const skill = input.skills.find((s) => s.userSkillId === userSkillId);
    if (skill) {
      await events.emit(tx, 'skill.verified', { userId: input.userId, skillId: skill.skillId });
    }
  }
}
