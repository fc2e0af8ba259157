// `npm run import:onet -- <zip | folder | URL>`: imports an O*NET text-database release.
// Embedded mode keeps the database in one process: stop the server first.
import cliProgress from 'cli-progress';
import { ConfigError, loadConfig } from '../server/config.js';
import { OnetImportError } from '../server/modules/occupations/onet-import/errors.js';
import {
  importOnetRelease,
  type ImportResult,
} from '../server/modules/occupations/onet-import/import-release.js';
import { OCCUPATIONS_CACHE_GROUP } from '../server/modules/occupations/occupation-search.js';
import { runSeeds } from '../server/modules/system/seed.service.js';
import { createCache, type Cache } from '../server/platform/cache/index.js';
import { openDatabase } from '../server/platform/db/index.js';
import { DataDirLockedError } from '../server/platform/db/pglite-lock.js';
import { createLogger } from '../server/platform/http/logger.js';
import { seedSteps } from '../server/seeds.js';

function summary(result: ImportResult): string {
  const rows: [string, number][] = [
    ...Object.entries(result.rowsRead).map(([file, n]): [string, number] => [`read: ${file}`, n]),
    ['written: occupations', result.occupations],
    ['written: titles (primary and alternate)', result.titles],
    ['written: tasks', result.tasks],
    ['written: skills, knowledge and technology', result.skills],
    ['written: related occupations', result.related],
    ['taxonomy skills added', result.skillsCreated],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const lines = rows.map(([label, n]) => `  ${label.padEnd(width)}  ${n.toLocaleString('en')}`);
  return [
    `O*NET ${result.version} imported in ${(result.durationMs / 1000).toFixed(1)} s.`,
    ...lines,
  ].join('\n');
}

/** The cache serves from memory until Redis is ready; wait a few seconds for it. */
async function connected(cache: Cache): Promise<boolean> {
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      await cache.ping();
      return true;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return false;
}

const source = process.argv[2];
if (!source || process.argv.length > 3) {
  console.error('usage: npm run import:onet -- <release zip | folder | https URL of a zip>');
  process.exit(2);
}

let exitCode = 0;
try {
  const config = loadConfig();
  const database = await openDatabase(config, createLogger({ logLevel: 'warn', logPretty: false }));
  const bars = new cliProgress.MultiBar(
    {
      stream: process.stderr,
      format: '{label} [{bar}] {value}/{total}',
      noTTYOutput: true,
      hideCursor: true,
      clearOnComplete: false,
    },
    cliProgress.Presets.shades_classic,
  );
  try {
    await database.migrate();
    await runSeeds(database, seedSteps());
    let written: cliProgress.SingleBar | undefined;
    const result = await importOnetRelease(database, source, {
      onProgress: (progress) => {
        if (progress.phase === 'read') {
          bars.create(progress.files, progress.files, { label: 'files read  ' });
        } else {
          written ??= bars.create(progress.total, 0, { label: 'rows written' });
          written.setTotal(Math.max(progress.total, progress.rows));
          written.update(progress.rows);
        }
      },
    });
    // The estimate counted duplicates the store drops; end the bar on what was written.
    const total =
      result.occupations + result.titles + result.tasks + result.skills + result.related;
    written?.setTotal(total);
    written?.update(total);
    bars.stop();
    console.warn(summary(result));
    if (config.redisUrl) {
      // Running instances share Redis: drop their cached searches and taxonomy pages now.
      const cache = createCache({
        redisUrl: config.redisUrl,
        keyPrefix: config.redisKeyPrefix,
        logger: createLogger({ logLevel: 'warn', logPretty: false }),
      });
      if (await connected(cache)) {
        await cache.invalidateGroup(OCCUPATIONS_CACHE_GROUP);
        await cache.invalidateGroup('catalog:skills');
      } else {
        console.warn('Redis did not answer: cached search results expire within five minutes.');
      }
      await cache.close();
    }
  } finally {
    bars.stop();
    await database.close();
  }
} catch (error) {
  if (
    error instanceof OnetImportError ||
    error instanceof DataDirLockedError ||
    error instanceof ConfigError
  ) {
    console.error(`Import stopped, nothing was changed. ${error.message}`);
    exitCode = 1;
  } else {
    throw error;
  }
}
process.exit(exitCode);
