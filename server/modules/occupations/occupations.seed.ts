import { existsSync } from 'node:fs';
import { and, eq, inArray } from 'drizzle-orm';
import type { TCatalogOccupation } from '../../../contracts/occupations.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { paths } from '../../platform/paths.js';
import { skills } from '../skills/skills.tables.js';
import type { SeedStep } from '../system/seed.service.js';
import { upsertOccupations, type OccupationRecord } from './occupation-store.js';
import { readOccupationCatalog } from './occupations.catalog.js';
import { occupations } from './occupations.tables.js';

async function skillIdsBySlug(tx: DbOrTx, slugs: string[]): Promise<Map<string, number>> {
  if (slugs.length === 0) return new Map();
  const rows = await tx
    .select({ id: skills.id, slug: skills.slug })
    .from(skills)
    .where(inArray(skills.slug, slugs));
  return new Map(rows.map((row) => [row.slug, row.id]));
}

function toRecord(o: TCatalogOccupation, ids: Map<string, number>): OccupationRecord {
  const id = (slug: string) => {
    const found = ids.get(slug);
    if (found === undefined) throw new Error(`Occupation ${o.code} names unknown skill "${slug}"`);
    return found;
  };
  return {
    code: o.code,
    title: o.title,
    description: o.description,
    jobZone: o.jobZone,
    interests: o.interests,
    education: o.education,
    alternateTitles: o.alternateTitles,
    tasks: o.tasks.map((statement) => ({ statement, core: true })),
    skills: [
      ...o.skills.map((s) => ({ ...s, skillId: id(s.skill), kind: 'skill' as const, hot: false })),
      ...o.knowledge.map((s) => ({
        ...s,
        skillId: id(s.skill),
        kind: 'knowledge' as const,
        hot: false,
      })),
      ...o.technology.map((s) => ({
        skillId: id(s.skill),
        kind: 'technology' as const,
        importance: null,
        level: null,
        hot: s.hot,
      })),
    ].map(({ skillId, kind, importance, level, hot }) => ({
      skillId,
      kind,
      importance,
      level,
      hot,
    })),
    related: o.related.map((code, index) => ({ code, rank: index + 1 })),
    source: 'catalog',
    releaseId: null,
  };
}

/** Writes the starter catalog, leaving alone every occupation an O*NET import brought in. */
export async function applyOccupationCatalog(
  tx: DbOrTx,
  catalog: readonly TCatalogOccupation[],
): Promise<void> {
  if (catalog.length === 0) return;
  const codes = catalog.map((o) => o.code);
  const imported = await tx
    .select({ code: occupations.code })
    .from(occupations)
    .where(and(inArray(occupations.code, codes), eq(occupations.source, 'onet')));
  const skip = new Set(imported.map((row) => row.code));
  const wanted = catalog.filter((o) => !skip.has(o.code));
  const slugs = wanted.flatMap((o) =>
    [...o.skills, ...o.knowledge, ...o.technology].map((ref) => ref.skill),
  );
  const ids = await skillIdsBySlug(tx, [...new Set(slugs)]);
  await upsertOccupations(
    tx,
    wanted.map((o) => toRecord(o, ids)),
  );
}

/** The starter occupations (data/catalog/occupations/); nothing to do while that folder is empty. */
export function occupationCatalogSeed(dir = paths.catalog('occupations')): SeedStep {
  const catalog = existsSync(dir) ? readOccupationCatalog(dir) : [];
  return {
    name: 'catalog:occupations',
    data: catalog,
    apply: (tx) => applyOccupationCatalog(tx, catalog),
  };
}
