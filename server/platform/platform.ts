import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { TSystemInfoResponse } from '../../contracts/system.js';
import type { Config } from '../config.js';
import { createCache, type Cache } from './cache/index.js';
import { openDatabase, type Database } from './db/index.js';
import { createDomainEvents, type DomainEvents } from './events/domain-events.js';
import { createJobQueue, type JobQueue } from './jobs/index.js';
import { createMailer, registerMailJobs, type Mailer } from './mail/index.js';
import { repoRoot } from './paths.js';
import { loadSecrets, type Secrets } from './secrets.js';
import { createLocalStorage, type FileStorage } from './storage/index.js';

/** Everything a module may depend on, each adapter embedded or scaled according to the config. */
export interface Platform {
  logger: Logger;
  version: string;
  database: Database;
  cache: Cache;
  jobs: JobQueue;
  mailer: Mailer;
  storage: FileStorage;
  secrets: Secrets;
  /** In-process domain events, handled inside the emitting transaction. */
  events: DomainEvents;
  /** A Redis connection for the rate limiter, when REDIS_URL is set. */
  redis?: Redis;
  info: TSystemInfoResponse;
  /** The clock services read; tests replace it. */
  now: () => Date;
  close(): Promise<void>;
}

export function readVersion(): string {
  const pkg = JSON.parse(readFileSync(path.join(repoRoot(), 'package.json'), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

/** Overrides let tests swap in an already opened database (a cloned template). */
export async function createPlatform(
  config: Readonly<Config>,
  logger: Logger,
  overrides: { database?: Database; now?: () => Date } = {},
): Promise<Platform> {
  const secrets = loadSecrets(config);
  const database = overrides.database ?? (await openDatabase(config, logger));
  const cache = createCache({
    redisUrl: config.redisUrl,
    keyPrefix: config.redisKeyPrefix,
    logger,
  });
  const jobs = createJobQueue({
    redisUrl: config.redisUrl,
    prefix: `${config.redisKeyPrefix}jobs`,
    logger,
  });
  const mailer = createMailer({ ...config.mail, logger });
  registerMailJobs(jobs, mailer);
  const storage = createLocalStorage({
    rootDir: config.storageDir,
    signingKey: secrets.encryptionKey,
    publicPath: '/api/files',
  });
  const redis = config.redisUrl
    ? new Redis(config.redisUrl, {
        // Fail fast while Redis is down so the rate limiter falls back to memory at once.
        enableOfflineQueue: false,
        maxRetriesPerRequest: 0,
        commandTimeout: 500,
        connectTimeout: 1000,
        retryStrategy: (times) => Math.min(times * 200, 2000),
        lazyConnect: false,
      })
    : undefined;
  redis?.on('error', (err) => logger.debug({ err }, 'rate limiter Redis connection error'));

  return {
    logger,
    version: readVersion(),
    database,
    cache,
    jobs,
    mailer,
    storage,
    secrets,
    events: createDomainEvents(),
    redis,
    now: overrides.now ?? (() => new Date()),
    info: {
      name: 'CareerOS',
      version: readVersion(),
      mode: {
        database: database.driver === 'pglite' ? 'embedded' : 'postgres',
        cache: config.redisUrl ? 'redis' : 'memory',
        jobs: jobs.backend,
        mail: mailer.transport,
        storage: storage.backend,
      },
    },
    async close() {
      // Jobs first (they may use everything else), the database last.
      await jobs.close();
      mailer.close();
      await cache.close();
      redis?.disconnect();
      await database.close();
    },
  };
}
