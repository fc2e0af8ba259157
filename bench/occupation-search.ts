// Latency of occupation searches over the full O*NET release: ~2,000 distinct queries (alternate
// titles with a typo, common words, prefixes) straight through searchOccupations, no HTTP.
// `npx tsx bench/occupation-search.ts` runs it on embedded PGlite; add `--postgres` for a
// throwaway PostgreSQL server as well.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { sql } from 'drizzle-orm';
import { ZSearchOccupationsRequest } from '../contracts/occupations.js';
import { searchOccupations } from '../server/modules/occupations/occupation-search.js';
import { searchSnapshot } from '../server/modules/occupations/occupation-search-index.js';
import { importOnetRelease } from '../server/modules/occupations/onet-import/import-release.js';
import { runSeeds } from '../server/modules/system/seed.service.js';
import type { Database } from '../server/platform/db/index.js';
import { openPglite } from '../server/platform/db/pglite.js';
import { openPostgres } from '../server/platform/db/postgres.js';
import { seedSteps } from '../server/seeds.js';
import { startPostgresServer } from '../server/test/postgres-server.js';
import { percentile } from './percentile.js';

const root = path.resolve(import.meta.dirname, '..');
const releaseDir = path.resolve(root, '..', 'shared', 'data', 'onet');

export interface SearchLatency {
  queries: number;
  concurrency: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  slowest: { q: string; ms: number }[];
}

/** Small deterministic generator, so every run measures the same queries. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** One typo: a letter dropped, doubled, swapped with the next, or replaced. */
function withTypo(text: string, next: () => number): string {
  const letters = [...text].flatMap((c, i) => (/\p{L}/u.test(c) ? [i] : []));
  if (letters.length < 4) return text;
  const i = letters[Math.floor(next() * letters.length)] ?? 0;
  const kind = Math.floor(next() * 4);
  if (kind === 0) return text.slice(0, i) + text.slice(i + 1);
  if (kind === 1) return text.slice(0, i + 1) + text.slice(i);
  if (kind === 2 && i + 1 < text.length)
    return text.slice(0, i) + text[i + 1] + text[i] + text.slice(i + 2);
  const letter = String.fromCharCode(97 + Math.floor(next() * 26));
  return text.slice(0, i) + letter + text.slice(i + 1);
}

const COMMON = [
  'manager',
  'engineer',
  'techncian',
  'technician',
  'assistant',
  'operator',
  'nurse',
  'teacher',
  'sales',
  'analyst',
  'specialist',
  'supervisor',
  'worker',
  'clerk',
  'mechanic',
  'driver',
  'director',
  'officer',
  'designer',
  'developer',
  'inspector',
  'installer',
  'repairer',
  'helper',
  'manger',
  'enginer',
  'asistant',
  'oprator',
  'supervisr',
  'speciallist',
  'man',
  'eng',
  'tech',
  'software',
  'sofware develper',
  'registered nurse',
  'sales manager',
  'project manager',
  'machine operator',
  'truck driver',
  'data',
  'health',
  'care',
  'service',
  'production',
];

/** ~`count` distinct queries, mostly alternate titles with one typo, some common words. */
export async function benchQueries(database: Database, count = 2000): Promise<string[]> {
  const result = (await database.db.execute(
    sql`select title from occupation_titles where kind = 'alternate' order by id`,
  )) as unknown as { rows: { title: string }[] };
  const titles = result.rows.map((row) => row.title);
  const next = random(20261201);
  const queries = new Set(COMMON);
  while (queries.size < count && titles.length) {
    const title = titles[Math.floor(next() * titles.length)] ?? '';
    queries.add(withTypo(title, next).slice(0, 100));
  }
  return [...queries];
}

/** Runs the queries `concurrency` at a time; each latency is its own call's wall time. */
export async function measureSearch(
  database: Database,
  queries: readonly string[],
  concurrency: number,
): Promise<SearchLatency> {
  const times: { q: string; ms: number }[] = [];
  let nextIndex = 0;
  const worker = async () => {
    for (;;) {
      const q = queries[nextIndex++];
      if (q === undefined) return;
      const request = ZSearchOccupationsRequest.parse({ q });
      const started = performance.now();
      await searchOccupations(database.db, request);
      times.push({ q, ms: performance.now() - started });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const sorted = times.map((time) => time.ms).sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    queries: times.length,
    concurrency,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted.at(-1) ?? 0),
    slowest: [...times]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 8)
      .map((time) => ({ q: time.q, ms: round(time.ms) })),
  };
}

/** Imports the full release into a migrated, seeded database, then measures. */
export async function benchOccupationSearch(
  database: Database,
  options: { count?: number; concurrency?: number } = {},
): Promise<{ sequential: SearchLatency; concurrent: SearchLatency; buildMs: number }> {
  await database.migrate();
  await runSeeds(database, seedSteps());
  await importOnetRelease(database, releaseDir);
  const started = performance.now();
  await searchSnapshot(database.db);
  const buildMs = Math.round(performance.now() - started);
  const queries = await benchQueries(database, options.count ?? 2000);
  // Warm-up on other queries, so plans and caches settle without answering the measured ones.
  await measureSearch(
    database,
    COMMON.map((q) => `${q}s`),
    4,
  );
  const sequential = await measureSearch(database, queries, 1);
  // Different queries again (one typo more), so the concurrent run is not answered from pages
  // the sequential one just read any more than a first visit would be.
  const next = random(7);
  const concurrent = await measureSearch(
    database,
    queries.map((q) => withTypo(q, next).slice(0, 100)),
    options.concurrency ?? 20,
  );
  return { sequential, concurrent, buildMs };
}

function report(
  label: string,
  result: { sequential: SearchLatency; concurrent: SearchLatency; buildMs: number },
) {
  console.log(`${label}: the in-memory index built in ${result.buildMs} ms`);
  for (const run of [result.sequential, result.concurrent]) {
    console.log(
      `${label}, ${run.queries} queries, ${run.concurrency} at a time: ` +
        `p50 ${run.p50} ms, p95 ${run.p95} ms, p99 ${run.p99} ms, max ${run.max} ms`,
    );
    console.log(`  slowest: ${run.slowest.map((s) => `"${s.q}" ${s.ms} ms`).join(', ')}`);
  }
}

async function main() {
  const pglite = await openPglite({});
  try {
    report('PGlite', await benchOccupationSearch(pglite));
  } finally {
    await pglite.close();
  }
  if (process.argv.includes('--postgres')) {
    const server = await startPostgresServer();
    const postgres = openPostgres({ url: server.url, poolSize: 20, logger: console });
    try {
      report('PostgreSQL', await benchOccupationSearch(postgres));
    } finally {
      await postgres.close();
      await server.destroy();
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
