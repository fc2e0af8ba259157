import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZErrorResponse } from '../../../contracts/errors.js';
import {
  ZListNotificationsRequest,
  ZListNotificationsResponse,
  ZNotification,
  ZNotificationParams,
  ZReadAllNotificationsResponse,
} from '../../../contracts/notifications.js';
import type { Db } from '../../platform/db/index.js';
import { authOf } from '../auth/auth.guard.js';
import {
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
} from './notifications.service.js';

export interface NotificationsRoutesDeps {
  db: Db;
  now: () => Date;
  requireAuth: (request: FastifyRequest) => Promise<void>;
}

const errors = { 400: ZErrorResponse, 401: ZErrorResponse, 404: ZErrorResponse } as const;

/** The signed-in user's notifications (the bell). */
export const notificationsRoutes =
  (deps: NotificationsRoutesDeps): FastifyPluginAsyncZod =>
  async (app) => {
    // Authenticate before validating, so a signed-out caller hears 401 whatever it sent.
    const signedIn = { preValidation: deps.requireAuth };
    const tags = ['notifications'];

    app.get(
      '/notifications',
      {
        ...signedIn,
        schema: {
          tags,
          summary: 'Your notifications, newest first, with the unread count',
          querystring: ZListNotificationsRequest,
          response: { 200: ZListNotificationsResponse, ...errors },
        },
      },
      async (request) => listNotifications(deps.db, authOf(request).userId, request.query),
    );

    app.post(
      '/notifications/:id/read',
      {
        ...signedIn,
        schema: {
          tags,
          summary: 'Mark one notification read',
          params: ZNotificationParams,
          response: { 200: ZNotification, ...errors },
        },
      },
      async (request) =>
        markNotificationRead(deps.db, authOf(request).userId, request.params.id, deps.now()),
    );

    app.post(
      '/notifications/read-all',
      {
        ...signedIn,
        schema: {
          tags,
          summary: 'Mark every notification read',
          response: { 200: ZReadAllNotificationsResponse, ...errors },
        },
      },
      async (request) => markAllNotificationsRead(deps.db, authOf(request).userId, deps.now()),
    );
  };
