import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/index.js';

// One JSON parameter per statement: on PGlite this is many times faster than binding each value.
const BATCH_ROWS = 5000;

/** Column name -> SQL type, for jsonb_to_recordset. */
export type ColumnTypes = Record<string, string>;

/**
 * Inserts rows (keyed by column name) in batches, each sent as one jsonb array. `onConflict`
 * is appended to every statement, e.g. an ON CONFLICT ... DO UPDATE clause.
 */
export async function bulkInsert(
  tx: DbOrTx,
  table: string,
  columns: ColumnTypes,
  rows: readonly Record<string, unknown>[],
  options: { onConflict?: SQL; onProgress?: (rows: number) => void } = {},
): Promise<void> {
  const names = Object.keys(columns);
  const list = sql.raw(names.map((name) => `"${name}"`).join(', '));
  const record = sql.raw(names.map((name) => `"${name}" ${columns[name]}`).join(', '));
  for (let i = 0; i < rows.length; i += BATCH_ROWS) {
    const batch = rows.slice(i, i + BATCH_ROWS);
    await tx.execute(
      sql`insert into ${sql.identifier(table)} (${list})
        select ${list} from jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) as x(${record})
        ${options.onConflict ?? sql``}`,
    );
    options.onProgress?.(batch.length);
  }
}
