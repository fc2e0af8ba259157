import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../users/users.tables.js';

/** A user's webhook endpoint for one external platform (C8), with the secret that signs it. */
export const integrationConnections = pgTable(
  'integration_connections',
  {
    id: uuid().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** github or generic. */
    platform: text().notNull(),
    label: text().notNull(),
    /** The signing secret, sealed with the platform key and the connection id as AAD. */
    secretSealed: text().notNull(),
    /** Per platform; GitHub: { repositories: ["owner/name"] }, empty accepts any. */
    settings: jsonb().$type<{ repositories?: string[] }>().notNull().default({}),
    enabled: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    rotatedAt: timestamp({ withTimezone: true }),
    lastDeliveryAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('integration_connections_user_idx').on(t.userId, t.createdAt)],
);

/** Every delivery that reached the endpoint, rejections included: the webhook log. */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Null when no connection matched (unknown id); such rows belong to nobody. */
    connectionId: uuid().references(() => integrationConnections.id, { onDelete: 'cascade' }),
    /** The connection's owner, kept here so their list and stats need no join. */
    userId: uuid().references(() => users.id, { onDelete: 'cascade' }),
    platform: text().notNull(),
    deliveryId: text(),
    eventType: text(),
    /** The body as JSON when it parsed and was within the size cap. */
    payload: jsonb(),
    /** received, processed, ignored, failed, dead or rejected. */
    status: text().notNull(),
    error: text(),
    attempts: integer().notNull().default(0),
    receivedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    processedAt: timestamp({ withTimezone: true }),
    result: jsonb(),
  },
  (t) => [
    // Idempotency: one accepted delivery per sender id and connection. Rejections are left out,
    // so a forged request cannot claim a delivery id before the real one arrives.
    uniqueIndex('webhook_deliveries_connection_delivery_uq')
      .on(t.connectionId, t.deliveryId)
      .where(sql`${t.status} <> 'rejected'`),
    index('webhook_deliveries_user_received_idx').on(t.userId, t.receivedAt.desc()),
    index('webhook_deliveries_connection_received_idx').on(t.connectionId, t.receivedAt.desc()),
    index('webhook_deliveries_user_platform_status_idx').on(t.userId, t.platform, t.status),
    // Retention deletes by age; the sweep for lost jobs looks only at the few still waiting.
    index('webhook_deliveries_received_idx').on(t.receivedAt),
    index('webhook_deliveries_waiting_idx')
      .on(t.receivedAt)
      .where(sql`${t.status} in ('received', 'failed')`),
  ],
);
