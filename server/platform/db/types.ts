import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { MaintenanceReport } from './pglite-maintenance.js';
import type * as schema from './schema.js';

export type Schema = typeof schema;

/** The driver-independent database handle services receive (PGlite or node-postgres). */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Either a database handle or an open transaction; services accept both. */
export type DbOrTx = Db | Tx;

export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
}

export interface Database {
  readonly driver: 'pglite' | 'postgres';
  readonly db: Db;
  /** Runs `fn` in one transaction; nested calls with a Tx join the outer transaction. */
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  /** Throws when the database cannot answer within `timeoutMs`. */
  ping(timeoutMs?: number): Promise<void>;
  migrate(): Promise<void>;
  poolStats(): PoolStats;
  /** Embedded only: statistics and dead rows, which PostgreSQL's autovacuum looks after. */
  readonly maintain?: () => Promise<MaintenanceReport>;
  close(): Promise<void>;
}
