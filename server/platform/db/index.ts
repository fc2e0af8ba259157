import type { Config } from '../../config.js';
import { openPglite } from './pglite.js';
import { openPostgres } from './postgres.js';
import type { Database } from './types.js';

export type { Database, Db, DbOrTx, Tx } from './types.js';

/** PostgreSQL when DATABASE_URL is set, otherwise PGlite with files under DATA_DIR. */
export async function openDatabase(
  config: Pick<Config, 'database'>,
  logger: { warn(obj: object, msg: string): void },
): Promise<Database> {
  if (config.database.url) {
    return openPostgres({ url: config.database.url, poolSize: config.database.poolSize, logger });
  }
  return openPglite({ dataDir: config.database.pgliteDir });
}
