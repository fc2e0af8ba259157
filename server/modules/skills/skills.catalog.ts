import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ZSkill, type TSkill } from '../../../contracts/skills.js';
import { paths } from '../../platform/paths.js';
import type { SeedStep } from '../system/seed.service.js';
import { upsertSkills } from './skills.service.js';

/** The authored starter taxonomy shipped in data/catalog/skills.json. */
export function readSkillCatalog(file = paths.catalog('skills.json')): TSkill[] {
  const parsed = z.array(ZSkill).safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new Error(`${file} is not a valid skills catalog: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

export function skillCatalogSeed(): SeedStep {
  const catalog = readSkillCatalog();
  return { name: 'catalog:skills', data: catalog, apply: (tx) => upsertSkills(tx, catalog) };
}
