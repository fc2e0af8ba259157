import { asc, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/index.js';
import { skills } from './skills.tables.js';

const CHUNK = 1000;

/** Taxonomy ids of the given slugs (those that exist). */
export async function skillIdsBySlug(
  db: DbOrTx,
  slugs: readonly string[],
): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  for (let i = 0; i < slugs.length; i += CHUNK) {
    const rows = await db
      .select({ id: skills.id, slug: skills.slug })
      .from(skills)
      .where(inArray(skills.slug, slugs.slice(i, i + CHUNK)));
    for (const row of rows) found.set(row.slug, row.id);
  }
  return found;
}

/** Taxonomy ids standing for O*NET content-model elements; the oldest entry wins a shared id. */
export async function skillIdsByOnetElement(
  db: DbOrTx,
  elementIds: readonly string[],
): Promise<Map<string, number>> {
  const byElement = new Map<string, number>();
  if (elementIds.length === 0) return byElement;
  const rows = await db
    .select({ id: skills.id, elements: skills.onetElementIds })
    .from(skills)
    .where(
      sql`${skills.onetElementIds} && array[${sql.join(
        elementIds.map((id) => sql`${id}`),
        sql`, `,
      )}]::text[]`,
    )
    .orderBy(asc(skills.id));
  for (const row of rows) {
    for (const element of row.elements) if (!byElement.has(element)) byElement.set(element, row.id);
  }
  return byElement;
}

/** Every slug in use, for picking new unique ones. */
export async function allSkillSlugs(db: DbOrTx): Promise<Set<string>> {
  return new Set((await db.select({ slug: skills.slug }).from(skills)).map((row) => row.slug));
}
