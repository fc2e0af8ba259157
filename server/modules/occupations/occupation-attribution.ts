import { desc, inArray } from 'drizzle-orm';
import type { TAttribution } from '../../../contracts/occupations.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { onetReleases } from './occupations.tables.js';

/** The attribution O*NET's licence asks for, per release id (only the releases asked for). */
export async function attributionsFor(
  db: DbOrTx,
  releaseIds: readonly number[],
): Promise<Map<number, TAttribution>> {
  const ids = [...new Set(releaseIds)];
  const found = new Map<number, TAttribution>();
  if (ids.length === 0) return found;
  const rows = await db
    .select({
      id: onetReleases.id,
      version: onetReleases.version,
      attribution: onetReleases.attribution,
      licenseUrl: onetReleases.licenseUrl,
    })
    .from(onetReleases)
    .where(inArray(onetReleases.id, ids));
  for (const row of rows) {
    found.set(row.id, {
      release: row.version,
      text: row.attribution,
      licenseUrl: row.licenseUrl,
    });
  }
  return found;
}

/** The attribution of the most recently imported release, or null with only the starter catalog. */
export async function latestAttribution(db: DbOrTx): Promise<TAttribution | null> {
  const [row] = await db
    .select({
      version: onetReleases.version,
      attribution: onetReleases.attribution,
      licenseUrl: onetReleases.licenseUrl,
    })
    .from(onetReleases)
    .orderBy(desc(onetReleases.importedAt), desc(onetReleases.id))
    .limit(1);
  return row ? { release: row.version, text: row.attribution, licenseUrl: row.licenseUrl } : null;
}
