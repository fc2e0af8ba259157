import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZErrorResponse } from '../../../contracts/errors.js';
import {
  ZConnectionParams,
  ZConnectionWithSecret,
  ZCreateConnectionRequest,
  ZDeliveryParams,
  ZIntegrationConnection,
  ZIntegrationStatsResponse,
  ZListConnectionsResponse,
  ZListDeliveriesRequest,
  ZListDeliveriesResponse,
  ZUpdateConnectionRequest,
  ZWebhookAccepted,
  ZWebhookDeliveryDetail,
  ZWebhookParams,
} from '../../../contracts/integrations.js';
import { ZPageQuery } from '../../../contracts/pagination.js';
import { repeatEvery, type Repeating } from '../../platform/repeat.js';
import { authOf } from '../auth/auth.guard.js';
import {
  createConnection,
  deleteConnection,
  getConnection,
  listConnections,
  rotateSecret,
  updateConnection,
} from './connections.service.js';
import { deliveryStats, getDelivery, listDeliveries, retryDelivery } from './deliveries.service.js';
import type { IntegrationsDeps } from './integrations.deps.js';
import { pruneDeliveries, sweepStuckDeliveries } from './delivery-sweep.js';
import { receiveDelivery } from './webhook-intake.js';
import {
  registerWebhookJob,
  webhookJobDefaults,
  type WebhookJobOptions,
} from './webhook-processing.js';

export interface IntegrationsRoutesDeps extends IntegrationsDeps {
  requireAuth: (request: FastifyRequest) => Promise<void>;
  /** Retries of the processing job; tests shorten the backoff. */
  job?: Partial<WebhookJobOptions>;
  /** How often deliveries whose job was lost are queued again (0: never; tests call it). */
  sweepEveryMs?: number;
  /** How long finished deliveries stay in the log; the sweep deletes older ones. */
  logRetentionMs?: number;
}

const errors = {
  400: ZErrorResponse,
  401: ZErrorResponse,
  404: ZErrorResponse,
  409: ZErrorResponse,
} as const;

/** Webhook endpoints (public, signed) and the owner's connections, log and stats. */
export const integrationsRoutes =
  (deps: IntegrationsRoutesDeps): FastifyPluginAsyncZod =>
  async (app) => {
    registerWebhookJob(deps, { ...webhookJobDefaults, ...deps.job });
    scheduleSweep(app, deps, deps.sweepEveryMs ?? 5 * 60_000);
    const signedIn = { preValidation: deps.requireAuth };
    const tags = ['integrations'];
    const db = deps.database.db;

    // Its own scope, so only this route keeps the body as raw bytes for the signature check.
    await app.register(async (scope) => {
      scope.removeAllContentTypeParsers();
      scope.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => {
        done(null, body);
      });
      scope.withTypeProvider<ZodTypeProvider>().post(
        '/integrations/webhooks/:platform/:connectionId',
        {
          // Platforms send from a few shared addresses on behalf of many users.
          config: { rateLimit: { max: 1200, timeWindow: 60_000 } },
          schema: {
            tags,
            summary: 'Receive a signed webhook delivery (GitHub or the generic format)',
            description: 'See docs/integrations.md for the headers, signatures and body.',
            params: ZWebhookParams,
            response: {
              200: ZWebhookAccepted,
              202: ZWebhookAccepted,
              ...errors,
              403: ZErrorResponse,
              413: ZErrorResponse,
            },
          },
        },
        async (request, reply) => {
          const answer = await receiveDelivery(deps, {
            platform: request.params.platform,
            connectionId: request.params.connectionId,
            headers: request.headers,
            rawBody: Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0),
          });
          return reply.code(answer.statusCode).send(answer.body);
        },
      );
    });

    app.get(
      '/integrations/connections',
      {
        ...signedIn,
        schema: {
          tags,
          summary: 'Your connections, newest first',
          querystring: ZPageQuery,
          response: { 200: ZListConnectionsResponse, ...errors },
        },
      },
      async (request) => listConnections(deps, db, authOf(request).userId, request.query),
    );

    app.post(
      '/integrations/connections',
      {
        ...signedIn,
        schema: {
          tags,
          summary: 'Connect a platform; the answer holds the signing secret, shown this once',
          body: ZCreateConnectionRequest,
          response: { 201: ZConnectionWithSecret, ...errors },
        },
      },
      async (request, reply) => {
        const created = await createConnection(deps, authOf(request).userId, request.body);
        return reply.code(201).send(created);
      },
    );

    app.get(
      '/integrations/connections/:id',
      {
        ...signedIn,
        schema: {
          tags,
          summary: 'One of your connections',
          params: ZConnectionParams,
          response: { 200: ZIntegrationConnection, ...errors },
        },
      },
      async (request) => getConnection(deps, db, authOf(request).userId, request.params.id),
    );

    app.patch(
      '/integrations/connections/:id',
      {
        ...signedIn,
        schema: {
          tags,
          summary: 'Change the label, accepted repositories or enabled state',
          params: ZConnectionParams,
          body: ZUpdateConnectionRequest,
          response: { 200: ZIntegrationConnection, ...errors },
        },
      },
      async (request) =>
        updateConnection(deps, authOf(request).userId, request.params.id, request.body),
    );

    app.delete(
      '/integrations/connections/:id',
      {
        ...signedIn,
        schema: {
          tags,
          summary: 'Delete a connection and its delivery log',
          params: ZConnectionParams,
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await deleteConnection(db, authOf(request).userId, request.params.id);
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/integrations/connections/:id/rotate-secret',
      {
        ...signedIn,
        schema: {
          tags,
          summary: 'Replace the signing secret; the old one stops working at once',
          params: ZConnectionParams,
          response: { 200: ZConnectionWithSecret, ...errors },
        },
      },
      async (request) => rotateSecret(deps, authOf(request).userId, request.params.id),
    );

    app.get(
      '/integrations/deliveries',
      {
        ...signedIn,
        schema: {
          tags,
          summary: 'Your webhook deliveries, newest first, by connection and status',
          querystring: ZListDeliveriesRequest,
          response: { 200: ZListDeliveriesResponse, ...errors },
        },
      },
      async (request) => listDeliveries(db, authOf(request).userId, request.query),
    );

    app.get(
      '/integrations/deliveries/:id',
      {
        ...signedIn,
        schema: {
          tags,
          summary: 'One delivery with its payload, error and result',
          params: ZDeliveryParams,
          response: { 200: ZWebhookDeliveryDetail, ...errors },
        },
      },
      async (request) => getDelivery(db, authOf(request).userId, request.params.id),
    );

    app.post(
      '/integrations/deliveries/:id/retry',
      {
        ...signedIn,
        schema: {
          tags,
          summary: 'Process a failed or dead delivery again',
          params: ZDeliveryParams,
          response: { 202: ZWebhookDeliveryDetail, ...errors },
        },
      },
      async (request, reply) => {
        const delivery = await retryDelivery(deps, authOf(request).userId, request.params.id);
        return reply.code(202).send(delivery);
      },
    );

    app.get(
      '/integrations/stats',
      {
        ...signedIn,
        schema: {
          tags,
          summary: 'Per platform: deliveries by outcome, the latest, median processing time',
          response: { 200: ZIntegrationStatsResponse, ...errors },
        },
      },
      async (request) => deliveryStats(db, authOf(request).userId),
    );
  };

/**
 * Deliveries whose job was lost (the in-process queue lives in memory and a restart drops it;
 * queueing can fail after the delivery was logged) are queued again, and finished ones past the
 * retention deleted: shortly after start, then every few minutes.
 */
function scheduleSweep(app: FastifyInstance, deps: IntegrationsRoutesDeps, everyMs: number) {
  if (everyMs <= 0) return;
  const sweep = async () => {
    const queued = await sweepStuckDeliveries(deps);
    if (queued) app.log.info({ queued }, 'webhook deliveries queued again');
    if (!deps.logRetentionMs) return;
    const pruned = await pruneDeliveries(deps, deps.logRetentionMs);
    if (pruned) app.log.info({ pruned }, 'old webhook deliveries deleted');
  };
  let sweeper: Repeating | undefined;
  app.addHook('onReady', async () => {
    sweeper = repeatEvery(sweep, { everyMs, firstAfterMs: Math.min(everyMs, 10_000) }, (err) =>
      app.log.warn({ err }, 'webhook delivery sweep failed'),
    );
  });
  app.addHook('onClose', () => sweeper?.stop());
}
