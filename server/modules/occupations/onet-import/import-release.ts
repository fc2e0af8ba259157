import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import type { Database } from '../../../platform/db/index.js';
import { upsertOccupations, type UpsertCounts } from '../occupation-store.js';
import { onetReleases } from '../occupations.tables.js';
import { onetAttribution, onetLicenseUrl } from './attribution.js';
import { mapRecords } from './map-records.js';
import { parseRelease } from './parse-release.js';
import { readSource } from './read-source.js';
import { resolveReleaseSkills } from './resolve-skills.js';

export type ImportProgress =
  { phase: 'read'; files: number } | { phase: 'write'; rows: number; total: number };

export interface ImportResult extends UpsertCounts {
  version: string;
  releaseId: number;
  /** Data rows read per file. */
  rowsRead: Record<string, number>;
  /** Taxonomy skills the import added. */
  skillsCreated: number;
  durationMs: number;
}

/**
 * Imports an O*NET text-database release (zip, folder or URL) in one transaction: everything is
 * read and checked first, so bad input stops with an OnetImportError and changes nothing.
 */
export async function importOnetRelease(
  database: Database,
  source: string,
  options: { onProgress?: (progress: ImportProgress) => void } = {},
): Promise<ImportResult> {
  const started = performance.now();
  const { onProgress } = options;
  const { origin, files } = await readSource(source);
  onProgress?.({ phase: 'read', files: files.size });
  const release = parseRelease(files);

  return database.transaction(async (tx) => {
    const [row] = await tx
      .insert(onetReleases)
      .values({
        version: release.version,
        origin,
        attribution: onetAttribution(release.version),
        licenseUrl: onetLicenseUrl,
        counts: release.counts,
      })
      .onConflictDoUpdate({
        target: onetReleases.version,
        set: {
          origin: sql`excluded.origin`,
          attribution: sql`excluded.attribution`,
          licenseUrl: sql`excluded.license_url`,
          counts: sql`excluded.counts`,
          importedAt: sql`now()`,
        },
      })
      .returning({ id: onetReleases.id });
    if (!row) throw new Error('the release row was not written');
    const ids = await resolveReleaseSkills(tx, release);
    const records = mapRecords(release, ids, row.id);
    const total = records.reduce(
      (sum, r) =>
        sum + 2 + r.alternateTitles.length + r.tasks.length + r.skills.length + r.related.length,
      0,
    );
    let rows = 0;
    const written = await upsertOccupations(tx, records, {
      onProgress: (n) => {
        rows += n;
        onProgress?.({ phase: 'write', rows, total });
      },
    });
    return {
      ...written,
      version: release.version,
      releaseId: row.id,
      rowsRead: release.counts,
      skillsCreated: ids.created,
      durationMs: Math.round(performance.now() - started),
    };
  });
}
