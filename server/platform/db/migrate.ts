import { sql } from 'drizzle-orm';
import type { MigrationConfig } from 'drizzle-orm/migrator';
import { paths } from '../paths.js';
import type { Db } from './types.js';

// Arbitrary constant shared by every CareerOS instance so only one migrates at a time.
const MIGRATION_LOCK_KEY = 7_274_201_115;

/**
 * Applies pending migrations while holding a session-level advisory lock on `lockDb`'s single
 * connection: instances starting together wait for the first one, then find nothing to do.
 */
export async function migrateWithLock(
  lockDb: Db,
  run: (config: MigrationConfig) => Promise<void>,
): Promise<void> {
  await lockDb.execute(sql`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`);
  try {
    await run({ migrationsFolder: paths.migrations(), migrationsSchema: 'drizzle' });
  } finally {
    await lockDb.execute(sql`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`);
  }
}
