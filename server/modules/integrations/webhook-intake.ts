import type { IncomingHttpHeaders } from 'node:http';
import { and, eq, sql } from 'drizzle-orm';
import type { TFieldError } from '../../../contracts/errors.js';
import {
  integrationLimits,
  ZGenericWebhookEvent,
  type TDeliveryStatus,
  type TIntegrationPlatform,
  type TWebhookAccepted,
} from '../../../contracts/integrations.js';
import type { ErrorCode } from '../../../contracts/errors.js';
import { AppError } from '../../platform/http/app-error.js';
import { findConnection, unsealSecret, type ConnectionRow } from './connections.service.js';
import type { IntegrationsDeps } from './integrations.deps.js';
import { integrationConnections, webhookDeliveries } from './integrations.tables.js';
import { genericSignature, githubSignature, signatureMatches } from './signatures.js';
import { enqueueDelivery } from './webhook-processing.js';

export interface IncomingDelivery {
  platform: TIntegrationPlatform;
  connectionId: string;
  headers: IncomingHttpHeaders;
  /** The body exactly as sent: signatures are over these bytes. */
  rawBody: Buffer;
}

export interface IntakeAnswer {
  statusCode: 200 | 202;
  body: TWebhookAccepted;
}

type LogBase = Pick<
  typeof webhookDeliveries.$inferInsert,
  'connectionId' | 'userId' | 'platform' | 'deliveryId' | 'eventType' | 'payload'
>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The names of each platform's headers: the event, the sender's delivery id, the signature. */
const headerNames = {
  github: {
    event: 'x-github-event',
    delivery: 'x-github-delivery',
    signature: 'x-hub-signature-256',
  },
  generic: {
    delivery: 'x-careeros-delivery',
    signature: 'x-careeros-signature',
    timestamp: 'x-careeros-timestamp',
  },
} as const;

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first?.trim() || undefined;
}

/** Logs the refusal with what is known of the delivery, then answers it; nothing else changes. */
async function reject(
  deps: IntegrationsDeps,
  base: LogBase,
  code: ErrorCode,
  message: string,
  details?: TFieldError[],
): Promise<never> {
  const detail = details?.map((d) => `${d.path}: ${d.message}`).join('; ');
  await deps.database.db.insert(webhookDeliveries).values({
    ...base,
    status: 'rejected',
    error: detail ? `${message} (${detail})` : message,
    receivedAt: deps.now(),
  });
  throw new AppError(code, message, details);
}

function requiredHeaders<K extends string>(
  headers: IncomingHttpHeaders,
  names: Record<K, string>,
): { values: Partial<Record<K, string>>; missing: TFieldError[] } {
  const values: Partial<Record<K, string>> = {};
  const missing: TFieldError[] = [];
  for (const [key, name] of Object.entries(names) as [K, string][]) {
    const value = header(headers, name);
    if (value === undefined) missing.push({ path: `headers.${name}`, message: 'is required' });
    else if (value.length > 200) missing.push({ path: `headers.${name}`, message: 'too long' });
    else values[key] = value;
  }
  return { values, missing };
}

function parseJson(raw: Buffer): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(raw.toString('utf8')) as unknown };
  } catch {
    return { ok: false };
  }
}

/**
 * Checks, logs and queues one delivery. GitHub signs no timestamp, so for GitHub a replay is
 * stopped by the signature plus the delivery id, which is accepted once per connection; generic
 * senders also sign the time, which must be within five minutes of ours.
 */
export async function receiveDelivery(
  deps: IntegrationsDeps,
  incoming: IncomingDelivery,
): Promise<IntakeAnswer> {
  const { platform, headers, rawBody } = incoming;
  const connection: ConnectionRow | undefined = UUID.test(incoming.connectionId)
    ? await findConnection(deps.database.db, incoming.connectionId)
    : undefined;
  const names = headerNames[platform];
  const sent = {
    deliveryId: header(headers, names.delivery)?.slice(0, 200) ?? null,
    eventType:
      platform === 'github'
        ? (header(headers, headerNames.github.event)?.slice(0, 100) ?? null)
        : null,
  };
  if (!connection || connection.platform !== platform) {
    return reject(
      deps,
      { connectionId: null, userId: null, platform, ...sent },
      'NOT_FOUND',
      'Connection not found',
    );
  }
  const base: LogBase = {
    connectionId: connection.id,
    userId: connection.userId,
    platform,
    ...sent,
  };
  const { values, missing } = requiredHeaders<string>(headers, names);
  if (missing.length > 0) {
    return reject(deps, base, 'VALIDATION_FAILED', 'Required webhook headers are missing', missing);
  }
  if (rawBody.length > integrationLimits.payloadBytes) {
    return reject(
      deps,
      base,
      'PAYLOAD_TOO_LARGE',
      `The body is over ${integrationLimits.payloadBytes} bytes`,
    );
  }
  if (!connection.enabled) return reject(deps, base, 'FORBIDDEN', 'The connection is disabled');

  const secret = unsealSecret(deps.encryptionKey, connection);
  const presented = values.signature ?? '';
  let timestamp: string | undefined;
  if (platform === 'github') {
    if (!signatureMatches(presented, githubSignature(secret, rawBody))) {
      return reject(deps, base, 'UNAUTHENTICATED', 'The signature does not match');
    }
  } else {
    timestamp = values.timestamp ?? '';
    if (!signatureMatches(presented, genericSignature(secret, timestamp, rawBody))) {
      return reject(deps, base, 'UNAUTHENTICATED', 'The signature does not match');
    }
    const skew = Math.abs(deps.now().getTime() / 1000 - Number(timestamp));
    if (!/^\d{1,12}$/.test(timestamp) || skew > integrationLimits.timestampToleranceSeconds) {
      return reject(deps, base, 'UNAUTHENTICATED', 'The timestamp is more than five minutes off');
    }
  }

  const json = parseJson(rawBody);
  if (!json.ok) return reject(deps, base, 'MALFORMED_JSON', 'The body is not valid JSON');
  const logged: LogBase = { ...base, payload: json.value };
  if (platform === 'generic') {
    const parsed = ZGenericWebhookEvent.safeParse(json.value);
    if (!parsed.success) {
      const details = parsed.error.issues.map((i) => ({
        path: ['body', ...i.path.map(String)].join('.'),
        message: i.message,
      }));
      return reject(deps, logged, 'VALIDATION_FAILED', 'The body is not a valid event', details);
    }
    logged.eventType = parsed.data.event;
  }
  return accept(deps, logged, connection.id, base.eventType === 'ping');
}

/** Logs an authentic delivery once per sender id; a ping is done on arrival, the rest queued. */
async function accept(
  deps: IntegrationsDeps,
  logged: LogBase,
  connectionId: string,
  ping: boolean,
): Promise<IntakeAnswer> {
  const db = deps.database.db;
  const now = deps.now();
  // One commit for the log row and the connection's last delivery time.
  const row = await deps.database.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(webhookDeliveries)
      .values({
        ...logged,
        receivedAt: now,
        ...(ping
          ? { status: 'processed', processedAt: now, result: { ping: true } }
          : { status: 'received' }),
      })
      // The partial unique index on (connection, delivery id) is the only one this can hit.
      .onConflictDoNothing()
      .returning({ id: webhookDeliveries.id, status: webhookDeliveries.status });
    if (inserted) {
      await tx
        .update(integrationConnections)
        .set({ lastDeliveryAt: now })
        .where(eq(integrationConnections.id, connectionId));
    }
    return inserted;
  });
  if (!row) {
    const [seen] = await db
      .select({ id: webhookDeliveries.id, status: webhookDeliveries.status })
      .from(webhookDeliveries)
      .where(
        and(
          eq(webhookDeliveries.connectionId, connectionId),
          eq(webhookDeliveries.deliveryId, logged.deliveryId ?? ''),
          sql`${webhookDeliveries.status} <> 'rejected'`,
        ),
      );
    if (!seen) throw new Error('a delivery conflicted but was not found');
    return {
      statusCode: 200,
      body: { id: seen.id, status: seen.status as TDeliveryStatus, duplicate: true },
    };
  }
  if (ping) return { statusCode: 200, body: { id: row.id, status: 'processed', duplicate: false } };
  await enqueueDelivery(deps, row.id, 0);
  return { statusCode: 202, body: { id: row.id, status: 'received', duplicate: false } };
}
