import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { TListSkillsRequest, TListSkillsResponse, TSkill } from '../../../contracts/skills.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { AppError } from '../../platform/http/app-error.js';
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

export type SkillInput = TSkill;

/** Inserts or updates catalog skills by slug (the starter catalog and, later, imports). */
export async function upsertSkills(db: DbOrTx, input: SkillInput[]): Promise<void> {
  const batchSize = 500;
  for (let i = 0; i < input.length; i += batchSize) {
    await db
      .insert(skills)
      .values(input.slice(i, i + batchSize))
      .onConflictDoUpdate({
        target: skills.slug,
        set: {
          name: sql`excluded.name`,
          category: sql`excluded.category`,
          aliases: sql`excluded.aliases`,
          description: sql`excluded.description`,
          updatedAt: sql`now()`,
        },
      });
  }
}
