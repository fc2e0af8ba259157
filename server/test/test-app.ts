import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Logger } from 'pino';
import { inject } from 'vitest';
import { buildApp, type App, type AppOverrides } from '../app.js';
import { loadConfig, type Config } from '../config.js';
import { openPglite } from '../platform/db/pglite.js';
import type { Database } from '../platform/db/types.js';
import { createLogger } from '../platform/http/logger.js';
import { createPlatform, type Platform } from '../platform/platform.js';
import { createDatabaseFromTemplate, dropDatabase } from './postgres-admin.js';

export interface TestApp {
  app: App;
  platform: Platform;
  config: Readonly<Config>;
  close(): Promise<void>;
}

/** A fresh copy of the migrated, seeded template database: PGlite in memory, or PostgreSQL. */
export async function freshDatabase(): Promise<{
  database?: Database;
  url?: string;
  drop(): Promise<void>;
}> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const url = await createDatabaseFromTemplate(serverUrl);
    return { url, drop: () => dropDatabase(serverUrl, url) };
  }
  const template = new Blob([readFileSync(inject('pgliteTemplatePath'))]);
  const database = await openPglite({ loadDataDir: template });
  return { database, drop: async () => undefined };
}

/**
 * Waits (at most 10 s) for the platform's Redis clients to connect: until then the cache and the
 * rate limiter count in memory and /ready says 503, as a freshly started instance does, which
 * a test asserting on them would otherwise meet when the machine is busy.
 */
async function redisConnected(platform: Platform): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const cacheUp = await platform.cache.ping().then(
      () => true,
      () => false,
    );
    if (cacheUp && (platform.redis?.status ?? 'ready') === 'ready') return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Builds the whole app on fresh state, embedded by default; with DATABASE_URL / REDIS_URL in the
 * environment (the scaled test pass) it uses those servers instead.
 */
export async function buildTestApp(
  env: Record<string, string> = {},
  options: {
    extraRoutes?: (app: App) => void;
    logger?: Logger;
    now?: () => Date;
    /** Run background jobs (e.g. to find sent emails in the outbox). */
    startJobs?: boolean;
    /** Stand-ins for modules not merged yet, shorter job timings. */
    overrides?: AppOverrides;
  } = {},
): Promise<TestApp> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'careeros-test-'));
  const logger = options.logger ?? createLogger({ logLevel: 'silent', logPretty: false });
  const fresh = await freshDatabase();
  const config = loadConfig({
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    NODE_ENV: 'test',
    // Hundreds of sign-ups and logins: argon2 at production cost would be a large part of the run.
    PASSWORD_HASHING: 'test-minimal',
    // Test files share one Redis in the scaled pass; limits are tested where they are set low.
    RATE_LIMIT_PER_MINUTE: '100000',
    RATE_LIMIT_SCALE: '1000',
    REDIS_KEY_PREFIX: `careeros-test-${randomBytes(4).toString('hex')}:`,
    JWT_SECRET: randomBytes(32).toString('hex'),
    ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    ...(fresh.url ? { DATABASE_URL: fresh.url, DATABASE_POOL_SIZE: '4' } : {}),
    ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}),
    ...env,
  });
  const platform = await createPlatform(config, logger, {
    ...(fresh.database ? { database: fresh.database } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  if (config.redisUrl) await redisConnected(platform);
  const app = await buildApp(config, platform, options.overrides);
  options.extraRoutes?.(app);
  await app.ready();
  if (options.startJobs) await platform.jobs.start();
  return {
    app,
    platform,
    config,
    async close() {
      await app.close();
      await platform.close();
      await fresh.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
