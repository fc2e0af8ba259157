import type { DbOrTx } from '../../platform/db/index.js';
import { listGoals } from './goals.service.js';

/** The user's goals with their milestones, for a data export. */
export async function exportGoals(db: DbOrTx, userId: string): Promise<unknown> {
  const goals = [];
  // Paged so an export holds every goal, however many there are.
  for (let offset = 0; ; offset += 100) {
    const page = await listGoals(db, userId, { limit: 100, offset });
    goals.push(...page.items);
    if (page.items.length < 100) break;
  }
  return goals;
}
