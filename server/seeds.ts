import { skillCatalogSeed } from './modules/skills/skills.catalog.js';
import type { SeedStep } from './modules/system/seed.service.js';

/** Built-in data loaded at start; each step runs again only when its data changed. */
export function seedSteps(): SeedStep[] {
  return [skillCatalogSeed()];
}
