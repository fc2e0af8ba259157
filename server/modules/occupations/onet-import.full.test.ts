import { readFileSync } from 'node:fs';
import path from 'node:path';
import { and, countDistinct, count, eq, isNotNull } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../platform/paths.js';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { importOnetRelease, type ImportResult } from './onet-import/import-release.js';
import {
  occupationSkills,
  occupationTasks,
  occupations,
  onetReleases,
} from './occupations.tables.js';

// The full O*NET release kept next to the repository (see its SOURCE.md); never copied into it.
const releaseDir = path.resolve(repoRoot(), '..', 'shared', 'data', 'onet');
const sourceMd = readFileSync(path.join(releaseDir, 'SOURCE.md'), 'utf8');

/** "| Occupation Data.txt | 1,016 | ..." rows of SOURCE.md's file table. */
function fileRowCounts(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const match of sourceMd.matchAll(/^\| ([^|*]+\.txt) \| ([\d,]+) \|/gm)) {
    counts.set(match[1]?.trim() ?? '', Number(match[2]?.replace(/,/g, '')));
  }
  return counts;
}

/** "Occupations covered: Interests 923, Skills 879, ..." */
function coverage(name: string): number {
  const covered = /Occupations covered:([^]*?)\n\n/.exec(sourceMd)?.[1] ?? '';
  const match = new RegExp(`${name} (\\d+)`).exec(covered);
  if (!match?.[1]) throw new Error(`SOURCE.md gives no coverage for ${name}`);
  return Number(match[1]);
}

let t: TestApp;
let first: ImportResult;
beforeAll(async () => {
  t = await buildTestApp();
}, 120_000);
afterAll(() => t.close());

describe('the full O*NET release', () => {
  it('imports with every file read as SOURCE.md counts it', { timeout: 300_000 }, async () => {
    first = await importOnetRelease(t.platform.database, releaseDir);
    console.warn(
      `full O*NET ${first.version} import on ${t.platform.database.driver}: ${first.durationMs} ms`,
    );
    const expected = fileRowCounts();
    expect(expected.size).toBeGreaterThan(10);
    for (const [file, rows] of Object.entries(first.rowsRead)) {
      expect({ file, rows }).toEqual({ file, rows: expected.get(file) });
    }
    expect(first.occupations).toBe(expected.get('Occupation Data.txt'));
    expect(first.version).toBe('29.3');
  });

  it('stores every occupation with the coverage SOURCE.md reports', async () => {
    const { db } = t.platform.database;
    const expected = fileRowCounts();
    const [all] = await db
      .select({ n: count() })
      .from(occupations)
      .where(eq(occupations.source, 'onet'));
    expect(all?.n).toBe(expected.get('Occupation Data.txt'));
    const covered = async (column: PgColumn) =>
      (await db.select({ n: count() }).from(occupations).where(isNotNull(column)))[0]?.n;
    expect(await covered(occupations.interests)).toBe(coverage('Interests'));
    expect(await covered(occupations.jobZone)).toBe(coverage('Job Zones'));
    expect(await covered(occupations.education)).toBe(coverage('ETE'));
    const [tasks] = await db
      .select({ n: countDistinct(occupationTasks.code) })
      .from(occupationTasks);
    expect(tasks?.n).toBe(coverage('Task Statements'));
    const [taskRows] = await db.select({ n: count() }).from(occupationTasks);
    expect(taskRows?.n).toBe(expected.get('Task Statements.txt'));
    const kindCoverage = async (kind: string) =>
      (
        await db
          .select({ n: countDistinct(occupationSkills.code) })
          .from(occupationSkills)
          .where(eq(occupationSkills.kind, kind))
      )[0]?.n;
    expect(await kindCoverage('skill')).toBe(coverage('Skills'));
    expect(await kindCoverage('knowledge')).toBe(coverage('Knowledge'));
    expect(await kindCoverage('technology')).toBe(coverage('Technology Skills'));
    const [release] = await db.select().from(onetReleases).where(eq(onetReleases.version, '29.3'));
    expect(release?.attribution).toContain('O*NET 29.3 Database');
    expect(release?.attribution).toContain('has modified all or some of this information');
  });

  it('imports again to the same counts', { timeout: 300_000 }, async () => {
    const again = await importOnetRelease(t.platform.database, releaseDir);
    console.warn(`second import: ${again.durationMs} ms`);
    const { durationMs: _a, ...firstCounts } = first;
    const { durationMs: _b, ...againCounts } = again;
    expect(againCounts).toEqual({ ...firstCounts, skillsCreated: 0 });
    const [skills] = await t.platform.database.db
      .select({ n: count() })
      .from(occupationSkills)
      .where(and(eq(occupationSkills.kind, 'technology'), eq(occupationSkills.hot, true)));
    expect(skills?.n).toBeGreaterThan(0);
  });
});
