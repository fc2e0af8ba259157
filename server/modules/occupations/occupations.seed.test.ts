import { asc, eq } from 'drizzle-orm';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSeeds } from '../system/seed.service.js';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { occupationCatalogSeed } from './occupations.seed.js';
import {
  occupationRelated,
  occupationSkills,
  occupationTasks,
  occupations,
} from './occupations.tables.js';
import { catalogOccupation, writeCatalogDir } from './test/catalog-fixture.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const codes = ['99-0101.00', '99-0102.00', '99-0103.00'];

function catalog(title = 'Invented Catalog Role') {
  return codes.map((code, i) =>
    catalogOccupation(code, {
      title: `${title} ${i + 1}`,
      // 99-9999.00 is nowhere: the seed skips it.
      related: [...codes.filter((c) => c !== code), '99-9999.00'],
    }),
  );
}

describe('occupation catalog seed', () => {
  it('does nothing without a catalog folder', async () => {
    const step = occupationCatalogSeed(path.join(os.tmpdir(), 'careeros-no-such-folder'));
    expect(step.data).toEqual([]);
    const before = await t.platform.database.db.select().from(occupations);
    await t.platform.database.transaction((tx) => step.apply(tx));
    expect(await t.platform.database.db.select().from(occupations)).toEqual(before);
  });

  it('loads the catalog with skills resolved by slug and unknown related codes skipped', async () => {
    const { db } = t.platform.database;
    const ran = await runSeeds(t.platform.database, [
      occupationCatalogSeed(writeCatalogDir(catalog())),
    ]);
    expect(ran).toEqual(['catalog:occupations']);
    const [row] = await db
      .select()
      .from(occupations)
      .where(eq(occupations.code, codes[0] ?? ''));
    expect(row).toMatchObject({
      title: 'Invented Catalog Role 1',
      source: 'catalog',
      jobZone: 4,
      interestCode: 'ICA',
    });
    const skillRows = await db
      .select()
      .from(occupationSkills)
      .where(eq(occupationSkills.code, codes[0] ?? ''));
    expect(skillRows.filter((s) => s.kind === 'skill')).toHaveLength(8);
    expect(skillRows.filter((s) => s.kind === 'knowledge')).toHaveLength(4);
    expect(skillRows.filter((s) => s.kind === 'technology' && s.hot)).toHaveLength(1);
    const related = await db
      .select()
      .from(occupationRelated)
      .where(eq(occupationRelated.code, codes[0] ?? ''))
      .orderBy(asc(occupationRelated.rank));
    expect(related.map((r) => r.relatedCode)).toEqual([codes[1], codes[2]]);
    const tasks = await db
      .select()
      .from(occupationTasks)
      .where(eq(occupationTasks.code, codes[0] ?? ''));
    expect(tasks).toHaveLength(6);
  });

  it('does not overwrite occupations that came from an O*NET import', async () => {
    const { db } = t.platform.database;
    const onetCode = codes[1] ?? '';
    await db
      .update(occupations)
      .set({ source: 'onet', title: 'Imported Title' })
      .where(eq(occupations.code, onetCode));
    await runSeeds(t.platform.database, [
      occupationCatalogSeed(writeCatalogDir(catalog('Edited Role'))),
    ]);
    const rows = await db.select().from(occupations).orderBy(asc(occupations.code));
    const byCode = new Map(rows.map((r) => [r.code, r]));
    expect(byCode.get(onetCode)).toMatchObject({ source: 'onet', title: 'Imported Title' });
    expect(byCode.get(codes[0] ?? '')?.title).toBe('Edited Role 1');
    expect(byCode.get(codes[2] ?? '')?.title).toBe('Edited Role 3');
  });

  it('stops on a skill slug the taxonomy does not have', async () => {
    const bad = catalogOccupation('99-0104.00', {
      technology: [
        { skill: 'no-such-tool', hot: false },
        { skill: 'docker', hot: false },
        { skill: 'asana', hot: false },
      ],
    });
    const step = occupationCatalogSeed(writeCatalogDir([bad]));
    await expect(runSeeds(t.platform.database, [step])).rejects.toThrow('no-such-tool');
    const rows = await t.platform.database.db
      .select()
      .from(occupations)
      .where(eq(occupations.code, '99-0104.00'));
    expect(rows).toEqual([]);
  });
});
