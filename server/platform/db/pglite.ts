import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { migrateWithLock } from './migrate.js';
import { lockDataDir } from './pglite-lock.js';
import { maintainPglite } from './pglite-maintenance.js';
import * as schema from './schema.js';
import type { Database, Db } from './types.js';
import { withTimeout } from './timeout.js';

export interface PgliteOptions {
  /** A folder for persistent data; omit for an in-memory database (tests). */
  dataDir?: string;
  /** A tarball made by `dumpDataDir`, to start from a migrated template (tests). */
  loadDataDir?: Blob | File;
}

export async function openPglite(options: PgliteOptions): Promise<Database> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const unlock = options.dataDir ? lockDataDir(options.dataDir) : () => undefined;
  let client: PGlite;
  try {
    client = await PGlite.create({
      dataDir: options.dataDir,
      loadDataDir: options.loadDataDir,
      extensions: { pg_trgm },
    });
  } catch (error) {
    unlock();
    throw error;
  }
  const pgliteDb = drizzle({ client, schema, casing: 'snake_case' });
  // PgliteDatabase is a PgDatabase; the cast drops only the driver-specific result type.
  const db = pgliteDb as unknown as Db;
  return {
    driver: 'pglite',
    db,
    transaction: (fn) => db.transaction(fn),
    async ping(timeoutMs = 1000) {
      await withTimeout(db.execute(sql`select 1`), timeoutMs, 'database ping');
    },
    migrate: () => migrateWithLock(db, (config) => migrate(pgliteDb, config)),
    poolStats: () => ({ total: 1, idle: 1, waiting: 0 }),
    maintain: () => maintainPglite(client),
    async close() {
      if (!client.closed) await client.close();
      unlock();
    },
  };
}

/** Serialises a database's files (used to clone a migrated template per test file). */
export async function dumpPglite(database: Database): Promise<Blob> {
  const client = (database.db as unknown as { $client: PGlite }).$client;
  return client.dumpDataDir('none');
}
