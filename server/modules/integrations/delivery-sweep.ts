import { and, asc, eq, inArray, lt, or } from 'drizzle-orm';
import type { TDeliveryStatus } from '../../../contracts/integrations.js';
import type { IntegrationsDeps } from './integrations.deps.js';
import { webhookDeliveries } from './integrations.tables.js';
import { enqueueDelivery } from './webhook-processing.js';

/** A delivery still `received` this long after it came missed its job (queueing failed). */
export const RECEIVED_GRACE_MS = 2 * 60_000;
/**
 * One still `failed` this long after it came lost its retries (the in-process queue keeps them
 * in memory, so a restart drops them); its retries take about 75 s at the default backoff.
 */
export const FAILED_GRACE_MS = 15 * 60_000;
const BATCH = 500;

/**
 * Queues again the deliveries whose job is gone, under the job id the first queueing used, so a
 * job that is still waiting is not queued twice. Returns how many it queued.
 */
export async function sweepStuckDeliveries(
  deps: Pick<IntegrationsDeps, 'database' | 'jobs' | 'now'>,
): Promise<number> {
  const now = deps.now().getTime();
  const status = webhookDeliveries.status;
  const receivedAt = webhookDeliveries.receivedAt;
  const stuck = await deps.database.db
    .select({ id: webhookDeliveries.id, attempts: webhookDeliveries.attempts })
    .from(webhookDeliveries)
    .where(
      and(
        inArray(status, ['received', 'failed']),
        or(
          and(eq(status, 'received'), lt(receivedAt, new Date(now - RECEIVED_GRACE_MS))),
          and(eq(status, 'failed'), lt(receivedAt, new Date(now - FAILED_GRACE_MS))),
        ),
      ),
    )
    .orderBy(asc(receivedAt))
    .limit(BATCH);
  for (const row of stuck) await enqueueDelivery(deps, row.id, row.attempts);
  return stuck.length;
}

/** Deliveries that are done with; the others stay in the log until they are. */
const finished: TDeliveryStatus[] = ['processed', 'ignored', 'rejected', 'dead'];

/**
 * Deletes finished deliveries older than the retention (their payloads would otherwise pile up
 * for ever), a batch at a time so a long backlog does not hold one long transaction. Returns how
 * many it deleted. The statistics then cover the retention period.
 */
export async function pruneDeliveries(
  deps: Pick<IntegrationsDeps, 'database' | 'now'>,
  retentionMs: number,
): Promise<number> {
  const before = new Date(deps.now().getTime() - retentionMs);
  const db = deps.database.db;
  let deleted = 0;
  for (;;) {
    const batch = db
      .select({ id: webhookDeliveries.id })
      .from(webhookDeliveries)
      .where(
        and(inArray(webhookDeliveries.status, finished), lt(webhookDeliveries.receivedAt, before)),
      )
      .limit(BATCH);
    const gone = await db
      .delete(webhookDeliveries)
      .where(inArray(webhookDeliveries.id, batch))
      .returning({ id: webhookDeliveries.id });
    deleted += gone.length;
    if (gone.length < BATCH) return deleted;
  }
}
