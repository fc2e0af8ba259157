import { and, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import {
  integrationPlatforms,
  type TDeliveryStatus,
  type TIntegrationPlatform,
  type TIntegrationStatsResponse,
  type TListDeliveriesResponse,
  type TWebhookDelivery,
  type TWebhookDeliveryDetail,
  type ZListDeliveriesRequest,
} from '../../../contracts/integrations.js';
import type { z } from 'zod';
import type { DbOrTx } from '../../platform/db/index.js';
import { AppError } from '../../platform/http/app-error.js';
import type { IntegrationsDeps } from './integrations.deps.js';
import { webhookDeliveries } from './integrations.tables.js';
import { enqueueDelivery } from './webhook-processing.js';

type DeliveryRow = typeof webhookDeliveries.$inferSelect;

function toDelivery(row: DeliveryRow): TWebhookDelivery {
  return {
    id: row.id,
    connectionId: row.connectionId,
    platform: row.platform as TIntegrationPlatform,
    deliveryId: row.deliveryId,
    eventType: row.eventType,
    status: row.status as TDeliveryStatus,
    error: row.error,
    attempts: row.attempts,
    receivedAt: row.receivedAt.toISOString(),
    processedAt: row.processedAt?.toISOString() ?? null,
  };
}

const listColumns = {
  id: webhookDeliveries.id,
  connectionId: webhookDeliveries.connectionId,
  userId: webhookDeliveries.userId,
  platform: webhookDeliveries.platform,
  deliveryId: webhookDeliveries.deliveryId,
  eventType: webhookDeliveries.eventType,
  status: webhookDeliveries.status,
  error: webhookDeliveries.error,
  attempts: webhookDeliveries.attempts,
  receivedAt: webhookDeliveries.receivedAt,
  processedAt: webhookDeliveries.processedAt,
};

/** The user's deliveries, newest first; payloads only in the detail view. */
export async function listDeliveries(
  db: DbOrTx,
  userId: string,
  query: z.output<typeof ZListDeliveriesRequest>,
): Promise<TListDeliveriesResponse> {
  const where = and(
    eq(webhookDeliveries.userId, userId),
    query.connection ? eq(webhookDeliveries.connectionId, query.connection) : undefined,
    query.status ? eq(webhookDeliveries.status, query.status) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select(listColumns)
      .from(webhookDeliveries)
      .where(where)
      .orderBy(desc(webhookDeliveries.receivedAt), desc(webhookDeliveries.id))
      .limit(query.limit)
      .offset(query.offset),
    db.select({ n: count() }).from(webhookDeliveries).where(where),
  ]);
  return {
    items: rows.map((row) => toDelivery({ ...row, payload: null, result: null })),
    total: total?.n ?? 0,
    limit: query.limit,
    offset: query.offset,
  };
}

async function ownDelivery(db: DbOrTx, userId: string, id: string): Promise<DeliveryRow> {
  const [row] = await db
    .select()
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.id, id), eq(webhookDeliveries.userId, userId)));
  if (!row) throw AppError.notFound('Delivery');
  return row;
}

export async function getDelivery(
  db: DbOrTx,
  userId: string,
  id: string,
): Promise<TWebhookDeliveryDetail> {
  const row = await ownDelivery(db, userId, id);
  return { ...toDelivery(row), payload: row.payload, result: row.result };
}

/** Queues a failed or dead delivery again; anything else is refused (409). */
export async function retryDelivery(
  deps: IntegrationsDeps,
  userId: string,
  id: string,
): Promise<TWebhookDeliveryDetail> {
  const db = deps.database.db;
  await ownDelivery(db, userId, id);
  const [row] = await db
    .update(webhookDeliveries)
    .set({ status: 'received', error: null })
    .where(
      and(
        eq(webhookDeliveries.id, id),
        eq(webhookDeliveries.userId, userId),
        inArray(webhookDeliveries.status, ['failed', 'dead']),
      ),
    )
    .returning();
  if (!row) throw new AppError('CONFLICT', 'Only failed or dead deliveries can be retried');
  await enqueueDelivery(deps, row.id, row.attempts);
  return { ...toDelivery(row), payload: row.payload, result: row.result };
}

const countOf = (status: TDeliveryStatus): SQL<number> =>
  sql<number>`count(*) filter (where ${webhookDeliveries.status} = ${status})::int`;

/** Per platform: how many deliveries arrived and became what, and how long processing takes. */
export async function deliveryStats(
  db: DbOrTx,
  userId: string,
): Promise<TIntegrationStatsResponse> {
  const rows = await db
    .select({
      platform: webhookDeliveries.platform,
      received: sql<number>`count(*)::int`,
      processed: countOf('processed'),
      ignored: countOf('ignored'),
      failed: countOf('failed'),
      dead: countOf('dead'),
      rejected: countOf('rejected'),
      lastReceivedAt: sql<string | null>`max(${webhookDeliveries.receivedAt})`,
      p50ProcessingMs: sql<number | null>`percentile_cont(0.5) within group (order by
        extract(epoch from ${webhookDeliveries.processedAt} - ${webhookDeliveries.receivedAt}) * 1000)
        filter (where ${webhookDeliveries.status} = 'processed')`,
    })
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.userId, userId))
    .groupBy(webhookDeliveries.platform);
  return {
    platforms: integrationPlatforms.map((platform) => {
      const row = rows.find((r) => r.platform === platform);
      return {
        platform,
        received: row?.received ?? 0,
        processed: row?.processed ?? 0,
        ignored: row?.ignored ?? 0,
        failed: row?.failed ?? 0,
        dead: row?.dead ?? 0,
        rejected: row?.rejected ?? 0,
        // Raw SQL results are not mapped by Drizzle: a timestamp string and a numeric.
        lastReceivedAt: row?.lastReceivedAt ? new Date(row.lastReceivedAt).toISOString() : null,
        p50ProcessingMs:
          row?.p50ProcessingMs == null ? null : Math.round(Number(row.p50ProcessingMs)),
      };
    }),
  };
}
