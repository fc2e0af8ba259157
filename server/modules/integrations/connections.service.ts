import { randomUUID } from 'node:crypto';
import { and, count, desc, eq } from 'drizzle-orm';
import {
  integrationLimits,
  type TConnectionWithSecret,
  type TCreateConnectionRequest,
  type TIntegrationConnection,
  type TIntegrationPlatform,
  type TListConnectionsResponse,
  type TUpdateConnectionRequest,
} from '../../../contracts/integrations.js';
import type { TPageQuery } from '../../../contracts/pagination.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { decryptString, encryptString } from '../../platform/crypto/encryption.js';
import { randomToken } from '../../platform/crypto/tokens.js';
import { AppError } from '../../platform/http/app-error.js';
import type { IntegrationsDeps } from './integrations.deps.js';
import { integrationConnections } from './integrations.tables.js';

export type ConnectionRow = typeof integrationConnections.$inferSelect;

const defaultLabels: Record<TIntegrationPlatform, string> = {
  github: 'GitHub',
  generic: 'Course platform',
};

export function webhookPath(platform: string, id: string): string {
  return `/api/integrations/webhooks/${platform}/${id}`;
}

function toConnection(row: ConnectionRow, publicUrl: string): TIntegrationConnection {
  return {
    id: row.id,
    platform: row.platform as TIntegrationPlatform,
    label: row.label,
    repositories: row.settings.repositories ?? [],
    enabled: row.enabled,
    webhookUrl: `${publicUrl}${webhookPath(row.platform, row.id)}`,
    createdAt: row.createdAt.toISOString(),
    rotatedAt: row.rotatedAt?.toISOString() ?? null,
    lastDeliveryAt: row.lastDeliveryAt?.toISOString() ?? null,
  };
}

// The connection id is the AAD, so a sealed secret copied onto another row does not open.
const seal = (key: Buffer, id: string, secret: string) => encryptString(key, secret, id);
export const unsealSecret = (key: Buffer, row: ConnectionRow) =>
  decryptString(key, row.secretSealed, row.id);

function refuseRepositories(platform: string, repositories: unknown): void {
  if (platform !== 'github' && repositories !== undefined) {
    throw AppError.validation([
      { path: 'body.repositories', message: 'only GitHub connections accept repositories' },
    ]);
  }
}

/** Removes repeats (GitHub names ignore case), keeping the first spelling. */
function uniqueRepositories(names: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const name of names) if (!seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), name);
  return [...seen.values()];
}

async function ownRow(db: DbOrTx, userId: string, id: string): Promise<ConnectionRow> {
  const [row] = await db
    .select()
    .from(integrationConnections)
    .where(and(eq(integrationConnections.id, id), eq(integrationConnections.userId, userId)));
  if (!row) throw AppError.notFound('Connection');
  return row;
}

export async function findConnection(db: DbOrTx, id: string): Promise<ConnectionRow | undefined> {
  const [row] = await db
    .select()
    .from(integrationConnections)
    .where(eq(integrationConnections.id, id));
  return row;
}

export async function listConnections(
  deps: Pick<IntegrationsDeps, 'publicUrl'>,
  db: DbOrTx,
  userId: string,
  page: TPageQuery,
): Promise<TListConnectionsResponse> {
  const mine = eq(integrationConnections.userId, userId);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(integrationConnections)
      .where(mine)
      .orderBy(desc(integrationConnections.createdAt), desc(integrationConnections.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(integrationConnections).where(mine),
  ]);
  return {
    items: rows.map((row) => toConnection(row, deps.publicUrl)),
    total: total?.n ?? 0,
    limit: page.limit,
    offset: page.offset,
  };
}

export async function getConnection(
  deps: Pick<IntegrationsDeps, 'publicUrl'>,
  db: DbOrTx,
  userId: string,
  id: string,
): Promise<TIntegrationConnection> {
  return toConnection(await ownRow(db, userId, id), deps.publicUrl);
}

/** Creates a connection with a fresh secret, which is answered this once. */
export async function createConnection(
  deps: IntegrationsDeps,
  userId: string,
  body: TCreateConnectionRequest,
): Promise<TConnectionWithSecret> {
  refuseRepositories(body.platform, body.repositories);
  return deps.database.transaction(async (tx) => {
    // Lock the user's connections so two requests cannot both pass the count.
    await tx
      .select({ id: integrationConnections.id })
      .from(integrationConnections)
      .where(eq(integrationConnections.userId, userId))
      .for('update');
    const [existing] = await tx
      .select({ n: count() })
      .from(integrationConnections)
      .where(eq(integrationConnections.userId, userId));
    if ((existing?.n ?? 0) >= integrationLimits.connectionsPerUser) {
      throw new AppError(
        'CONFLICT',
        `At most ${integrationLimits.connectionsPerUser} connections; delete one first`,
      );
    }
    const id = randomUUID();
    const secret = randomToken(32);
    const [row] = await tx
      .insert(integrationConnections)
      .values({
        id,
        userId,
        platform: body.platform,
        label: body.label ?? defaultLabels[body.platform],
        secretSealed: seal(deps.encryptionKey, id, secret),
        settings:
          body.platform === 'github'
            ? { repositories: uniqueRepositories(body.repositories ?? []) }
            : {},
        createdAt: deps.now(),
      })
      .returning();
    if (!row) throw new Error('connection insert returned nothing');
    return { connection: toConnection(row, deps.publicUrl), secret };
  });
}

export async function updateConnection(
  deps: IntegrationsDeps,
  userId: string,
  id: string,
  body: TUpdateConnectionRequest,
): Promise<TIntegrationConnection> {
  const db = deps.database.db;
  const row = await ownRow(db, userId, id);
  refuseRepositories(row.platform, body.repositories);
  const [updated] = await db
    .update(integrationConnections)
    .set({
      ...(body.label !== undefined ? { label: body.label } : {}),
      ...(body.enabled !== undefined ? { enabled: body.enabled } : {}),
      ...(body.repositories !== undefined
        ? { settings: { ...row.settings, repositories: uniqueRepositories(body.repositories) } }
        : {}),
    })
    .where(eq(integrationConnections.id, id))
    .returning();
  if (!updated) throw AppError.notFound('Connection');
  return toConnection(updated, deps.publicUrl);
}

/** A new secret replaces the old one at once; deliveries signed with the old one are refused. */
export async function rotateSecret(
  deps: IntegrationsDeps,
  userId: string,
  id: string,
): Promise<TConnectionWithSecret> {
  const db = deps.database.db;
  await ownRow(db, userId, id);
  const secret = randomToken(32);
  const [row] = await db
    .update(integrationConnections)
    .set({ secretSealed: seal(deps.encryptionKey, id, secret), rotatedAt: deps.now() })
    .where(and(eq(integrationConnections.id, id), eq(integrationConnections.userId, userId)))
    .returning();
  if (!row) throw AppError.notFound('Connection');
  return { connection: toConnection(row, deps.publicUrl), secret };
}

/** Deletes the connection and, through the foreign key, its delivery log. */
export async function deleteConnection(db: DbOrTx, userId: string, id: string): Promise<void> {
  const deleted = await db
    .delete(integrationConnections)
    .where(and(eq(integrationConnections.id, id), eq(integrationConnections.userId, userId)))
    .returning({ id: integrationConnections.id });
  if (deleted.length === 0) throw AppError.notFound('Connection');
}
