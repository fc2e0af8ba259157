import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/index.js';
import { privacyOf } from './profiles.service.js';
import { userProfiles } from './profiles.tables.js';

/** The user's profile for a data export: every field they gave, no internal storage keys. */
export async function exportProfile(db: DbOrTx, userId: string): Promise<unknown> {
  const [row] = await db.select().from(userProfiles).where(eq(userProfiles.userId, userId));
  if (!row) return null;
  const { avatarKey, avatarSmallKey: _small, userId: _id, ...fields } = row;
  return {
    ...fields,
    privacy: privacyOf(row),
    hasAvatar: avatarKey !== null,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Storage keys of the user's profile files (avatar renditions), to delete with the account. */
export async function profileFiles(db: DbOrTx, userId: string): Promise<string[]> {
  const [row] = await db
    .select({ avatarKey: userProfiles.avatarKey, avatarSmallKey: userProfiles.avatarSmallKey })
    .from(userProfiles)
    .where(eq(userProfiles.userId, userId));
  return [row?.avatarKey, row?.avatarSmallKey].filter((key): key is string => !!key);
}
