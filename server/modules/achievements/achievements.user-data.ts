import type { DbOrTx } from '../../platform/db/index.js';
import { listAllAchievements } from './achievement-reads.js';

/** The user's records with the skills each names, for a data export. */
export async function exportAchievements(db: DbOrTx, userId: string): Promise<unknown> {
  return listAllAchievements(db, userId);
}
