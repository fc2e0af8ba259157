import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import {
  proficiencies,
  type TProficiency,
  type TSkillChange,
  type TSkillSource,
  type TUserSkill,
  type TUserSkillsResponse,
} from '../../../contracts/user-skills.js';
import type { TPageQuery } from '../../../contracts/pagination.js';
import type { DbOrTx } from '../../platform/db/index.js';
import type { DomainEvents } from '../../platform/events/domain-events.js';
import { AppError } from '../../platform/http/app-error.js';
import { skillKey } from '../skills/skill-key.js';
import { resolveSkill } from '../skills/skills.service.js';
import { skills } from '../skills/skills.tables.js';
import { evidenceOf } from './skill-evidence.service.js';
import { suggestSkills } from './skill-suggestions.js';
import { skillEndorsements, skillEvidence, userSkills } from './user-skills.tables.js';

/** Who is looking: a signed-in user's id, or undefined for a signed-out visitor. */
export type SkillViewer = { userId: string } | undefined;

export interface CanonicalSkill {
  id: number;
  slug: string;
  name: string;
  category: string;
}

export interface AddOrUpdateUserSkillInput {
  userId: string;
  /** Free text as the user typed it, or a taxonomy skill another module already knows. */
  skill: string | { skillId: number };
  proficiency: TProficiency;
  /** Recorded when the skill is created; a later update keeps what added it first. */
  source: TSkillSource;
  /** 'set': the user edits and gets exactly this. 'raise': never lowers what the user has. */
  mode: 'set' | 'raise';
}

export interface UserSkillSaved {
  change: TSkillChange;
  userSkillId: number;
  skill: CanonicalSkill;
  proficiency: TProficiency;
}

const rank = (proficiency: TProficiency) => proficiencies.indexOf(proficiency);

const MAX_SUGGESTIONS = 5;

/**
 * The taxonomy skill free text stands for. Text that normalises to nothing is a 400; text
 * that no skill answers to is a 422 with the nearest names as suggestions.
 */
export async function resolveSkillText(db: DbOrTx, text: string): Promise<CanonicalSkill> {
  if (!skillKey(text)) {
    throw AppError.validation([{ path: 'body.name', message: 'names no skill' }]);
  }
  const found = await resolveSkill(db, text);
  if (found) return { id: found.id, slug: found.slug, name: found.name, category: found.category };
  const suggestions = (await suggestSkills(db, text, MAX_SUGGESTIONS)).map((s) => s.name);
  throw new AppError('UNPROCESSABLE', `"${text.trim()}" is not a skill we know`, [
    { path: 'body.name', message: 'is not a skill we know', suggestions },
  ]);
}

async function skillById(db: DbOrTx, skillId: number): Promise<CanonicalSkill> {
  const [row] = await db
    .select({ id: skills.id, slug: skills.slug, name: skills.name, category: skills.category })
    .from(skills)
    .where(eq(skills.id, skillId))
    .limit(1);
  if (!row) throw AppError.notFound('Skill');
  return row;
}

/**
 * The one way a user's skills are added or changed: by the user (mode 'set') and by other
 * modules (achievements, learning, opportunities; mode 'raise'). Emits `skill.added` when the
 * user did not have the skill yet.
 */
export async function addOrUpdateUserSkill(
  tx: DbOrTx,
  events: DomainEvents,
  input: AddOrUpdateUserSkillInput,
): Promise<UserSkillSaved> {
  const skill =
    typeof input.skill === 'string'
      ? await resolveSkillText(tx, input.skill)
      : await skillById(tx, input.skill.skillId);
  const [created] = await tx
    .insert(userSkills)
    .values({
      userId: input.userId,
      skillId: skill.id,
      proficiency: input.proficiency,
      source: input.source,
    })
    .onConflictDoNothing({ target: [userSkills.userId, userSkills.skillId] })
    .returning({ id: userSkills.id });
  if (created) {
    await events.emit(tx, 'skill.added', {
      userId: input.userId,
      skillId: skill.id,
      source: input.source,
    });
    await events.emit(tx, 'skills.changed', { userId: input.userId });
    return { change: 'created', userSkillId: created.id, skill, proficiency: input.proficiency };
  }

  // The row lock keeps two concurrent raises from both reading the old level.
  const [existing] = await tx
    .select({ id: userSkills.id, proficiency: userSkills.proficiency })
    .from(userSkills)
    .where(and(eq(userSkills.userId, input.userId), eq(userSkills.skillId, skill.id)))
    .for('update');
  if (!existing) throw new AppError('CONFLICT', 'The skill changed meanwhile; try again');
  const current = existing.proficiency as TProficiency;
  const delta = rank(input.proficiency) - rank(current);
  if (delta === 0 || (delta < 0 && input.mode === 'raise')) {
    return { change: 'unchanged', userSkillId: existing.id, skill, proficiency: current };
  }
  await tx
    .update(userSkills)
    .set({ proficiency: input.proficiency, updatedAt: sql`now()` })
    .where(eq(userSkills.id, existing.id));
  await events.emit(tx, 'skills.changed', { userId: input.userId });
  return {
    change: delta > 0 ? 'raised' : 'lowered',
    userSkillId: existing.id,
    skill,
    proficiency: input.proficiency,
  };
}

/** The user's row for a skill of the taxonomy, by its slug; 404 when they do not have it. */
export async function findUserSkill(
  db: DbOrTx,
  userId: string,
  slug: string,
): Promise<{ id: number; skill: CanonicalSkill; proficiency: TProficiency }> {
  const [row] = await db
    .select({
      id: userSkills.id,
      proficiency: userSkills.proficiency,
      skill: { id: skills.id, slug: skills.slug, name: skills.name, category: skills.category },
    })
    .from(userSkills)
    .innerJoin(skills, eq(skills.id, userSkills.skillId))
    .where(and(eq(userSkills.userId, userId), eq(skills.slug, slug)))
    .limit(1);
  if (!row) throw AppError.notFound('Skill on this profile');
  return { ...row, proficiency: row.proficiency as TProficiency };
}

/** Removes a skill from the user, with its endorsements and evidence (they cascade). */
export async function removeUserSkill(
  tx: DbOrTx,
  events: DomainEvents,
  userId: string,
  slug: string,
): Promise<void> {
  const { id } = await findUserSkill(tx, userId, slug);
  await tx.delete(userSkills).where(eq(userSkills.id, id));
  await events.emit(tx, 'skills.changed', { userId });
}

async function readUserSkills(
  db: DbOrTx,
  viewer: SkillViewer,
  where: SQL | undefined,
  page: TPageQuery,
): Promise<TUserSkill[]> {
  const endorsementCount = sql<number>`(select count(*)::int from ${skillEndorsements}
    where ${skillEndorsements.userSkillId} = ${userSkills.id})`;
  const endorsedByViewer = viewer
    ? sql<boolean>`exists (select 1 from ${skillEndorsements}
        where ${skillEndorsements.userSkillId} = ${userSkills.id}
          and ${skillEndorsements.endorserId} = ${viewer.userId})`
    : sql<boolean>`false`;
  const rows = await db
    .select({
      id: userSkills.id,
      slug: skills.slug,
      name: skills.name,
      category: skills.category,
      proficiency: userSkills.proficiency,
      source: userSkills.source,
      createdAt: userSkills.createdAt,
      updatedAt: userSkills.updatedAt,
      endorsementCount,
      endorsedByViewer,
    })
    .from(userSkills)
    .innerJoin(skills, eq(skills.id, userSkills.skillId))
    .where(where)
    .orderBy(asc(sql`lower(${skills.name})`), asc(skills.slug))
    .limit(page.limit)
    .offset(page.offset);
  const evidence = await evidenceOf(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => {
    const backing = evidence.get(row.id) ?? [];
    return {
      skill: {
        slug: row.slug,
        name: row.name,
        category: row.category as TUserSkill['skill']['category'],
      },
      proficiency: row.proficiency as TProficiency,
      source: row.source as TSkillSource,
      endorsementCount: Number(row.endorsementCount),
      endorsedByViewer: Boolean(row.endorsedByViewer),
      verified: backing.length > 0,
      evidence: backing,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  });
}

/** The user's skills as `viewer` sees them, with endorsements, verification and evidence. */
export async function listUserSkills(
  db: DbOrTx,
  userId: string,
  viewer: SkillViewer,
  page: TPageQuery,
  abilities: TUserSkillsResponse['abilities'] = { edit: false, endorse: false },
): Promise<TUserSkillsResponse> {
  const where = eq(userSkills.userId, userId);
  const [items, [count]] = await Promise.all([
    readUserSkills(db, viewer, where, page),
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(userSkills)
      .where(where),
  ]);
  return { items, total: count?.total ?? 0, limit: page.limit, offset: page.offset, abilities };
}

/** One of the user's skills as `viewer` sees it, by its id. */
export async function getUserSkill(
  db: DbOrTx,
  userSkillId: number,
  viewer: SkillViewer,
): Promise<TUserSkill> {
  const [item] = await readUserSkills(db, viewer, eq(userSkills.id, userSkillId), {
    limit: 1,
    offset: 0,
  });
  if (!item) throw AppError.notFound('Skill on this profile');
  return item;
}

/**
 * Removes those of the user's skills that `source` added and nothing backs any more: no evidence
 * and no endorsement. What the user added or others vouched for stays. Returns the ids removed.
 */
export async function removeUnbackedSkills(
  tx: DbOrTx,
  input: { userId: string; userSkillIds: readonly number[]; source: TSkillSource },
): Promise<number[]> {
  if (input.userSkillIds.length === 0) return [];
  const removed = await tx
    .delete(userSkills)
    .where(
      and(
        eq(userSkills.userId, input.userId),
        inArray(userSkills.id, [...input.userSkillIds]),
        eq(userSkills.source, input.source),
        sql`not exists (select 1 from ${skillEvidence} where ${skillEvidence.userSkillId} = ${userSkills.id})`,
        sql`not exists (select 1 from ${skillEndorsements} where ${skillEndorsements.userSkillId} = ${userSkills.id})`,
      ),
    )
    .returning({ id: userSkills.id });
  return removed.map((row) => row.id);
}

export interface UserSkillRaised {
  change: TSkillChange;
  userSkillId: number;
  skillId: number;
  proficiency: TProficiency;
}

/**
 * addOrUpdateUserSkill in mode 'raise' for many taxonomy skills at one level, in three round
 * trips whatever their number (a record names up to 30): what other modules call on each write.
 * Emits `skill.added` for each skill the user did not have. Results follow `skillIds`' order.
 */
export async function raiseUserSkills(
  tx: DbOrTx,
  events: DomainEvents,
  input: {
    userId: string;
    skillIds: readonly number[];
    proficiency: TProficiency;
    source: TSkillSource;
  },
): Promise<UserSkillRaised[]> {
  if (input.skillIds.length === 0) return [];
  const ids = [...new Set(input.skillIds)];
  // Locked, so two concurrent raises do not both read the old level.
  const existing = await tx
    .select({ id: userSkills.id, skillId: userSkills.skillId, proficiency: userSkills.proficiency })
    .from(userSkills)
    .where(and(eq(userSkills.userId, input.userId), inArray(userSkills.skillId, ids)))
    .for('update');
  const bySkill = new Map<number, UserSkillRaised>();
  const raise: number[] = [];
  for (const row of existing) {
    const current = row.proficiency as TProficiency;
    const higher = rank(input.proficiency) > rank(current);
    if (higher) raise.push(row.id);
    bySkill.set(row.skillId, {
      change: higher ? 'raised' : 'unchanged',
      userSkillId: row.id,
      skillId: row.skillId,
      proficiency: higher ? input.proficiency : current,
    });
  }
  if (raise.length > 0) {
    await tx
      .update(userSkills)
      .set({ proficiency: input.proficiency, updatedAt: sql`now()` })
      .where(inArray(userSkills.id, raise));
  }
  const missing = ids.filter((id) => !bySkill.has(id));
  if (missing.length > 0) {
    const created = await tx
      .insert(userSkills)
      .values(
        missing.map((skillId) => ({
          userId: input.userId,
          skillId,
          proficiency: input.proficiency,
          source: input.source,
        })),
      )
      // Added meanwhile by a concurrent write: theirs stands, and is read back below.
      .onConflictDoNothing({ target: [userSkills.userId, userSkills.skillId] })
      .returning({ id: userSkills.id, skillId: userSkills.skillId });
    for (const row of created) {
      bySkill.set(row.skillId, {
        change: 'created',
        userSkillId: row.id,
        skillId: row.skillId,
        proficiency: input.proficiency,
      });
      await events.emit(tx, 'skill.added', {
        userId: input.userId,
        skillId: row.skillId,
        source: input.source,
      });
    }
  }
  const raced = ids.filter((id) => !bySkill.has(id));
  if (raced.length > 0) {
    const rows = await tx
      .select({
        id: userSkills.id,
        skillId: userSkills.skillId,
        proficiency: userSkills.proficiency,
      })
      .from(userSkills)
      .where(and(eq(userSkills.userId, input.userId), inArray(userSkills.skillId, raced)))
      .for('update');
    for (const row of rows) {
      bySkill.set(row.skillId, {
        change: 'unchanged',
        userSkillId: row.id,
        skillId: row.skillId,
        proficiency: row.proficiency as TProficiency,
      });
    }
  }
  return input.skillIds.flatMap((id) => bySkill.get(id) ?? []);
}
