import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { TListSoftSkillsResponse, TSetSoftSkills } from '../../../contracts/assessments.js';
import type { TFieldError } from '../../../contracts/errors.js';
import type { TPageQuery } from '../../../contracts/pagination.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { AppError } from '../../platform/http/app-error.js';
import { skills } from '../skills/skills.tables.js';
import { userSoftSkills } from './assessments.tables.js';

/** The taxonomy's soft skills are the list a user rates themselves on. */
const SOFT = 'soft';

/** Every soft skill, by name, with the user's current and target level (null when unrated). */
export async function listSoftSkills(
  db: DbOrTx,
  userId: string,
  page: TPageQuery,
): Promise<TListSoftSkillsResponse> {
  const [rows, [total]] = await Promise.all([
    db
      .select({
        slug: skills.slug,
        name: skills.name,
        description: skills.description,
        currentLevel: userSoftSkills.currentLevel,
        targetLevel: userSoftSkills.targetLevel,
        updatedAt: userSoftSkills.updatedAt,
      })
      .from(skills)
      .leftJoin(
        userSoftSkills,
        and(eq(userSoftSkills.skillId, skills.id), eq(userSoftSkills.userId, userId)),
      )
      .where(eq(skills.category, SOFT))
      .orderBy(asc(skills.name), asc(skills.slug))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(skills).where(eq(skills.category, SOFT)),
  ]);
  return {
    items: rows.map((row) => ({
      skill: { slug: row.slug, name: row.name, description: row.description },
      currentLevel: row.currentLevel,
      targetLevel: row.targetLevel,
      updatedAt: row.updatedAt?.toISOString() ?? null,
    })),
    total: total?.n ?? 0,
    limit: page.limit,
    offset: page.offset,
  };
}

/**
 * Sets the ratings named, leaving the others as they are. An unknown or non-soft skill, a skill
 * named twice or a target below the current level is refused with the item's path; then nothing
 * changes.
 */
export async function setSoftSkills(
  db: DbOrTx,
  userId: string,
  input: TSetSoftSkills,
): Promise<void> {
  const slugs = [...new Set(input.ratings.map((r) => r.skill))];
  const found = await db
    .select({ id: skills.id, slug: skills.slug })
    .from(skills)
    .where(and(inArray(skills.slug, slugs), eq(skills.category, SOFT)));
  const idBySlug = new Map(found.map((row) => [row.slug, row.id]));
  const errors: TFieldError[] = [];
  const seen = new Set<string>();
  input.ratings.forEach((rating, index) => {
    const at = `body.ratings.${index}`;
    if (!idBySlug.has(rating.skill)) {
      errors.push({ path: `${at}.skill`, message: `"${rating.skill}" is not a soft skill` });
    } else if (seen.has(rating.skill)) {
      errors.push({ path: `${at}.skill`, message: `"${rating.skill}" is named more than once` });
    }
    seen.add(rating.skill);
    if (rating.targetLevel < rating.currentLevel) {
      errors.push({
        path: `${at}.targetLevel`,
        message: `the target for "${rating.skill}" is below its current level`,
      });
    }
  });
  if (errors.length > 0) throw AppError.validation(errors, 'Some ratings are not valid');
  // One statement, so the ratings change together or not at all.
  await db
    .insert(userSoftSkills)
    .values(
      input.ratings.map((r) => ({
        userId,
        skillId: idBySlug.get(r.skill) ?? 0,
        currentLevel: r.currentLevel,
        targetLevel: r.targetLevel,
      })),
    )
    .onConflictDoUpdate({
      target: [userSoftSkills.userId, userSoftSkills.skillId],
      set: {
        currentLevel: sql`excluded.current_level`,
        targetLevel: sql`excluded.target_level`,
        updatedAt: sql`now()`,
      },
    });
}
