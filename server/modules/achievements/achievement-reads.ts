import { and, asc, eq, inArray, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type {
  TAchievement,
  TAchievementOrigin,
  TAchievementSkill,
  TAchievementType,
  TVerificationState,
} from '../../../contracts/achievements.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { AppError } from '../../platform/http/app-error.js';
import type { TSkillCategory } from '../../../contracts/skills.js';
import type { TProficiency } from '../../../contracts/user-skills.js';
import { skills } from '../skills/skills.tables.js';
import { achievementSkills, achievements } from './achievements.tables.js';

export type AchievementRow = typeof achievements.$inferSelect;

/**
 * The timeline's order: ongoing first, then the newest start, undated last; on the columns of
 * `alias` (a resume item keeps copies of these keys, its record's id as `source_id`).
 */
export function timelineOrderOn(alias: string, idColumn = 'id'): SQL {
  return sql.raw(
    `${alias}.ongoing desc, ${alias}.start_date desc nulls last, ${alias}.created_at desc, ` +
      `${alias}.${idColumn} desc`,
  );
}

/** The skills a record names, in the order the user gave them, read with the record itself. */
/** The skills of the records `where` selects, each record's in the order the user gave them. */
async function skillsOf(db: DbOrTx, where: SQL): Promise<Map<string, TAchievementSkill[]>> {
  const rows = await db
    .select({
      achievementId: achievementSkills.achievementId,
      proficiency: achievementSkills.proficiency,
      slug: skills.slug,
      name: skills.name,
      category: skills.category,
    })
    .from(achievementSkills)
    .innerJoin(achievements, eq(achievements.id, achievementSkills.achievementId))
    .innerJoin(skills, eq(skills.id, achievementSkills.skillId))
    .where(where)
    .orderBy(asc(achievementSkills.achievementId), asc(achievementSkills.position));
  const byRecord = new Map<string, TAchievementSkill[]>();
  for (const { achievementId, ...row } of rows) {
    const list = byRecord.get(achievementId) ?? [];
    list.push({
      ...row,
      category: row.category as TSkillCategory,
      proficiency: row.proficiency as TProficiency,
    });
    byRecord.set(achievementId, list);
  }
  return byRecord;
}

export function toAchievement(row: AchievementRow, named: TAchievementSkill[]): TAchievement {
  return {
    id: row.id,
    type: row.type as TAchievementType,
    title: row.title,
    organization: row.organization,
    location: row.location,
    description: row.description,
    startDate: row.startDate,
    endDate: row.endDate,
    ongoing: row.ongoing,
    skills: named,
    highlights: row.highlights,
    links: row.links,
    verification: {
      state: row.verificationState as TVerificationState,
      verifiedBy: row.verifiedBy,
      verifiedAt: row.verifiedAt?.toISOString() ?? null,
    },
    origin: row.origin as TAchievementOrigin,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function withSkills(db: DbOrTx, rows: AchievementRow[]): Promise<TAchievement[]> {
  if (rows.length === 0) return [];
  const named = await skillsOf(
    db,
    inArray(
      achievements.id,
      rows.map((row) => row.id),
    ),
  );
  return rows.map((row) => toAchievement(row, named.get(row.id) ?? []));
}

/**
 * The user's records matching `where`, in timeline order, each with its skills. A whole list
 * reads the skills by user, not by a list of ids, so the query stays small for many records.
 */
export async function readAchievements(
  db: DbOrTx,
  userId: string,
  where?: SQL,
  page?: { limit: number; offset: number },
): Promise<TAchievement[]> {
  const selected = where
    ? (and(eq(achievements.userId, userId), where) as SQL)
    : eq(achievements.userId, userId);
  const query = db
    .select()
    .from(achievements)
    .where(selected)
    .orderBy(timelineOrderOn('"achievements"'));
  if (page) return withSkills(db, await query.limit(page.limit).offset(page.offset));
  const rows = await query;
  const named = await skillsOf(db, selected);
  return rows.map((row) => toAchievement(row, named.get(row.id) ?? []));
}

/** Every record of the user, newest first: what the generated resume is built from. */
export function listAllAchievements(db: DbOrTx, userId: string): Promise<TAchievement[]> {
  return readAchievements(db, userId);
}

/** Every record of the user of these types, newest first: what a resume section is built from. */
export function listAchievementsOfTypes(
  db: DbOrTx,
  userId: string,
  types: readonly TAchievementType[],
): Promise<TAchievement[]> {
  if (types.length === 0) return Promise.resolve([]);
  return readAchievements(db, userId, inArray(achievements.type, [...types]));
}

/**
 * Titles and dates of a user's records of these types in timeline order, as a column of another
 * query (the generated resume's lock reads them with it: one round trip less on every write).
 */
export function workSpansOf(userId: SQL | AnyColumn, types: readonly TAchievementType[]) {
  return sql<
    { title: string; startDate: string | null; endDate: string | null; ongoing: boolean }[]
  >`(
    select coalesce(jsonb_agg(jsonb_build_object('title', a.title, 'startDate', a.start_date,
      'endDate', a.end_date, 'ongoing', a.ongoing)
      order by ${timelineOrderOn('a')}), '[]')
    from ${achievements} a where a.user_id = ${userId} and a.type in ${[...types]})`;
}

/** The user's record, locked for the rest of the transaction when `lock` is set; 404 otherwise. */
export async function achievementRow(
  db: DbOrTx,
  userId: string,
  id: string,
  lock = false,
): Promise<AchievementRow> {
  const query = db
    .select()
    .from(achievements)
    .where(and(eq(achievements.id, id), eq(achievements.userId, userId)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw AppError.notFound('Achievement');
  return row;
}
