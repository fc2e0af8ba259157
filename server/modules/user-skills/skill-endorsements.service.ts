import { and, eq } from 'drizzle-orm';
import type { TRole } from '../../../contracts/auth.js';
import type { DbOrTx } from '../../platform/db/index.js';
import type { DomainEvents } from '../../platform/events/domain-events.js';
import { AppError } from '../../platform/http/app-error.js';
import { users } from '../users/users.tables.js';
import { addSkillEvidence } from './skill-evidence.service.js';
import { findUserSkill } from './user-skills.service.js';
import { skillEndorsements } from './user-skills.tables.js';

export interface EndorseInput {
  ownerId: string;
  slug: string;
  endorserId: string;
  endorserRoles: readonly TRole[];
  note?: string | null;
}

/**
 * A mentor's word is evidence by itself (PRODUCT C3). It is their standing as a mentor that
 * counts, so this is the role, not a permission an admin would also hold.
 */
function isMentor(roles: readonly TRole[]): boolean {
  return roles.includes('mentor');
}

/**
 * Endorses another user's skill: once per endorser, never one's own. A mentor's endorsement
 * also verifies the skill. Returns the id of the user skill.
 */
export async function endorseSkill(
  tx: DbOrTx,
  events: DomainEvents,
  input: EndorseInput,
): Promise<number> {
  if (input.ownerId === input.endorserId) {
    throw new AppError('FORBIDDEN', 'You cannot endorse your own skills');
  }
  const owned = await findUserSkill(tx, input.ownerId, input.slug);
  const [endorsement] = await tx
    .insert(skillEndorsements)
    .values({ userSkillId: owned.id, endorserId: input.endorserId, note: input.note ?? null })
    .onConflictDoNothing()
    .returning({ id: skillEndorsements.id });
  if (!endorsement) throw new AppError('CONFLICT', 'You have already endorsed this skill');
  if (isMentor(input.endorserRoles)) {
    const [endorser] = await tx
      .select({ username: users.username })
      .from(users)
      .where(eq(users.id, input.endorserId));
    await addSkillEvidence(tx, events, {
      userSkillId: owned.id,
      kind: 'mentor_endorsement',
      title: `Endorsed by mentor ${endorser?.username ?? 'a mentor'}`,
      referenceId: input.endorserId,
      endorsementId: endorsement.id,
    });
  }
  return owned.id;
}

/** Withdraws the caller's endorsement; a mentor's evidence goes with it (cascade). */
export async function withdrawEndorsement(
  tx: DbOrTx,
  input: { ownerId: string; slug: string; endorserId: string },
): Promise<number> {
  const owned = await findUserSkill(tx, input.ownerId, input.slug);
  const removed = await tx
    .delete(skillEndorsements)
    .where(
      and(
        eq(skillEndorsements.userSkillId, owned.id),
        eq(skillEndorsements.endorserId, input.endorserId),
      ),
    )
    .returning({ id: skillEndorsements.id });
  if (removed.length === 0) throw AppError.notFound('Your endorsement of this skill');
  return owned.id;
}
