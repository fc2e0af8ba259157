import { badgeCatalogSeed } from './modules/badges/badges.seed.js';
import { occupationCatalogSeed } from './modules/occupations/occupations.seed.js';
import { skillCatalogSeed } from './modules/skills/skills.catalog.js';
import type { SeedStep } from './modules/system/seed.service.js';

/** Built-in data loaded at start; each step runs again only when its data changed. */
export function seedSteps(): SeedStep[] {
  // Occupations refer to skills, so the taxonomy comes first.
  return [skillCatalogSeed(), occupationCatalogSeed(), badgeCatalogSeed()];
}
