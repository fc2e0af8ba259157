import { asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/index.js';
import { skills } from '../skills/skills.tables.js';
import { users } from '../users/users.tables.js';
import { evidenceOf } from './skill-evidence.service.js';
import { skillEndorsements, userSkills } from './user-skills.tables.js';

/**
 * The user's skills for a data export, named by the taxonomy: each with its evidence and the
 * endorsements it received, then the endorsements the user gave to others.
 */
export async function exportUserSkills(db: DbOrTx, userId: string): Promise<unknown> {
  const rows = await db
    .select({
      id: userSkills.id,
      skill: skills.slug,
      name: skills.name,
      proficiency: userSkills.proficiency,
      source: userSkills.source,
      createdAt: userSkills.createdAt,
      updatedAt: userSkills.updatedAt,
    })
    .from(userSkills)
    .innerJoin(skills, eq(skills.id, userSkills.skillId))
    .where(eq(userSkills.userId, userId))
    .orderBy(skills.slug);
  const ids = rows.map((row) => row.id);
  const evidence = await evidenceOf(db, ids);
  const received = ids.length
    ? await db
        .select({
          userSkillId: skillEndorsements.userSkillId,
          endorser: users.username,
          note: skillEndorsements.note,
          createdAt: skillEndorsements.createdAt,
        })
        .from(skillEndorsements)
        .innerJoin(users, eq(users.id, skillEndorsements.endorserId))
        .where(inArray(skillEndorsements.userSkillId, ids))
        .orderBy(asc(skillEndorsements.createdAt))
    : [];
  const given = await db
    .select({
      user: users.username,
      skill: skills.slug,
      note: skillEndorsements.note,
      createdAt: skillEndorsements.createdAt,
    })
    .from(skillEndorsements)
    .innerJoin(userSkills, eq(userSkills.id, skillEndorsements.userSkillId))
    .innerJoin(users, eq(users.id, userSkills.userId))
    .innerJoin(skills, eq(skills.id, userSkills.skillId))
    .where(eq(skillEndorsements.endorserId, userId))
    .orderBy(asc(skillEndorsements.createdAt));
  return {
    skills: rows.map(({ id, ...row }) => ({
      ...row,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
      evidence: evidence.get(id) ?? [],
      endorsements: received
        .filter((e) => e.userSkillId === id)
        .map(({ userSkillId: _id, ...e }) => ({ ...e, createdAt: e.createdAt.toISOString() })),
    })),
    endorsementsGiven: given.map((e) => ({ ...e, createdAt: e.createdAt.toISOString() })),
  };
}
