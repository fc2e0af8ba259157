import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { migrateWithLock } from './migrate.js';
import * as schema from './schema.js';
import { withTimeout } from './timeout.js';
import type { Database, Db } from './types.js';

export interface PostgresOptions {
  url: string;
  poolSize: number;
  logger: { warn(obj: object, msg: string): void };
}

export function openPostgres(options: PostgresOptions): Database {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize,
    // Fail fast while the server is down so requests get a quick 503 instead of hanging.
    connectionTimeoutMillis: 1000,
    idleTimeoutMillis: 30_000,
    query_timeout: 30_000,
    application_name: 'careeros',
  });
  // An idle client losing its connection emits here; without a listener the process would crash.
  pool.on('error', (err) => options.logger.warn({ err }, 'idle database connection failed'));
  const nodePgDb = drizzle({ client: pool, schema, casing: 'snake_case' });
  const db = nodePgDb as unknown as Db;
  return {
    driver: 'postgres',
    db,
    transaction: (fn) => db.transaction(fn),
    async ping(timeoutMs = 1000) {
      await withTimeout(pool.query('select 1'), timeoutMs, 'database ping');
    },
    async migrate() {
      // The advisory lock is per session, so hold one client for lock, migration and unlock.
      const client = await pool.connect();
      try {
        const lockDb = drizzle({ client, schema, casing: 'snake_case' });
        await migrateWithLock(lockDb as unknown as Db, (config) => migrate(lockDb, config));
      } finally {
        client.release();
      }
    },
    poolStats: () => ({
      total: pool.totalCount,
      idle: pool.idleCount,
      waiting: pool.waitingCount,
    }),
    async close() {
      if (!pool.ended) await pool.end();
    },
  };
}
