import { eq, sql } from 'drizzle-orm';
import { AppError, isAppError } from '../../platform/http/app-error.js';
import { PermanentJobError, type JobContext } from '../../platform/jobs/index.js';
import { findConnection, type ConnectionRow } from './connections.service.js';
import { mapGenericEvent } from './generic-events.js';
import { mapGitHubEvent } from './github-events.js';
import type { IntegrationsDeps } from './integrations.deps.js';
import { webhookDeliveries } from './integrations.tables.js';
import type { MappedDelivery } from './mapped-delivery.js';

export const WEBHOOK_JOB = 'integrations.webhook';

export interface WebhookJobOptions {
  /** Tries per delivery, the first included. */
  attempts: number;
  /** Delay before retry n is backoffMs * 2^(n-1). */
  backoffMs: number;
}

export const webhookJobDefaults: WebhookJobOptions = { attempts: 5, backoffMs: 5_000 };

type DeliveryRow = typeof webhookDeliveries.$inferSelect;

/** `run` tells retries of the same delivery apart (a manual retry queues a new job). */
export async function enqueueDelivery(
  deps: Pick<IntegrationsDeps, 'jobs'>,
  deliveryId: string,
  run: number,
): Promise<void> {
  await deps.jobs.enqueue(WEBHOOK_JOB, { deliveryId }, { jobId: `webhook-${deliveryId}-${run}` });
}

function mapDelivery(row: DeliveryRow, connection: ConnectionRow): MappedDelivery {
  if (row.platform === 'github') {
    return mapGitHubEvent(row.eventType ?? '', row.payload, connection.settings.repositories ?? []);
  }
  return mapGenericEvent(connection.id, row.payload, row.receivedAt);
}

function describe(err: unknown): string {
  if (isAppError(err) && err.details?.length) {
    return `${err.message}: ${err.details.map((d) => `${d.path} ${d.message}`).join('; ')}`;
  }
  return err instanceof Error ? err.message : String(err);
}

/**
 * Turns one logged delivery into an achievement (or marks it ignored). The write and the status
 * change share a transaction, so a delivery is never half done; a failure leaves it `failed`
 * for the next try, or `dead` after the last one or when it can never work.
 */
export async function processDelivery(
  deps: IntegrationsDeps,
  deliveryId: string,
  ctx: Pick<JobContext, 'attempt'>,
  options: WebhookJobOptions,
): Promise<void> {
  const db = deps.database.db;
  const [row] = await db
    .select()
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.id, deliveryId));
  const connection = row?.connectionId ? await findConnection(db, row.connectionId) : undefined;
  // Deleted with its connection meanwhile, or already done by an earlier run.
  if (!row || !connection || (row.status !== 'received' && row.status !== 'failed')) return;
  const attempts = sql`${webhookDeliveries.attempts} + 1`;
  try {
    const mapped = mapDelivery(row, connection);
    await deps.database.transaction(async (tx) => {
      const done =
        mapped.kind === 'ignore'
          ? { status: 'ignored', result: { reason: mapped.reason } }
          : {
              status: 'processed',
              result: {
                externalRef: mapped.request.externalRef,
                ...(await deps.applyAchievement(tx, connection.userId, mapped.request)),
              },
            };
      await tx
        .update(webhookDeliveries)
        .set({ ...done, error: null, attempts, processedAt: deps.now() })
        .where(eq(webhookDeliveries.id, deliveryId));
    });
  } catch (err) {
    // Refused input (a 4xx from the achievements module) is as permanent as a bad payload.
    const permanent =
      err instanceof PermanentJobError || (err instanceof AppError && err.status < 500);
    const dead = permanent || ctx.attempt >= options.attempts;
    await db
      .update(webhookDeliveries)
      .set({ status: dead ? 'dead' : 'failed', error: describe(err).slice(0, 2000), attempts })
      .where(eq(webhookDeliveries.id, deliveryId));
    throw permanent && !(err instanceof PermanentJobError)
      ? new PermanentJobError(describe(err), { cause: err })
      : err;
  }
}

export function registerWebhookJob(deps: IntegrationsDeps, options: WebhookJobOptions): void {
  deps.jobs.register<{ deliveryId: string }>(
    WEBHOOK_JOB,
    (payload, ctx) => processDelivery(deps, payload.deliveryId, ctx, options),
    { ...options, concurrency: 4 },
  );
}
