import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgresServer, type PostgresServer } from '../../test/postgres-server.js';
import { openPostgres } from './postgres.js';

let server: PostgresServer;
beforeAll(async () => {
  server = await startPostgresServer();
});
afterAll(() => server.destroy());

const quiet = { warn: () => undefined };

describe('migrations on PostgreSQL', () => {
  it('run once when several instances start together', async () => {
    const instances = Array.from({ length: 4 }, () =>
      openPostgres({ url: server.url, poolSize: 2, logger: quiet }),
    );
    await Promise.all(instances.map((db) => db.migrate()));
    await Promise.all(instances.map((db) => db.close()));

    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    try {
      const applied = await client.query('select hash from drizzle.__drizzle_migrations');
      const hashes = applied.rows.map((r: { hash: string }) => r.hash);
      expect(hashes.length).toBeGreaterThan(0);
      expect(new Set(hashes).size).toBe(hashes.length);
      const table = await client.query("select to_regclass('public.skills') as t");
      expect(table.rows[0].t).toBe('skills');
    } finally {
      await client.end();
    }
  });
});
