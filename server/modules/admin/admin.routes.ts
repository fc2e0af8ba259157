import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ZAdminListUsersQuery,
  ZAdminUser,
  ZAdminUsersResponse,
  ZAuditQuery,
  ZAuditResponse,
  ZSetRolesRequest,
  ZSuspendRequest,
  ZUserIdParams,
} from '../../../contracts/admin.js';
import { ZErrorResponse } from '../../../contracts/errors.js';
import { listAudit, recordAudit } from '../audit/audit.service.js';
import { authOf } from '../auth/auth.guard.js';
import { assertPermission, type Permission } from '../auth/permissions.js';
import {
  listUsers,
  presentAdminUser,
  reactivate,
  setRoles,
  suspend,
  usernamesByIds,
  type AdminDeps,
} from './admin.service.js';

const errors = {
  400: ZErrorResponse,
  401: ZErrorResponse,
  403: ZErrorResponse,
  404: ZErrorResponse,
  409: ZErrorResponse,
} as const;

/** User administration and the audit log, each route behind a permission of the matrix. */
export const adminRoutes =
  (
    deps: AdminDeps & { requireAuth: (request: FastifyRequest) => Promise<void> },
  ): FastifyPluginAsyncZod =>
  async (app) => {
    const allow = (permission: Permission) => ({
      preHandler: [
        deps.requireAuth,
        async (request: FastifyRequest) => assertPermission(authOf(request), permission),
      ],
    });
    const audit = (request: FastifyRequest, entry: Parameters<typeof recordAudit>[1]) =>
      recordAudit(
        deps.database.db,
        {
          ...entry,
          actorId: authOf(request).userId,
          ip: request.ip,
          userAgent: request.headers['user-agent'] ?? '',
        },
        deps.now(),
      );

    app.get(
      '/users',
      {
        ...allow('users:list'),
        schema: {
          tags: ['admin'],
          querystring: ZAdminListUsersQuery,
          response: { 200: ZAdminUsersResponse, ...errors },
        },
      },
      async (request) => listUsers(deps, request.query),
    );

    app.put(
      '/users/:id/roles',
      {
        ...allow('users:manage-roles'),
        schema: {
          tags: ['admin'],
          params: ZUserIdParams,
          body: ZSetRolesRequest,
          response: { 200: ZAdminUser, ...errors },
        },
      },
      async (request) => {
        const { before, user } = await setRoles(deps, request.params.id, request.body.roles);
        await audit(request, {
          action: 'admin.roles.change',
          targetType: 'user',
          targetId: user.id,
          details: { before, after: user.roles },
        });
        return presentAdminUser(user);
      },
    );

    app.post(
      '/users/:id/suspend',
      {
        ...allow('users:suspend'),
        schema: {
          tags: ['admin'],
          params: ZUserIdParams,
          body: ZSuspendRequest.nullish(),
          response: { 200: ZAdminUser, ...errors },
        },
      },
      async (request) => {
        const user = await suspend(deps, authOf(request).userId, request.params.id);
        await audit(request, {
          action: 'admin.user.suspend',
          targetType: 'user',
          targetId: user.id,
          details: { reason: request.body?.reason ?? null },
        });
        return presentAdminUser(user);
      },
    );

    app.post(
      '/users/:id/reactivate',
      {
        ...allow('users:suspend'),
        schema: {
          tags: ['admin'],
          params: ZUserIdParams,
          response: { 200: ZAdminUser, ...errors },
        },
      },
      async (request) => {
        const user = await reactivate(deps, request.params.id);
        await audit(request, {
          action: 'admin.user.reactivate',
          targetType: 'user',
          targetId: user.id,
        });
        return presentAdminUser(user);
      },
    );

    app.get(
      '/audit',
      {
        ...allow('audit:read'),
        schema: {
          tags: ['admin'],
          querystring: ZAuditQuery,
          response: { 200: ZAuditResponse, ...errors },
        },
      },
      async (request) => {
        const { rows, total } = await listAudit(deps.database.db, request.query);
        const names = await usernamesByIds(deps, [
          ...rows.flatMap((r) => (r.actorId ? [r.actorId] : [])),
          ...rows.flatMap((r) => (r.targetType === 'user' && r.targetId ? [r.targetId] : [])),
        ]);
        return {
          items: rows.map((r) => ({
            ...r,
            at: r.at.toISOString(),
            actorUsername: r.actorId ? (names.get(r.actorId) ?? null) : null,
            targetUsername:
              r.targetType === 'user' && r.targetId ? (names.get(r.targetId) ?? null) : null,
          })),
          total,
          limit: request.query.limit,
          offset: request.query.offset,
        };
      },
    );
  };
