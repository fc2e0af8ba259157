/** What one round of maintenance did: the tables it analysed, and those it vacuumed too. */
export interface MaintenanceReport {
  analyzed: string[];
  vacuumed: string[];
}

/** The part of a PGlite client maintenance uses. */
export interface MaintenanceClient {
  query<T>(sql: string): Promise<{ rows: T[] }>;
  exec(sql: string): Promise<unknown>;
}

interface TableActivity {
  name: string;
  live: number;
  dead: number;
  modified: number;
  /** The planner's row count, -1 until first analysed. */
  estimated: number;
  pagesThen: number;
  pagesNow: number;
}

// PostgreSQL's own autovacuum thresholds (base plus a fraction of the table's rows).
const ANALYZE_BASE = 50;
const ANALYZE_SCALE = 0.1;
const VACUUM_BASE = 50;
const VACUUM_SCALE = 0.2;
// The activity counters start from zero each time the database is opened, so a table whose size
// moved this much since its last analysis (an import by the command line, say) is analysed too.
const PAGES_BASE = 1;
const PAGES_SCALE = 0.2;

/**
 * PGlite runs no autovacuum (it has no background workers), so without this the embedded
 * database never gathers planner statistics and keeps dead rows: the planner then guesses one row
 * per table and picks nested loops that grow with the square of a user's records. This does what
 * autovacuum would, with its thresholds, one table per statement so requests interleave.
 */
export async function maintainPglite(client: MaintenanceClient): Promise<MaintenanceReport> {
  // Counters reach the statistics views only when a transaction ends after a forced flush.
  await client.exec('select pg_stat_force_next_flush()');
  await client.exec('select 1');
  const { rows } = await client.query<TableActivity>(
    `select format('%I.%I', s.schemaname, s.relname) as name, s.n_live_tup::float8 as live,
            s.n_dead_tup::float8 as dead, s.n_mod_since_analyze::float8 as modified,
            c.reltuples::float8 as estimated, c.relpages::float8 as "pagesThen",
            (pg_relation_size(c.oid) / current_setting('block_size')::int)::float8 as "pagesNow"
       from pg_stat_user_tables s join pg_class c on c.oid = s.relid
      order by s.relname`,
  );
  const report: MaintenanceReport = { analyzed: [], vacuumed: [] };
  for (const table of rows) {
    const vacuum = table.dead > VACUUM_BASE + VACUUM_SCALE * table.live;
    const analyze =
      table.modified > ANALYZE_BASE + ANALYZE_SCALE * table.live ||
      (table.estimated < 0 && table.pagesNow > 0) ||
      Math.abs(table.pagesNow - table.pagesThen) > PAGES_BASE + PAGES_SCALE * table.pagesThen;
    if (!vacuum && !analyze) continue;
    await client.exec(vacuum ? `vacuum (analyze) ${table.name}` : `analyze ${table.name}`);
    report.analyzed.push(table.name);
    if (vacuum) report.vacuumed.push(table.name);
  }
  return report;
}
