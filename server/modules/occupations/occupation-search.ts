import type {
  TAttribution,
  TOccupationHit,
  TRiasecArea,
  TSearchOccupationsRequest,
  TSearchOccupationsResponse,
} from '../../../contracts/occupations.js';
import type { DbOrTx } from '../../platform/db/index.js';
import {
  searchSnapshot,
  stemsKey,
  termsOf,
  type IndexedTitle,
  wordsOf,
  type IndexedOccupation,
  type SearchSnapshot,
  type WordHits,
} from './occupation-search-index.js';

/** Cache group of everything derived from the occupation tables; an import drops it. */
export const OCCUPATIONS_CACHE_GROUP = 'catalog:occupations';

/** At most this many query words count; a search box gets titles, not paragraphs. */
const MAX_WORDS = 10;
/** Words this long or longer may be misspelt: one edit, two from eight letters ("nurce"). */
const MIN_FUZZY_LENGTH = 4;
const TWO_EDITS_LENGTH = 8;
/** Corrections tried per misspelt word: the closest few, so one bad guess does not sink it. */
const CORRECTIONS_PER_WORD = 3;

const letterOf: Record<TRiasecArea, string> = {
  realistic: 'R',
  investigative: 'I',
  artistic: 'A',
  social: 'S',
  enterprising: 'E',
  conventional: 'C',
};

interface ParsedQuery {
  /** The words as typed, lowercased, joined by single spaces. */
  typed: string;
  /** How many words count towards matching a whole title (stop words do not). */
  wordCount: number;
  /** What to look up in the index: per word, the terms it may stand for. */
  terms: string[][];
  /** The last word as typed, looked up as a prefix too (search as you type), if it counts. */
  typing: string | null;
  /** The whole-title keys it stands for (see `wholeTitleKeys`). */
  wholeKeys: Set<string>;
}

interface Ranked {
  occupation: IndexedOccupation;
  /**
   * 0: a title is the query (as typed or corrected), 1: a title starts with it, 2: one title has
   * every word, 3: the words are spread over its titles.
   */
  tier: number;
  score: number;
  /** The index terms the query matched in this occupation's titles. */
  matched: readonly string[];
  /** In tiers 0 and 1, the titles that put the occupation there. */
  titles: readonly IndexedTitle[];
}

function keepOf(query: TSearchOccupationsRequest): (occupation: IndexedOccupation) => boolean {
  const letter = query.area ? letterOf[query.area] : undefined;
  return (occupation) =>
    (query.jobZone === undefined || occupation.jobZone === query.jobZone) &&
    (letter === undefined || occupation.interestCode.startsWith(letter));
}

/**
 * The form of a query word to look up: its stem when titles have that stem ("nursing" finds
 * Nurse), else the word as typed, so a misspelling is compared with real words ("operatmr" is
 * one letter from "operator", while its stem is far from "oper").
 */
function lookupTermOf(snapshot: SearchSnapshot, word: string): string | null {
  const terms = termsOf(word);
  if (!terms) return null;
  return snapshot.vocabulary.has(terms[1]) ? terms[1] : terms[0];
}

/**
 * What a query word may stand for: itself when a title has it (or its stem), else the closest
 * title words by edit distance (one edit, two for long words), the commoner first.
 */
function alternativesOf(snapshot: SearchSnapshot, word: string): string[] {
  const own = lookupTermOf(snapshot, word);
  if (!own) return [];
  if (snapshot.vocabulary.has(own) || word.length < MIN_FUZZY_LENGTH) return [own];
  const kept = snapshot.corrections.get(word);
  if (kept) return kept;
  const alternatives = corrected(snapshot, word, own);
  snapshot.corrections.set(word, alternatives);
  return alternatives;
}

/** The closest title words to a misspelt word, with the word as typed. */
function corrected(snapshot: SearchSnapshot, word: string, own: string): string[] {
  const near = (edits: number) =>
    [...snapshot.words.fuzzyGet(word, edits)].sort(
      ([a, [countA, editsA]], [b, [countB, editsB]]) =>
        editsA - editsB || countB - countA || (a < b ? -1 : 1),
    );
  const found = near(1);
  const closest = found.length || word.length < TWO_EDITS_LENGTH ? found : near(2);
  const terms = closest
    .slice(0, CORRECTIONS_PER_WORD)
    .flatMap(([near]) => lookupTermOf(snapshot, near) ?? []);
  // The word as typed stays in, for a title word still being typed ("develo").
  return [...new Set([own, ...terms])];
}

function parse(snapshot: SearchSnapshot, q: string): ParsedQuery {
  const words = wordsOf(q).slice(0, MAX_WORDS);
  // A lone letter at the end is still being typed: as a prefix it would stand for thousands of
  // words, so it counts only through the titles that start with the typed text.
  const looked = words.at(-1)?.length === 1 ? words.slice(0, -1) : words;
  const last = looked.at(-1);
  const parsed = {
    typed: words.join(' '),
    wordCount: words.filter((word) => termsOf(word)).length,
    terms: looked.map((word) => alternativesOf(snapshot, word)).filter((terms) => terms.length),
    typing: last && termsOf(last) ? last : null,
  };
  return { ...parsed, wholeKeys: wholeTitleKeys(parsed) };
}

/**
 * The occupations with a title that has this term (or, as a prefix, a term starting with it),
 * scored by the engine. Kept per snapshot for terms titles have: those recur across searches far
 * more than whole queries do, and there are only so many of them, so the cache stops growing.
 */
function termHits(snapshot: SearchSnapshot, term: string, prefix: boolean): WordHits {
  const known = snapshot.vocabulary.has(term);
  const key = prefix ? `${term}*` : term;
  const kept = known ? snapshot.wordHits.get(key) : undefined;
  if (kept) return kept;
  const hits: WordHits = new Map();
  const results = snapshot.engine.search(
    { queries: [term], prefix },
    { processTerm: (word) => word },
  );
  for (const result of results) {
    hits.set(result.id as string, { score: result.score, terms: result.terms });
  }
  if (known) snapshot.wordHits.set(key, hits);
  return hits;
}

/** Either of several hits, scores added up where an occupation has more than one. */
function anyOf(all: readonly WordHits[]): WordHits {
  const [first, ...rest] = all;
  if (!first || !rest.length) return first ?? new Map();
  const any: WordHits = new Map(first);
  for (const hits of rest) {
    for (const [code, hit] of hits) {
      const seen = any.get(code);
      any.set(
        code,
        seen ? { score: seen.score + hit.score, terms: [...seen.terms, ...hit.terms] } : hit,
      );
    }
  }
  return any;
}

/**
 * The occupations with a title that has one query word: one of what it may stand for, or, for the
 * last word, a word starting with it as typed. Only the typed word is a prefix: a stem as a
 * prefix ("nurs") would add every form of the word once more and favour titles with a rarer form.
 */
function wordHits(
  snapshot: SearchSnapshot,
  alternatives: string[],
  typing: string | null,
): WordHits {
  const terms = typing ? [...alternatives, typing] : alternatives;
  // Words titles have are few enough to keep their merged hits too.
  const known = terms.every((term) => snapshot.vocabulary.has(term));
  const key = `${alternatives.join('|')}|${typing ?? ''}*`;
  const kept = known ? snapshot.wordHits.get(key) : undefined;
  if (kept) return kept;
  const hits = anyOf([
    ...alternatives.map((term) => termHits(snapshot, term, false)),
    ...(typing ? [termHits(snapshot, typing, true)] : []),
  ]);
  if (known) snapshot.wordHits.set(key, hits);
  return hits;
}

/**
 * The occupations with a title that has the query's words: every word (one of what it may stand
 * for), the last also as a prefix (search as you type), scores added up. When no occupation has
 * every word, those with any of them.
 */
function matchOccupations(snapshot: SearchSnapshot, query: ParsedQuery): WordHits {
  const { terms } = query;
  const perWord = terms.map((alternatives, i) =>
    wordHits(snapshot, alternatives, i === terms.length - 1 ? query.typing : null),
  );
  const [smallest, ...others] = [...perWord].sort((a, b) => a.size - b.size);
  const all: WordHits = new Map();
  for (const [code, hit] of smallest ?? []) {
    let score = hit.score;
    const matched = [...hit.terms];
    const everyWord = others.every((hits) => {
      const other = hits.get(code);
      if (!other) return false;
      score += other.score;
      matched.push(...other.terms);
      return true;
    });
    if (everyWord) all.set(code, { score, terms: matched });
  }
  if (all.size || perWord.length < 2) return all;
  return anyOf(perWord);
}

/** Combinations of the words' alternatives tried for a whole-title match, at most. */
const MAX_WHOLE_TITLE_KEYS = 64;

/**
 * The whole-title keys the query stands for: its words, each as typed or as corrected, as a
 * sorted set of stems ("sofware develper" -> "develop softwar", Software Developers' key).
 */
function wholeTitleKeys(query: Omit<ParsedQuery, 'wholeKeys'>): Set<string> {
  // A word still being typed (a lone last letter) makes the query no whole title.
  if (!query.terms.length || query.terms.length !== query.wordCount) return new Set();
  let keys: string[][] = [[]];
  for (const alternatives of query.terms) {
    keys = keys
      .flatMap((key) => alternatives.map((term) => [...key, term]))
      .slice(0, MAX_WHOLE_TITLE_KEYS);
  }
  return new Set(keys.map(stemsKey));
}

/** The titles that start with the typed text, in order. */
function titlesStartingWith(snapshot: SearchSnapshot, typed: string): IndexedTitle[] {
  const { byPlain } = snapshot;
  const low = lowerBound(byPlain.length, (i) => (byPlain[i]?.plain ?? '') < typed);
  const found: IndexedTitle[] = [];
  for (let i = low; i < byPlain.length; i += 1) {
    const title = byPlain[i];
    if (!title?.plain.startsWith(typed)) break;
    found.push(title);
  }
  return found;
}

/**
 * Per occupation, its titles in the best tier below 2: the title is the query as typed or every
 * word of it matched (0), or it starts with the query as typed (1).
 */
function tieredTitles(snapshot: SearchSnapshot, query: ParsedQuery) {
  const tiers = new Map<string, { tier: number; titles: IndexedTitle[] }>();
  const offer = (title: IndexedTitle, tier: number) => {
    const seen = tiers.get(title.code);
    if (!seen || tier < seen.tier) tiers.set(title.code, { tier, titles: [title] });
    else if (tier === seen.tier) seen.titles.push(title);
  };
  for (const key of query.wholeKeys) {
    for (const title of snapshot.byStems.get(key) ?? []) offer(title, 0);
  }
  if (query.typed) {
    for (const title of titlesStartingWith(snapshot, query.typed)) {
      offer(title, title.plain === query.typed ? 0 : 1);
    }
  }
  return tiers;
}

/** Prefix words of the word being typed looked at, at most, for `titlesTogether`. */
const MAX_TYPED_FORMS = 50;

/**
 * The occupations with one title that has every query word (by stem), from the stems' title
 * lists: the engine matches words over all of an occupation's titles together.
 */
function titlesTogether(snapshot: SearchSnapshot, query: ParsedQuery): Set<string> | null {
  if (query.terms.length < 2) return null;
  // Per word the titles with one of its stems: the stem's own sorted list when it has one stem
  // (the usual case, no copy), a set when several.
  const perWord = query.terms.map((alternatives, i): readonly number[] | Set<number> => {
    const stems = new Set(alternatives.filter((term) => snapshot.titlesWithStem.has(term)));
    if (query.typing && i === query.terms.length - 1) {
      let forms = 0;
      for (const word of snapshot.words.atPrefix(query.typing).keys()) {
        if ((forms += 1) > MAX_TYPED_FORMS) break;
        const terms = termsOf(word);
        if (terms) stems.add(terms[1]);
      }
    }
    const lists = [...stems].map((stem) => snapshot.titlesWithStem.get(stem) ?? []);
    if (lists.length <= 1) return lists[0] ?? [];
    return new Set(lists.flat());
  });
  const sizeOf = (titles: readonly number[] | Set<number>) =>
    titles instanceof Set ? titles.size : titles.length;
  const [smallest, ...others] = perWord.sort((a, b) => sizeOf(a) - sizeOf(b));
  const codes = new Set<string>();
  for (const position of smallest ?? []) {
    if (others.every((titles) => hasPosition(titles, position))) {
      const title = snapshot.byPlain[position];
      if (title) codes.add(title.code);
    }
  }
  return codes;
}

function hasPosition(titles: readonly number[] | Set<number>, position: number): boolean {
  if (titles instanceof Set) return titles.has(position);
  return titles[lowerBound(titles.length, (i) => (titles[i] ?? 0) < position)] === position;
}

/** The first index in [0, length) for which `before` is false; `before` holds for a prefix. */
function lowerBound(length: number, before: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (before(mid)) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * One row per occupation, ranked: exact titles first (as typed, or every word of a title matched:
 * "sofware develper" is Software Developers), then a title starting with the query, then the
 * occupations with one title holding every word, then those with the words over several titles;
 * within a tier by relevance over all the occupation's titles (so of the occupations with
 * a "Truck Driver" title, the truck drivers' own comes first); ties by code, so pages never
 * overlap.
 */
function rank(
  snapshot: SearchSnapshot,
  query: ParsedQuery,
  keep: (occupation: IndexedOccupation) => boolean,
): Ranked[] {
  const tiers = tieredTitles(snapshot, query);
  const together = titlesTogether(snapshot, query);
  const ranked: Ranked[] = [];
  const add = (code: string, score: number, matched: readonly string[]) => {
    const occupation = snapshot.occupations.get(code);
    if (!occupation || !keep(occupation)) return;
    const tiered = tiers.get(code);
    ranked.push({
      occupation,
      tier: tiered?.tier ?? (!together || together.has(code) ? 2 : 3),
      score,
      matched,
      titles: tiered?.titles ?? [],
    });
  };
  const found = matchOccupations(snapshot, query);
  for (const [code, { score, terms }] of found) add(code, score, terms);
  // A title that starts with the typed text counts even when its words did not match (a
  // trailing stop word or a lone letter).
  for (const code of tiers.keys()) if (!found.has(code)) add(code, 0, []);
  return ranked.sort(
    (a, b) =>
      a.tier - b.tier ||
      b.score - a.score ||
      (a.occupation.code < b.occupation.code ? -1 : a.occupation.code > b.occupation.code ? 1 : 0),
  );
}

/** The primary title if it is one of these, else the shortest. */
function preferred(titles: readonly IndexedTitle[]): IndexedTitle | undefined {
  let best: IndexedTitle | undefined;
  for (const title of titles) {
    if (title.primary) return title;
    if (!best || title.title.length < best.title.length) best = title;
  }
  return best;
}

/**
 * The title to name for a ranked occupation: of its best tier, the primary title or else the
 * shortest; below, the one with most matched words, then the primary one, then the shorter.
 */
function matchedTitleOf(snapshot: SearchSnapshot, row: Ranked, query: ParsedQuery): string {
  if (row.titles.length) return preferred(row.titles)?.title ?? row.occupation.title;
  // Per query word the forms that may stand for it in a title: what it was looked up as (its
  // stem, which every form of the word in a title carries, comes first), and for the word being
  // typed the words of this occupation's titles that start with it.
  const { typing } = query;
  const needles = query.terms.map((alternatives, i) =>
    [
      ...alternatives,
      ...(typing && i === query.terms.length - 1
        ? row.matched.filter((term) => term.startsWith(typing) && !alternatives.includes(term))
        : []),
    ].map((term) => ` ${term} `),
  );
  const hitsOf = (title: IndexedTitle) => {
    let hits = 0;
    for (const forms of needles) {
      for (const form of forms) {
        if (title.terms.includes(form)) {
          hits += 1;
          break;
        }
      }
    }
    return hits;
  };
  const titles = snapshot.titlesOf.get(row.occupation.code) ?? [];
  const primary = titles.find((title) => title.primary);
  // The primary title with every word cannot be beaten (most occupations, for short queries).
  if (primary && hitsOf(primary) === needles.length) return primary.title;
  let best: { title: IndexedTitle; key: number } | undefined;
  for (const title of titles) {
    // One number orders them: more matched words, then primary, then shorter.
    const key =
      (MAX_WORDS - hitsOf(title)) * 10_000 +
      (title.primary ? 0 : 5_000) +
      Math.min(title.title.length, 4_999);
    if (!best || key < best.key) best = { title, key };
  }
  return best?.title.title ?? row.occupation.title;
}

function hit(occupation: IndexedOccupation, matchedTitle: string | null): TOccupationHit {
  return {
    code: occupation.code,
    title: occupation.title,
    summary: occupation.summary,
    jobZone: occupation.jobZone,
    interestCode: occupation.interestCode,
    source: occupation.source,
    matchedTitle,
  };
}

/** The attribution of the newest O*NET release among the occupations shown, if any. */
function attributionOf(
  snapshot: SearchSnapshot,
  shown: readonly IndexedOccupation[],
): TAttribution | null {
  const ids = shown.flatMap((o) => (o.source === 'onet' && o.releaseId ? [o.releaseId] : []));
  const newest = Math.max(0, ...ids);
  return snapshot.releases.get(newest) ?? null;
}

/**
 * Search by title and alternate titles, typos tolerated; without `q`, browse by title. Answered
 * from the process's in-memory index of the catalog (see occupation-search-index.ts).
 */
export async function searchOccupations(
  db: DbOrTx,
  query: TSearchOccupationsRequest,
): Promise<TSearchOccupationsResponse> {
  const snapshot = await searchSnapshot(db);
  const filter = keepOf(query);
  const parsed = query.q?.trim() ? parse(snapshot, query.q) : undefined;
  const rows = parsed ? rank(snapshot, parsed, filter) : undefined;
  const browse = rows ? [] : snapshot.byTitle.filter(filter);
  const total = rows ? rows.length : browse.length;
  const end = query.offset + query.limit;
  const items = rows
    ? rows
        .slice(query.offset, end)
        .map((row) => hit(row.occupation, matchedTitleOf(snapshot, row, parsed as ParsedQuery)))
    : browse.slice(query.offset, end).map((occupation) => hit(occupation, null));
  return {
    items,
    total,
    limit: query.limit,
    offset: query.offset,
    attribution: attributionOf(
      snapshot,
      items.flatMap((item) => snapshot.occupations.get(item.code) ?? []),
    ),
  };
}
