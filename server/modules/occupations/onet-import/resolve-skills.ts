import { inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../platform/db/index.js';
import { skillKey, skillSlug } from '../../skills/skill-key.js';
import { resolveSkills, upsertSkills, type SkillInput } from '../../skills/skills.service.js';
import { skills } from '../../skills/skills.tables.js';
import type { ParsedRelease } from './parse-release.js';

export interface SkillIds {
  /** Content Model element id -> taxonomy skill id. */
  byElement: Map<string, number>;
  /** Technology Skills example text -> taxonomy skill id. */
  byExample: Map<string, number>;
  /** Taxonomy entries the import had to add. */
  created: number;
}

/** A slug no skill has yet: "tableau", else "tableau-2", ... */
function uniqueSlug(name: string, taken: Set<string>, fallback: string): string {
  const base = skillSlug(name) || fallback;
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}

async function idsBySlug(tx: DbOrTx, slugs: string[]): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  for (let i = 0; i < slugs.length; i += 1000) {
    const rows = await tx
      .select({ id: skills.id, slug: skills.slug })
      .from(skills)
      .where(inArray(skills.slug, slugs.slice(i, i + 1000)));
    for (const row of rows) found.set(row.slug, row.id);
  }
  return found;
}

async function elementSkills(tx: DbOrTx, elementIds: string[]): Promise<Map<string, number>> {
  const rows = await tx
    .select({ id: skills.id, elements: skills.onetElementIds })
    .from(skills)
    .where(
      sql`${skills.onetElementIds} && array[${sql.join(
        elementIds.map((id) => sql`${id}`),
        sql`, `,
      )}]::text[]`,
    )
    .orderBy(skills.id);
  const byElement = new Map<string, number>();
  for (const row of rows) {
    for (const element of row.elements) if (!byElement.has(element)) byElement.set(element, row.id);
  }
  return byElement;
}

/**
 * Maps rated elements and technology examples to taxonomy skills: elements through the skills'
 * O*NET element ids, examples through resolveSkills. What the taxonomy lacks is added as new
 * entries (source 'onet'); existing entries are never changed.
 */
export async function resolveReleaseSkills(tx: DbOrTx, release: ParsedRelease): Promise<SkillIds> {
  const taken = new Set((await tx.select({ slug: skills.slug }).from(skills)).map((r) => r.slug));
  const elementIds = [...new Set(release.ratings.map((r) => r.elementId))];
  let byElement = await elementSkills(tx, elementIds);
  const newElements: SkillInput[] = elementIds
    .filter((id) => !byElement.has(id))
    .map((id) => {
      const name = release.elements.get(id) ?? id;
      return {
        slug: uniqueSlug(name, taken, 'onet-element'),
        name,
        category: id.startsWith('2.C') ? 'knowledge' : 'foundational',
        aliases: [],
        description: '',
        onetElementIds: [id],
        source: 'onet',
      };
    });
  if (newElements.length > 0) {
    await upsertSkills(tx, newElements);
    byElement = await elementSkills(tx, elementIds);
  }

  const examples = [...new Set(release.technology.map((t) => t.example))].filter(skillKey);
  const resolved = await resolveSkills(tx, examples);
  const byExample = new Map([...resolved].map(([text, skill]) => [text, skill.id]));
  // One new entry per normalised name, so "Tableau" and "tableau" become one skill.
  const newByKey = new Map<string, { name: string; slug: string }>();
  for (const example of examples) {
    if (byExample.has(example)) continue;
    const key = skillKey(example);
    if (!newByKey.has(key)) {
      newByKey.set(key, { name: example, slug: uniqueSlug(example, taken, 'tool') });
    }
  }
  const newTools = [...newByKey.values()];
  await upsertSkills(
    tx,
    newTools.map(({ name, slug }) => ({
      slug,
      name,
      category: 'tool',
      aliases: [],
      description: '',
      source: 'onet',
    })),
  );
  const toolIds = await idsBySlug(
    tx,
    newTools.map((tool) => tool.slug),
  );
  for (const example of examples) {
    const slug = newByKey.get(skillKey(example))?.slug;
    const id = slug === undefined ? undefined : toolIds.get(slug);
    if (!byExample.has(example) && id !== undefined) byExample.set(example, id);
  }
  return { byElement, byExample, created: newElements.length + newTools.length };
}
