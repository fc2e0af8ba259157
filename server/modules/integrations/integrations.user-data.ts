import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/index.js';
import { integrationConnections, webhookDeliveries } from './integrations.tables.js';

/** The user's connections (never their secrets) and every delivery logged for them. */
export async function exportIntegrations(db: DbOrTx, userId: string): Promise<unknown> {
  const connections = await db
    .select({
      id: integrationConnections.id,
      platform: integrationConnections.platform,
      label: integrationConnections.label,
      settings: integrationConnections.settings,
      enabled: integrationConnections.enabled,
      createdAt: integrationConnections.createdAt,
      rotatedAt: integrationConnections.rotatedAt,
      lastDeliveryAt: integrationConnections.lastDeliveryAt,
    })
    .from(integrationConnections)
    .where(eq(integrationConnections.userId, userId))
    .orderBy(asc(integrationConnections.createdAt));
  const deliveries = await db
    .select()
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.userId, userId))
    .orderBy(asc(webhookDeliveries.receivedAt), asc(webhookDeliveries.id));
  return { connections, deliveries };
}
