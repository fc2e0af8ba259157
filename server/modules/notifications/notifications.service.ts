import { and, count, desc, eq, isNull } from 'drizzle-orm';
import type {
  TListNotificationsResponse,
  TNotification,
  TNotificationKind,
} from '../../../contracts/notifications.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { AppError } from '../../platform/http/app-error.js';
import { notifications } from './notifications.tables.js';

export interface NewNotification {
  userId: string;
  kind: TNotificationKind;
  title: string;
  body?: string | null;
  link?: string | null;
  data?: Record<string, unknown>;
  createdAt: Date;
}

type Row = typeof notifications.$inferSelect;

function toNotification(row: Row): TNotification {
  return {
    id: row.id,
    kind: row.kind as TNotificationKind,
    title: row.title,
    body: row.body,
    link: row.link,
    data: row.data,
    readAt: row.readAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Tells a user something. Call it in the transaction of the change, so both commit together. */
export async function notify(tx: DbOrTx, input: NewNotification): Promise<TNotification> {
  const [row] = await tx
    .insert(notifications)
    .values({
      userId: input.userId,
      kind: input.kind,
      title: input.title,
      body: input.body ?? null,
      link: input.link ?? null,
      data: input.data ?? {},
      createdAt: input.createdAt,
    })
    .returning();
  if (!row) throw new Error('notification not stored');
  return toNotification(row);
}

/** The user's notifications, newest first, with how many are unread. */
export async function listNotifications(
  db: DbOrTx,
  userId: string,
  query: { limit: number; offset: number; unread?: boolean | undefined },
): Promise<TListNotificationsResponse> {
  const mine = eq(notifications.userId, userId);
  const unreadOnly = and(mine, isNull(notifications.readAt));
  const where = query.unread ? unreadOnly : mine;
  const [rows, [total], [unread]] = await Promise.all([
    db
      .select()
      .from(notifications)
      .where(where)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(query.limit)
      .offset(query.offset),
    db.select({ n: count() }).from(notifications).where(where),
    db.select({ n: count() }).from(notifications).where(unreadOnly),
  ]);
  return {
    items: rows.map(toNotification),
    total: total?.n ?? 0,
    limit: query.limit,
    offset: query.offset,
    unreadCount: unread?.n ?? 0,
  };
}

/** Marks one of the user's notifications read (keeping the first time it was); 404 otherwise. */
export async function markNotificationRead(
  db: DbOrTx,
  userId: string,
  id: string,
  now: Date,
): Promise<TNotification> {
  const mine = and(eq(notifications.id, id), eq(notifications.userId, userId));
  const [updated] = await db
    .update(notifications)
    .set({ readAt: now })
    .where(and(mine, isNull(notifications.readAt)))
    .returning();
  if (updated) return toNotification(updated);
  const [existing] = await db.select().from(notifications).where(mine);
  if (!existing) throw AppError.notFound('Notification');
  return toNotification(existing);
}

/** Marks every unread notification of the user read; answers how many were. */
export async function markAllNotificationsRead(
  db: DbOrTx,
  userId: string,
  now: Date,
): Promise<{ marked: number }> {
  const marked = await db
    .update(notifications)
    .set({ readAt: now })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return { marked: marked.length };
}

/** Every notification of the user, for a data export. */
export async function exportNotifications(db: DbOrTx, userId: string): Promise<TNotification[]> {
  const rows = await db
    .select()
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id));
  return rows.map(toNotification);
}
