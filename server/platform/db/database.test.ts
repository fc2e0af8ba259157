import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skills } from '../../modules/skills/skills.tables.js';
import { runSeeds } from '../../modules/system/seed.service.js';
import { seedSteps } from '../../seeds.js';
import { buildTestApp, type TestApp } from '../../test/test-app.js';

// Runs on PGlite, and again on PostgreSQL in the scaled pass.
let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('database', () => {
  it('is migrated and seeded', async () => {
    const [row] = await t.platform.database.db.select({ n: count() }).from(skills);
    expect(row?.n).toBeGreaterThan(100);
  });

  it('seeding again changes nothing and reports nothing ran', async () => {
    const { database } = t.platform;
    const before = await database.db.select().from(skills).orderBy(skills.slug);
    expect(await runSeeds(database, seedSteps())).toEqual([]);
    const after = await database.db.select().from(skills).orderBy(skills.slug);
    expect(after).toEqual(before);
  });

  it('rolls a transaction back as a whole', async () => {
    const { database } = t.platform;
    await expect(
      database.transaction(async (tx) => {
        await tx.insert(skills).values({ slug: 'rollback-probe', name: 'Probe', category: 'tool' });
        await tx.update(skills).set({ name: 'Changed' }).where(eq(skills.slug, 'python'));
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    const probe = await database.db.select().from(skills).where(eq(skills.slug, 'rollback-probe'));
    expect(probe).toEqual([]);
    const [python] = await database.db.select().from(skills).where(eq(skills.slug, 'python'));
    expect(python?.name).toBe('Python');
  });

  it('commits a transaction and reports pool figures', async () => {
    const { database } = t.platform;
    await database.transaction((tx) =>
      tx.insert(skills).values({ slug: 'commit-probe', name: 'Probe', category: 'tool' }),
    );
    const rows = await database.db.select().from(skills).where(eq(skills.slug, 'commit-probe'));
    expect(rows).toHaveLength(1);
    expect(database.poolStats().total).toBeGreaterThanOrEqual(1);
  });
});
