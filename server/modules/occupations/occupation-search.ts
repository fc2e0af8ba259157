import { sql, type SQL } from 'drizzle-orm';
import {
  type TAttribution,
  type TRiasecArea,
  type TSearchOccupationsRequest,
  type TSearchOccupationsResponse,
} from '../../../contracts/occupations.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { attributionsFor } from './occupation-attribution.js';
import { summarise } from './occupation-summary.js';

/** Cache group of everything derived from the occupation tables; an import drops it. */
export const OCCUPATIONS_CACHE_GROUP = 'catalog:occupations';

/**
 * How close a title must be to count as a match. word_similarity compares the query with the
 * best-matching stretch of a title: 0.45 lets one wrong letter in a short word through ("nurce"
 * has half its trigrams in "nurse") without matching everything that shares a syllable.
 */
const WORD_SIMILARITY_THRESHOLD = '0.45';
/** Below three characters trigrams say little; such queries match by word prefix only. */
const MIN_FUZZY_LENGTH = 3;

const letterOf: Record<TRiasecArea, string> = {
  realistic: 'R',
  investigative: 'I',
  artistic: 'A',
  social: 'S',
  enterprising: 'E',
  conventional: 'C',
};

interface HitRow {
  code: string;
  title: string;
  description: string;
  job_zone: number | null;
  interest_code: string;
  source: 'catalog' | 'onet';
  release_id: number | null;
  matched_title: string | null;
  total: number;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function filtersOf(query: TSearchOccupationsRequest): SQL {
  const parts: SQL[] = [sql`true`];
  if (query.jobZone !== undefined) parts.push(sql`o.job_zone = ${query.jobZone}`);
  if (query.area) parts.push(sql`left(o.interest_code, 1) = ${letterOf[query.area]}`);
  return sql.join(parts, sql` and `);
}

/** No query: every occupation (after the filters), alphabetically. */
function browseSql(query: TSearchOccupationsRequest): SQL {
  return sql`
    select o.code, o.title, o.description, o.job_zone, o.interest_code, o.source, o.release_id,
      null::text as matched_title, (count(*) over ())::int as total
    from occupations o
    where ${filtersOf(query)}
    order by lower(o.title), o.code
    limit ${query.limit} offset ${query.offset}`;
}

/**
 * Titles (primary and alternate) that match by words (full-text search, stemmed, so
 * "developers" finds "developer") or by trigrams (so typos still match), one best title per
 * occupation. Exact titles come first, then titles starting with the query, then by score;
 * ties go by code so pages never overlap.
 */
function searchSql(query: TSearchOccupationsRequest, q: string): SQL {
  const lowered = q.toLowerCase();
  const prefix = `${escapeLike(lowered)}%`;
  const fuzzy = lowered.length >= MIN_FUZZY_LENGTH;
  // What the GIN indexes answer: `<%` the trigram index, `@@` the tsvector one (a BitmapOr).
  // Short queries: a word starting with the letters typed (anything but letters and digits is
  // dropped; nothing left matches nothing).
  const term = lowered.replace(/[^\p{L}\p{N}]/gu, '');
  const tsquery = fuzzy
    ? sql`websearch_to_tsquery('english', ${q})`
    : sql`to_tsquery('simple', ${`${term || 'x'}:*`})`;
  const candidate = fuzzy
    ? sql`(${lowered} <% lower(t.title) or t.search @@ ${tsquery})`
    : term
      ? sql`t.search @@ ${tsquery}`
      : sql`false`;
  // Close to the whole query, close to a stretch of the title, and all words present (stemmed).
  const score = sql`similarity(${lowered}, lower(t.title))
    + ${fuzzy ? sql`word_similarity(${lowered}, lower(t.title))` : sql`0`}
    + case when t.search @@ ${tsquery} then 1 + ts_rank(t.search, ${tsquery}) else 0 end`;
  return sql`
    with matches as (
      select t.code, t.title, t.kind,
        case when lower(t.title) = ${lowered} then 0
             when lower(t.title) like ${prefix} then 1
             else 2 end as tier,
        ${score} as score
      from occupation_titles t
      where ${candidate}
    ),
    best as (
      -- The best title ranks the occupation; the one shown is the primary title when that
      -- matched as well (same tier), so "software" names Software Developers, not an alias.
      select distinct on (code) code, tier, score,
        first_value(title) over (
          partition by code, tier order by (kind = 'primary') desc, score desc, lower(title)
        ) as title
      from matches
      order by code, tier, score desc, (kind = 'primary') desc, lower(title)
    )
    select o.code, o.title, o.description, o.job_zone, o.interest_code, o.source, o.release_id,
      b.title as matched_title, (count(*) over ())::int as total
    from best b
    join occupations o on o.code = b.code
    where ${filtersOf(query)}
    order by b.tier, b.score desc, o.code
    limit ${query.limit} offset ${query.offset}`;
}

async function runSearch(
  db: DbOrTx,
  query: TSearchOccupationsRequest,
  q: string,
): Promise<HitRow[]> {
  return db.transaction(async (tx) => {
    if (q) {
      // All local to this transaction, so no other query on the connection is affected. The
      // planner prices a trigram comparison like any operator and, for a common word, would
      // rather compare every title than read the GIN indexes, which is many times slower.
      await tx.execute(
        sql`select set_config('pg_trgm.word_similarity_threshold', ${WORD_SIMILARITY_THRESHOLD}, true),
          set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true)`,
      );
    }
    // Both drivers (PGlite, node-postgres) answer raw SQL with `{ rows }`.
    const result = (await tx.execute(q ? searchSql(query, q) : browseSql(query))) as {
      rows: HitRow[];
    };
    return result.rows;
  });
}

/** Search by title and alternate titles, typos tolerated; without `q`, browse by title. */
export async function searchOccupations(
  db: DbOrTx,
  query: TSearchOccupationsRequest,
): Promise<TSearchOccupationsResponse> {
  const q = query.q?.trim() ?? '';
  const rows = await runSearch(db, query, q);
  // A page past the end has no row to carry the total: count with the first page instead.
  const total =
    rows[0]?.total ??
    (query.offset > 0
      ? ((await runSearch(db, { ...query, limit: 1, offset: 0 }, q))[0]?.total ?? 0)
      : 0);
  const releases = await attributionsFor(
    db,
    rows.flatMap((row) => (row.source === 'onet' && row.release_id ? [row.release_id] : [])),
  );
  return {
    items: rows.map((row) => ({
      code: row.code,
      title: row.title,
      summary: summarise(row.description),
      jobZone: row.job_zone,
      interestCode: row.interest_code,
      source: row.source,
      matchedTitle: row.matched_title,
    })),
    total,
    limit: query.limit,
    offset: query.offset,
    attribution: newestOf(releases),
  };
}

function newestOf(releases: Map<number, TAttribution>): TAttribution | null {
  const ids = [...releases.keys()].sort((a, b) => b - a);
  return ids.length ? (releases.get(ids[0] as number) ?? null) : null;
}
