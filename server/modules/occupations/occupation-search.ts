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

/** Corrections tried per misspelt word: the closest few, so one bad guess does not sink it. */
const CORRECTIONS_PER_WORD = 3;
/** Trigram similarity a vocabulary word needs to count as a correction ("nurce" ~ "nurse" 0.33). */
const CORRECTION_THRESHOLD = 0.3;
/** Below three characters trigrams say little; such words match by prefix only. */
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

/** The query's words: letters and digits only, so they are safe inside a tsquery. */
export function queryWords(q: string): string[] {
  return q
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 10);
}

/**
 * Each query word with what it may stand for: itself when a title has it, else the closest
 * title words by trigram similarity (a lookup in the small `occupation_search_words` table,
 * not a comparison with every title). Short words are taken as typed.
 */
async function corrections(db: DbOrTx, words: string[]): Promise<string[][]> {
  const fuzzy = [...new Set(words.filter((word) => word.length >= MIN_FUZZY_LENGTH))];
  const found = new Map<string, string[]>();
  if (fuzzy.length) {
    const known = await rawRows<{ word: string }>(
      db,
      sql`select word from occupation_search_words
        where word in (select jsonb_array_elements_text(${JSON.stringify(fuzzy)}::jsonb))`,
    );
    for (const { word } of known) found.set(word, [word]);
    // One statement per unknown word, with the word as a constant, so the planner reads the
    // trigram index rather than comparing the word with the whole vocabulary.
    for (const word of fuzzy.filter((w) => !found.has(w))) {
      const near = await rawRows<{ word: string }>(
        db,
        sql`select word from occupation_search_words
          where word % ${word} and similarity(word, ${word}) >= ${CORRECTION_THRESHOLD}
          order by similarity(word, ${word}) desc, abs(length(word) - ${word.length}), word
          limit ${CORRECTIONS_PER_WORD}`,
      );
      found.set(
        word,
        near.map((row) => row.word),
      );
    }
  }
  return words.map((word) => found.get(word) ?? []);
}

/**
 * A tsquery over the stemmed `search` column: per word, an OR of what it may stand for (the
 * last word also as typed, as a prefix, for search-as-you-type), joined by `joiner`. Stop words
 * drop out in to_tsquery. Null when no word can match anything.
 */
function tsqueryText(words: string[], options: string[][], joiner: '&' | '|'): string | null {
  const groups = words.flatMap((word, i) => {
    // A whole word a title has needs no prefix search: the stem already finds its forms, and
    // "oper:*" for "operator" would rank thousands of titles.
    const known = word.length >= 4 && options[i]?.length === 1 && options[i]?.[0] === word;
    const last = i === words.length - 1 && !known;
    const terms = [...new Set([...(last ? [`${word}:*`] : []), ...(options[i] ?? [])])];
    return terms.length ? [`(${terms.join(' | ')})`] : [];
  });
  return groups.length ? groups.join(` ${joiner} `) : null;
}

/**
 * Titles (primary and alternate) whose words match (full-text search on the stemmed tsvector,
 * GIN-indexed), one best title per occupation. Exact titles come first, then titles starting
 * with the query, then by full-text rank plus how close the title is in length to the corrected
 * query (cheap, where a trigram similarity per matching title was the bulk of a common word);
 * ties go by code so pages never overlap.
 */
function searchSql(
  query: TSearchOccupationsRequest,
  q: string,
  corrected: string,
  tsq: string,
): SQL {
  const lowered = q.toLowerCase();
  const tsquery = sql`to_tsquery('english', ${tsq})`;
  // Exact: as typed or as corrected. Prefix: as typed only, so a correction that happens to
  // start a title ("nurce" -> "Nurse Aide") does not outrank better matches.
  return sql`
    with matches as (
      select t.code, t.title, t.kind,
        case when lower(t.title) in (${lowered}, ${corrected}) then 0
             when lower(t.title) like ${`${escapeLike(lowered)}%`} then 1
             else 2 end as tier,
        ts_rank(t.search, ${tsquery}, 1)
          + 1.0 / (1 + abs(length(t.title) - ${corrected.length})) as score
      from occupation_titles t
      where t.search @@ ${tsquery}
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

async function rawRows<T>(db: DbOrTx, statement: SQL): Promise<T[]> {
  // Both drivers (PGlite, node-postgres) answer raw SQL with `{ rows }`.
  const result = (await db.execute(statement)) as unknown as { rows: T[] };
  return result.rows;
}

type Statement = (page: TSearchOccupationsRequest) => SQL;

/** The statements a search may run: all words required first, any word when that finds nothing. */
async function searchStatements(
  db: DbOrTx,
  query: TSearchOccupationsRequest,
  q: string,
): Promise<Statement[]> {
  if (!q) return [browseSql];
  const words = queryWords(q);
  const options = await corrections(db, words);
  const corrected = words.map((word, i) => options[i]?.[0] ?? word).join(' ');
  const all = tsqueryText(words, options, '&');
  const any = words.length > 1 ? tsqueryText(words, options, '|') : null;
  return [all, any].flatMap((tsq) =>
    tsq ? [(page: TSearchOccupationsRequest) => searchSql(page, q, corrected, tsq)] : [],
  );
}

async function runSearch(
  db: DbOrTx,
  query: TSearchOccupationsRequest,
  q: string,
): Promise<HitRow[]> {
  const statements = await searchStatements(db, query, q);
  for (const [i, statement] of statements.entries()) {
    const rows = await rawRows<HitRow>(db, statement(query));
    if (rows.length || i === statements.length - 1) return rows;
    // Any word only when all words found nothing at all, not merely nothing on this page.
    const first = { ...query, limit: 1, offset: 0 };
    if (query.offset > 0 && (await rawRows<HitRow>(db, statement(first))).length) return rows;
  }
  return [];
}

/** The plan PostgreSQL runs a search with, one line per step (for tests and tuning). */
export async function searchPlan(db: DbOrTx, query: TSearchOccupationsRequest): Promise<string> {
  const q = query.q?.trim() ?? '';
  const [statement] = await searchStatements(db, query, q);
  if (!statement) return '';
  const rows = await rawRows<Record<string, string>>(db, sql`explain ${statement(query)}`);
  return rows.map((row) => Object.values(row)[0]).join('\n');
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
