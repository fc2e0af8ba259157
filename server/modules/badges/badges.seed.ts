import { sql } from 'drizzle-orm';
import type { SeedStep } from '../system/seed.service.js';
import { badgeDefinitions } from './badge-definitions.js';
import { badges } from './badges.tables.js';

/**
 * Keeps the `badges` table in step with the definitions in code. A badge taken out of the code is
 * left in the table, so the badges people earned keep their row; it is no longer listed.
 */
export function badgeCatalogSeed(): SeedStep {
  return {
    name: 'catalog:badges',
    data: badgeDefinitions,
    async apply(tx) {
      await tx
        .insert(badges)
        .values(
          badgeDefinitions.map((b, position) => ({
            key: b.key,
            name: b.name,
            description: b.description,
            category: b.category,
            points: b.points,
            icon: b.icon,
            criteria: b.criterion,
            position,
          })),
        )
        .onConflictDoUpdate({
          target: badges.key,
          set: {
            name: sql`excluded.name`,
            description: sql`excluded.description`,
            category: sql`excluded.category`,
            points: sql`excluded.points`,
            icon: sql`excluded.icon`,
            criteria: sql`excluded.criteria`,
            position: sql`excluded.position`,
            updatedAt: sql`now()`,
          },
        });
    },
  };
}
