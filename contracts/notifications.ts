import { z } from 'zod';
import { ZPage, ZPageQuery } from './pagination.js';

/** What a notification is about; other modules add their kinds here. */
export const notificationKinds = ['badge.earned'] as const;
export const ZNotificationKind = z.enum(notificationKinds);
export type TNotificationKind = z.infer<typeof ZNotificationKind>;

export const ZNotification = z.object({
  id: z.uuid(),
  kind: ZNotificationKind,
  title: z.string(),
  body: z.string().nullable(),
  /** A path inside the web app (e.g. /badges), or null. */
  link: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  readAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
});
export type TNotification = z.infer<typeof ZNotification>;

export const ZListNotificationsRequest = ZPageQuery.extend({
  /** Only the unread ones. */
  unread: z
    .enum(['true', 'false'], { error: 'true or false' })
    .transform((value) => value === 'true')
    .optional(),
});
export type TListNotificationsRequest = z.input<typeof ZListNotificationsRequest>;

export const ZListNotificationsResponse = ZPage(ZNotification).extend({
  unreadCount: z.number().int(),
});
export type TListNotificationsResponse = z.infer<typeof ZListNotificationsResponse>;

export const ZNotificationParams = z.object({ id: z.uuid('a notification id') });

export const ZReadAllNotificationsResponse = z.object({
  /** How many were unread and are read now. */
  marked: z.number().int(),
});
export type TReadAllNotificationsResponse = z.infer<typeof ZReadAllNotificationsResponse>;
