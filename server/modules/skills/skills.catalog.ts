import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ZCatalogSkill, type TCatalogSkill } from '../../../contracts/skills.js';
import { paths } from '../../platform/paths.js';
import type { SeedStep } from '../system/seed.service.js';
import { upsertSkills } from './skills.service.js';

/** The authored starter taxonomy: every JSON file in data/catalog/skills/, in name order. */
export function readSkillCatalog(dir = paths.catalog('skills')): TCatalogSkill[] {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  const all: TCatalogSkill[] = [];
  for (const name of files) {
    const file = path.join(dir, name);
    const parsed = z.array(ZCatalogSkill).safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) {
      throw new Error(`${file} is not a valid skills catalog: ${z.prettifyError(parsed.error)}`);
    }
    all.push(...parsed.data);
  }
  return all;
}

export function skillCatalogSeed(): SeedStep {
  const catalog = readSkillCatalog();
  return { name: 'catalog:skills', data: catalog, apply: (tx) => upsertSkills(tx, catalog) };
}
