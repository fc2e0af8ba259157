import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Database, DbOrTx } from '../../platform/db/index.js';
import { seedHistory } from './system.tables.js';

const SEED_LOCK_KEY = 7_274_201_116;

export interface SeedStep {
  name: string;
  /** The data the step loads; its checksum decides whether the step runs again. */
  data: unknown;
  apply(tx: DbOrTx): Promise<void>;
}

/**
 * Runs each step in its own transaction when its data changed since the last run; steps upsert,
 * so a run interrupted half-way is simply repeated. Returns the names of the steps that ran.
 */
export async function runSeeds(database: Database, steps: SeedStep[]): Promise<string[]> {
  const ran: string[] = [];
  for (const step of steps) {
    const checksum = createHash('sha256').update(JSON.stringify(step.data)).digest('hex');
    const applied = await database.transaction(async (tx) => {
      // Instances starting together seed one after the other, and the second finds it done.
      await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
      const [previous] = await tx.select().from(seedHistory).where(eq(seedHistory.name, step.name));
      if (previous?.checksum === checksum) return false;
      await step.apply(tx);
      await tx
        .insert(seedHistory)
        .values({ name: step.name, checksum })
        .onConflictDoUpdate({
          target: seedHistory.name,
          set: { checksum, appliedAt: new Date() },
        });
      return true;
    });
    if (applied) ran.push(step.name);
  }
  return ran;
}
