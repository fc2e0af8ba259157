import { sql } from 'drizzle-orm';
import { EXPORT_FORMAT_VERSION, type TAccountExport } from '../../../contracts/privacy.js';
import type { Database, DbOrTx } from '../../platform/db/index.js';
import { AppError } from '../../platform/http/app-error.js';
import type { FileStorage } from '../../platform/storage/index.js';
import { exportAccount } from '../users/users.user-data.js';
import type { UserDataSection } from './user-data.js';

/** Links to files in an export work this long, enough to download them after the export. */
const FILE_LINK_SECONDS = 24 * 60 * 60;

export interface PrivacyDeps {
  database: Database;
  storage: FileStorage;
  /** Where the platform is reached, so file links in the export are absolute. */
  publicUrl: string;
  now: () => Date;
  /** The registry (`userDataSections`); tests add sections of their own. */
  sections: readonly UserDataSection[];
}

/** Storage keys of every section's files, with the section that owns each. */
export async function userFiles(
  db: DbOrTx,
  userId: string,
  sections: readonly UserDataSection[],
): Promise<{ section: string; key: string }[]> {
  const files = [];
  for (const section of sections) {
    for (const key of (await section.files?.(db, userId)) ?? []) {
      files.push({ section: section.name, key });
    }
  }
  return files;
}

/**
 * One JSON document with every record of the user. It is read in one repeatable-read
 * transaction, so all sections describe the same moment.
 */
export async function exportUserData(deps: PrivacyDeps, userId: string): Promise<TAccountExport> {
  return deps.database.transaction(async (tx) => {
    await tx.execute(sql`set transaction isolation level repeatable read, read only`);
    const account = await exportAccount(tx, userId);
    if (!account) throw AppError.notFound('User');
    const sections: Record<string, unknown> = {};
    // One after another: a transaction runs one statement at a time anyway.
    for (const section of deps.sections) sections[section.name] = await section.export(tx, userId);
    const files = [];
    for (const file of await userFiles(tx, userId, deps.sections)) {
      if (!(await deps.storage.exists(file.key))) continue;
      const link = deps.storage.downloadUrl(file.key, { expiresInSeconds: FILE_LINK_SECONDS });
      files.push({ ...file, downloadUrl: new URL(link, deps.publicUrl).toString() });
    }
    return {
      format: 'careeros-account-export',
      formatVersion: EXPORT_FORMAT_VERSION,
      exportedAt: deps.now().toISOString(),
      user: { id: account.id, username: account.username },
      // Dates and other values become JSON here, so the document is exactly what is sent.
      sections: JSON.parse(JSON.stringify(sections)) as Record<string, unknown>,
      files,
    };
  });
}
