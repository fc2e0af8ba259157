import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type {
  TCatalogSkill,
  TListSkillsRequest,
  TListSkillsResponse,
  TSkill,
} from '../../../contracts/skills.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { AppError } from '../../platform/http/app-error.js';
import { skillKey, skillKeys } from './skill-key.js';
import { skills } from './skills.tables.js';

const columns = {
  slug: skills.slug,
  name: skills.name,
  category: skills.category,
  aliases: skills.aliases,
  description: skills.description,
};

type SkillRow = { [K in keyof typeof columns]: (typeof skills.$inferSelect)[K] };

function present(row: SkillRow): TSkill {
  return { ...row, category: row.category as TSkill['category'] };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export async function listSkills(
  db: DbOrTx,
  query: TListSkillsRequest,
): Promise<TListSkillsResponse> {
  const filters: SQL[] = [];
  const order: SQL[] = [];
  if (query.category) filters.push(eq(skills.category, query.category));
  if (query.q) {
    const q = query.q.toLowerCase();
    const contains = `%${escapeLike(q)}%`;
    filters.push(
      sql`(lower(${skills.name}) like ${contains} or exists (select 1 from unnest(${skills.aliases}) as alias where lower(alias) like ${contains}))`,
    );
    // Exact name or alias first, then names starting with the text, then the rest.
    order.push(sql`case
      when lower(${skills.name}) = ${q} or ${q} = any(select lower(a) from unnest(${skills.aliases}) as a) then 0
      when lower(${skills.name}) like ${`${escapeLike(q)}%`} then 1
      else 2 end`);
  }
  const where = filters.length ? and(...filters) : undefined;
  const [rows, [count]] = await Promise.all([
    db
      .select(columns)
      .from(skills)
      .where(where)
      .orderBy(...order, asc(sql`lower(${skills.name})`), asc(skills.slug))
      .limit(query.limit)
      .offset(query.offset),
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(skills)
      .where(where),
  ]);
  return {
    items: rows.map(present),
    total: count?.total ?? 0,
    limit: query.limit,
    offset: query.offset,
  };
}

export async function getSkill(db: DbOrTx, slug: string): Promise<TSkill> {
  const [row] = await db.select(columns).from(skills).where(eq(skills.slug, slug)).limit(1);
  if (!row) throw AppError.notFound(`Skill "${slug}"`);
  return present(row);
}

export type SkillInput = Omit<TCatalogSkill, 'onetElementIds'> & {
  onetElementIds?: string[];
  source?: 'catalog' | 'onet';
};

/** Inserts or updates taxonomy skills by slug (the starter catalog and imports). */
export async function upsertSkills(db: DbOrTx, input: SkillInput[]): Promise<void> {
  const batchSize = 500;
  for (let i = 0; i < input.length; i += batchSize) {
    const rows = input.slice(i, i + batchSize).map((skill) => ({
      slug: skill.slug,
      name: skill.name,
      category: skill.category,
      aliases: skill.aliases,
      description: skill.description,
      keys: skillKeys(skill),
      onetElementIds: skill.onetElementIds ?? [],
      source: skill.source ?? 'catalog',
    }));
    await db
      .insert(skills)
      .values(rows)
      .onConflictDoUpdate({
        target: skills.slug,
        set: {
          name: sql`excluded.name`,
          category: sql`excluded.category`,
          aliases: sql`excluded.aliases`,
          description: sql`excluded.description`,
          keys: sql`excluded.keys`,
          onetElementIds: sql`excluded.onet_element_ids`,
          source: sql`excluded.source`,
          updatedAt: sql`now()`,
        },
      });
  }
}

export interface ResolvedSkill extends TSkill {
  id: number;
}

/**
 * The taxonomy skill a free-text name stands for ("JS" -> JavaScript), or null when it names
 * none. Every module turns user text into a skill through this.
 */
export async function resolveSkill(db: DbOrTx, text: string): Promise<ResolvedSkill | null> {
  const key = skillKey(text);
  if (!key) return null;
  const [row] = await db
    .select({ id: skills.id, ...columns })
    .from(skills)
    .where(sql`${skills.keys} @> array[${key}]::text[]`)
    // A key two entries share (rare) goes to the one whose own name it is, then the oldest.
    .orderBy(sql`case when ${skills.keys}[1] = ${key} then 0 else 1 end`, asc(skills.id))
    .limit(1);
  return row ? { ...present(row), id: row.id } : null;
}

/** resolveSkill for many names at once: a map from each given text to its skill, if any. */
export async function resolveSkills(
  db: DbOrTx,
  texts: readonly string[],
): Promise<Map<string, ResolvedSkill>> {
  const byKey = new Map<string, string[]>();
  for (const text of texts) {
    const key = skillKey(text);
    if (key) byKey.set(key, [...(byKey.get(key) ?? []), text]);
  }
  const found = new Map<string, ResolvedSkill>();
  if (byKey.size === 0) return found;
  const keys = [...byKey.keys()];
  const rows = await db
    .select({ id: skills.id, keys: skills.keys, ...columns })
    .from(skills)
    .where(
      sql`${skills.keys} && ${sql`array[${sql.join(
        keys.map((k) => sql`${k}`),
        sql`, `,
      )}]::text[]`}`,
    )
    .orderBy(asc(skills.id));
  for (const key of keys) {
    const match =
      rows.find((row) => row.keys[0] === key) ?? rows.find((row) => row.keys.includes(key));
    if (!match) continue;
    const { keys: _keys, id, ...rest } = match;
    for (const text of byKey.get(key) ?? []) found.set(text, { ...present(rest), id });
  }
  return found;
}
