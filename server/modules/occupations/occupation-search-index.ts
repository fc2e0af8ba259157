import { LRUCache } from 'lru-cache';
import MiniSearch from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import { stemmer } from 'stemmer';
import { asc, count, max } from 'drizzle-orm';
import type { TAttribution } from '../../../contracts/occupations.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { attributionsFor } from './occupation-attribution.js';
import { summarise } from './occupation-summary.js';
import { occupations, occupationTitles } from './occupations.tables.js';

/** Terms whose matches a snapshot keeps (a few hundred bytes to a few kilobytes each). */
const WORD_HITS_KEPT = 10_000;

/** How often a process asks the database whether the catalog changed (another process imported). */
const VERSION_CHECK_MS = 10_000;

/** Words that say nothing about an occupation, dropped from titles and queries alike. */
const STOP_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or']);
STOP_WORDS.add('the').add('to').add('with');

export interface IndexedOccupation {
  code: string;
  title: string;
  summary: string;
  jobZone: number | null;
  interestCode: string;
  source: 'catalog' | 'onet';
  releaseId: number | null;
}

export interface IndexedTitle {
  code: string;
  title: string;
  /** The title lowercased, its words joined by single spaces, for exact and prefix tiers. */
  plain: string;
  /**
   * Per word (stop words left out) the word and its stem, either of which a query may match, in
   * one space-separated string with a space at each end (" registered regist nurses nurs "):
   * strings, not arrays, keep the heap small, and a term is found with `includes(" term ")`.
   */
  terms: string;
  /** The title's stems, sorted and space-joined: the whole-title key (see `stemsKey`). */
  key: string;
  primary: boolean;
}

/** The occupations matching one query word: code -> score and the index terms it matched. */
export type WordHits = Map<string, { score: number; terms: readonly string[] }>;

/** One process's copy of everything a search needs: no database round trip per search. */
export interface SearchSnapshot {
  version: string;
  occupations: Map<string, IndexedOccupation>;
  /** Every occupation, by lowercased title then code: the browse order. */
  byTitle: IndexedOccupation[];
  /** Each occupation's titles, the primary one first. */
  titlesOf: Map<string, IndexedTitle[]>;
  /** The titles per set of stems (sorted, space-joined), for whole-title matches. */
  byStems: Map<string, IndexedTitle[]>;
  /** Every title by `plain`, for finding the titles that start with a query. */
  byPlain: IndexedTitle[];
  /** Per stem, the positions in `byPlain` of the titles that have it, in order. */
  titlesWithStem: Map<string, number[]>;
  /** Every term the engine holds (words and stems), to choose which form of a query word to look up. */
  vocabulary: Set<string>;
  /** Every title word as written (lowercased), with how many titles have it: spelling corrections. */
  words: SearchableMap<number>;
  releases: Map<number, TAttribution>;
  /** One document per occupation: its primary title and its alternate titles. */
  engine: MiniSearch<OccupationDocument>;
  /** What each recently searched word matched (see occupation-search.ts). */
  wordHits: LRUCache<string, WordHits>;
  /** The corrections found for recently searched misspelt words. */
  corrections: LRUCache<string, string[]>;
}

interface OccupationDocument {
  id: string;
  title: string;
  alternates: string;
}

/** A title's or query's words: letters and digits only, lowercased. */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** A title word as the index holds it: the word and its stem ("nurses", "nurs"); stop words none. */
export function termsOf(word: string): [string, string] | null {
  const lower = word.toLowerCase();
  return STOP_WORDS.has(lower) ? null : [lower, stemmer(lower)];
}

/** The key of a set of stems, whatever their order ("nurs regist" for Registered Nurses). */
export function stemsKey(stems: readonly string[]): string {
  return [...stems].sort().join(' ');
}

async function readVersion(db: DbOrTx): Promise<string> {
  // Every write to an occupation (seed, import, update) sets updated_at; a delete changes the count.
  const [row] = await db.select({ n: count(), at: max(occupations.updatedAt) }).from(occupations);
  return `${row?.n ?? 0}:${row?.at?.toISOString() ?? ''}`;
}

async function loadSnapshot(db: DbOrTx): Promise<SearchSnapshot> {
  const version = await readVersion(db);
  const rows = await db
    .select({
      code: occupations.code,
      title: occupations.title,
      description: occupations.description,
      jobZone: occupations.jobZone,
      interestCode: occupations.interestCode,
      source: occupations.source,
      releaseId: occupations.releaseId,
    })
    .from(occupations);
  const titleRows = await db
    .select({
      code: occupationTitles.code,
      title: occupationTitles.title,
      kind: occupationTitles.kind,
    })
    .from(occupationTitles)
    .orderBy(asc(occupationTitles.id));
  const indexed = new Map<string, IndexedOccupation>();
  for (const row of rows) {
    indexed.set(row.code, {
      code: row.code,
      title: row.title,
      summary: summarise(row.description),
      jobZone: row.jobZone,
      interestCode: row.interestCode,
      source: row.source as IndexedOccupation['source'],
      releaseId: row.releaseId,
    });
  }
  const titlesOf = new Map<string, IndexedTitle[]>();
  for (const row of titleRows) {
    const list = titlesOf.get(row.code);
    if (!indexed.has(row.code)) continue;
    const words = wordsOf(row.title);
    const pairs = words.flatMap((word) => {
      const terms = termsOf(word);
      return terms ? [terms] : [];
    });
    const title: IndexedTitle = {
      code: row.code,
      title: row.title,
      plain: words.join(' '),
      terms: ` ${pairs.flat().join(' ')} `,
      key: stemsKey(pairs.map(([, stem]) => stem)),
      primary: row.kind === 'primary',
    };
    if (!list) titlesOf.set(row.code, [title]);
    else if (title.primary) list.unshift(title);
    else list.push(title);
  }
  const vocabulary = new Set<string>();
  const words = new SearchableMap<number>();
  for (const titles of titlesOf.values()) {
    for (const title of titles) {
      for (const word of title.terms
        .trim()
        .split(' ')
        .filter((_, i) => i % 2 === 0)) {
        if (word) words.update(word, (n = 0) => n + 1);
      }
    }
  }
  const engine = new MiniSearch<OccupationDocument>({
    fields: ['title', 'alternates'],
    tokenize: wordsOf,
    processTerm: (word) => {
      const terms = termsOf(word);
      terms?.forEach((term) => vocabulary.add(term));
      return terms ? [...new Set(terms)] : null;
    },
    searchOptions: { boost: { title: 2 } },
  });
  engine.addAll(
    [...titlesOf].map(([code, titles]) => ({
      id: code,
      title: titles.find((title) => title.primary)?.title ?? '',
      alternates: titles
        .filter((title) => !title.primary)
        .map((title) => title.title)
        .join(' | '),
    })),
  );
  const byTitle = [...indexed.values()].sort(
    (a, b) =>
      a.title.toLowerCase().localeCompare(b.title.toLowerCase()) || a.code.localeCompare(b.code),
  );
  const byStems = new Map<string, IndexedTitle[]>();
  for (const titles of titlesOf.values()) {
    for (const title of titles) {
      const same = byStems.get(title.key);
      if (same) same.push(title);
      else byStems.set(title.key, [title]);
    }
  }
  const byPlain = [...titlesOf.values()]
    .flat()
    .sort((a, b) => (a.plain < b.plain ? -1 : a.plain > b.plain ? 1 : 0));
  const titlesWithStem = new Map<string, number[]>();
  byPlain.forEach((title, position) => {
    for (const stem of new Set(title.key.split(' '))) {
      if (!stem) continue;
      const positions = titlesWithStem.get(stem);
      if (positions) positions.push(position);
      else titlesWithStem.set(stem, [position]);
    }
  });
  const releaseIds = byTitle.flatMap((o) => (o.releaseId ? [o.releaseId] : []));
  return {
    version,
    occupations: indexed,
    byTitle,
    titlesOf,
    byStems,
    byPlain,
    titlesWithStem,
    vocabulary,
    words,
    wordHits: new LRUCache({ max: WORD_HITS_KEPT }),
    corrections: new LRUCache({ max: WORD_HITS_KEPT }),
    releases: await attributionsFor(db, releaseIds),
    engine,
  };
}

interface Holder {
  snapshot?: SearchSnapshot;
  loading?: Promise<SearchSnapshot>;
  generation: number;
  checkedAt: number;
}

const holders = new WeakMap<object, Holder>();
/** Bumped when this process changes occupation data, so its next search reloads at once. */
let generation = 0;

/** Tells this process's search indexes that occupation data changed (seed, import, tests). */
export function occupationCatalogChanged(): void {
  generation += 1;
}

function reload(db: DbOrTx, holder: Holder): Promise<SearchSnapshot> {
  const started = generation;
  holder.loading ??= loadSnapshot(db)
    .then((snapshot) => {
      holder.snapshot = snapshot;
      holder.generation = started;
      holder.checkedAt = Date.now();
      return snapshot;
    })
    .finally(() => {
      holder.loading = undefined;
    });
  return holder.loading;
}

/**
 * Asks the database for the catalog's version and reloads when it changed (an import in another
 * process). Searches do this in the background every few seconds; tests await it.
 */
export async function checkSearchSnapshot(db: DbOrTx): Promise<void> {
  const holder = holders.get(db);
  if (!holder?.snapshot) return;
  holder.checkedAt = Date.now();
  const version = await readVersion(db);
  if (version !== holder.snapshot.version) await reload(db, holder);
}

/**
 * The search snapshot of this database. Occupation data changes only when the catalog is seeded
 * or a release imported, so a process keeps one copy in memory; every few seconds it asks the
 * database for the catalog's version and, when another process changed it, rebuilds while the
 * old copy keeps answering.
 */
export async function searchSnapshot(db: DbOrTx): Promise<SearchSnapshot> {
  const holder = holders.get(db) ?? { generation: -1, checkedAt: 0 };
  holders.set(db, holder);
  const current = holder.snapshot;
  if (!current || holder.generation !== generation) return reload(db, holder);
  if (Date.now() - holder.checkedAt > VERSION_CHECK_MS && !holder.loading) {
    // A failed check is tried again at the next interval.
    checkSearchSnapshot(db).catch(() => undefined);
  }
  return current;
}
