import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite } from './pglite.js';
import type { MaintenanceReport } from './pglite-maintenance.js';
import type { Database } from './types.js';

// The embedded database alone (no app): maintenance works on any table it finds.
let database: Database;
beforeAll(async () => {
  database = await openPglite({});
  await database.db.execute(sql`create table probe (id serial primary key, n int not null)`);
  await database.db.execute(sql`create table quiet (id serial primary key)`);
  await database.db.execute(sql`insert into quiet default values`);
});
afterAll(() => database.close());

async function probeStats(db: Database = database) {
  const [row] = await db.db
    .select({
      reltuples: sql<number>`c.reltuples::float8`,
      dead: sql<number>`s.n_dead_tup::float8`,
    })
    .from(sql`pg_class c join pg_stat_user_tables s on s.relid = c.oid`)
    .where(sql`c.relname = 'probe'`);
  if (!row) throw new Error('probe table not found');
  return row;
}

async function maintain(): Promise<MaintenanceReport> {
  if (!database.maintain) throw new Error('the embedded database offers maintenance');
  return database.maintain();
}

describe('embedded database maintenance', () => {
  it('analyses a table that has changed, so the planner knows its size', async () => {
    await database.db.execute(sql`insert into probe (n) select g from generate_series(1, 2000) g`);
    expect((await probeStats()).reltuples).toBe(-1); // never analysed: the planner guesses
    const report = await maintain();
    expect(report.analyzed).toContain('public.probe');
    expect((await probeStats()).reltuples).toBe(2000);
  });

  it('leaves alone tables with few changes since their last analysis', async () => {
    await maintain(); // the first round also takes tables never analysed, such as "quiet"
    await database.db.execute(sql`update probe set n = n + 1 where id <= 10`);
    await database.db.execute(sql`insert into quiet default values`);
    expect(await maintain()).toEqual({ analyzed: [], vacuumed: [] });
  });

  it('vacuums a table with many dead rows', async () => {
    await database.db.execute(sql`delete from probe where id <= 1500`);
    const report = await maintain();
    expect(report.vacuumed).toEqual(['public.probe']);
    const after = await probeStats();
    expect(after.reltuples).toBe(500);
    expect(after.dead).toBe(0);
  });
});

describe('embedded database maintenance across openings', () => {
  it('analyses a table whose size changed while another process had the database', async () => {
    // The activity counters start from zero at each opening (an import runs as its own process).
    const dir = mkdtempSync(path.join(os.tmpdir(), 'careeros-maintenance-'));
    try {
      const open = () => openPglite({ dataDir: dir });
      let db = await open();
      await db.db.execute(sql`create table probe (id serial primary key, n int not null)`);
      await db.db.execute(sql`insert into probe (n) select g from generate_series(1, 1000) g`);
      expect((await db.maintain?.())?.analyzed).toContain('public.probe');
      await db.close();

      db = await open();
      await db.db.execute(sql`insert into probe (n) select g from generate_series(1, 9000) g`);
      await db.close();

      db = await open();
      expect((await probeStats(db)).reltuples).toBe(1000);
      expect((await db.maintain?.())?.analyzed).toEqual(['public.probe']);
      expect((await probeStats(db)).reltuples).toBe(10000);
      expect(await db.maintain?.()).toEqual({ analyzed: [], vacuumed: [] });
      await db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
