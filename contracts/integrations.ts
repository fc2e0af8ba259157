import { z } from 'zod';
import { achievementLimits } from './achievements.js';
import { ZPage, ZPageQuery } from './pagination.js';

/** Platforms that can send webhooks (C8). */
export const integrationPlatforms = ['github', 'generic'] as const;
export const ZIntegrationPlatform = z.enum(integrationPlatforms, {
  error: `one of ${integrationPlatforms.join(', ')}`,
});
export type TIntegrationPlatform = z.infer<typeof ZIntegrationPlatform>;

export const deliveryStatuses = [
  'received',
  'processed',
  'ignored',
  'failed',
  'dead',
  'rejected',
] as const;
export const ZDeliveryStatus = z.enum(deliveryStatuses, {
  error: `one of ${deliveryStatuses.join(', ')}`,
});
export type TDeliveryStatus = z.infer<typeof ZDeliveryStatus>;

export const integrationLimits = {
  label: 100,
  repositories: 50,
  connectionsPerUser: 20,
  /** Bodies above this are refused (413) and logged without their payload. */
  payloadBytes: 256 * 1024,
  /** How far a generic delivery's timestamp may be from the server's clock. */
  timestampToleranceSeconds: 300,
} as const;

/** "owner/name", as GitHub spells repositories (compared without regard to case). */
export const ZRepositoryName = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100}$/, 'owner/name, e.g. octo-org/hello-world');

const label = z
  .string('a label')
  .trim()
  .min(1, 'a label is required')
  .max(integrationLimits.label, `at most ${integrationLimits.label} characters`);
const repositories = z
  .array(ZRepositoryName)
  .max(integrationLimits.repositories, `at most ${integrationLimits.repositories} repositories`);

export const ZIntegrationConnection = z.object({
  id: z.uuid(),
  platform: ZIntegrationPlatform,
  label: z.string(),
  /** GitHub only: the repositories accepted; empty accepts every repository. */
  repositories: z.array(z.string()),
  enabled: z.boolean(),
  /** Where the platform sends its deliveries. */
  webhookUrl: z.string(),
  createdAt: z.iso.datetime(),
  rotatedAt: z.iso.datetime().nullable(),
  lastDeliveryAt: z.iso.datetime().nullable(),
});
export type TIntegrationConnection = z.infer<typeof ZIntegrationConnection>;

export const ZCreateConnectionRequest = z.strictObject({
  platform: ZIntegrationPlatform,
  label: label.optional(),
  repositories: repositories.optional(),
});
export type TCreateConnectionRequest = z.input<typeof ZCreateConnectionRequest>;

export const ZUpdateConnectionRequest = z.strictObject({
  label: label.optional(),
  repositories: repositories.optional(),
  enabled: z.boolean().optional(),
});
export type TUpdateConnectionRequest = z.input<typeof ZUpdateConnectionRequest>;

/** A connection with its signing secret: answered once, at creation and on rotation. */
export const ZConnectionWithSecret = z.object({
  connection: ZIntegrationConnection,
  secret: z.string(),
});
export type TConnectionWithSecret = z.infer<typeof ZConnectionWithSecret>;

export const ZConnectionParams = z.object({ id: z.uuid('a connection id') });
export const ZDeliveryParams = z.object({ id: z.uuid('a delivery id') });

export const ZListConnectionsResponse = ZPage(ZIntegrationConnection);
export type TListConnectionsResponse = z.infer<typeof ZListConnectionsResponse>;

export const ZWebhookDelivery = z.object({
  id: z.uuid(),
  connectionId: z.uuid().nullable(),
  platform: ZIntegrationPlatform,
  /** The sender's id for the delivery (X-GitHub-Delivery, X-CareerOS-Delivery). */
  deliveryId: z.string().nullable(),
  eventType: z.string().nullable(),
  status: ZDeliveryStatus,
  error: z.string().nullable(),
  attempts: z.number().int(),
  receivedAt: z.iso.datetime(),
  processedAt: z.iso.datetime().nullable(),
});
export type TWebhookDelivery = z.infer<typeof ZWebhookDelivery>;

export const ZWebhookDeliveryDetail = ZWebhookDelivery.extend({
  payload: z.unknown(),
  result: z.unknown(),
});
export type TWebhookDeliveryDetail = z.infer<typeof ZWebhookDeliveryDetail>;

export const ZListDeliveriesRequest = ZPageQuery.extend({
  connection: z.uuid('a connection id').optional(),
  status: ZDeliveryStatus.optional(),
});
export type TListDeliveriesRequest = z.input<typeof ZListDeliveriesRequest>;

export const ZListDeliveriesResponse = ZPage(ZWebhookDelivery);
export type TListDeliveriesResponse = z.infer<typeof ZListDeliveriesResponse>;

export const ZPlatformStats = z.object({
  platform: ZIntegrationPlatform,
  /** Every delivery logged, whatever became of it. */
  received: z.number().int(),
  processed: z.number().int(),
  ignored: z.number().int(),
  failed: z.number().int(),
  dead: z.number().int(),
  rejected: z.number().int(),
  lastReceivedAt: z.iso.datetime().nullable(),
  /** Median time from receipt to processed, over processed deliveries. */
  p50ProcessingMs: z.number().nullable(),
});
export type TPlatformStats = z.infer<typeof ZPlatformStats>;

export const ZIntegrationStatsResponse = z.object({ platforms: z.array(ZPlatformStats) });
export type TIntegrationStatsResponse = z.infer<typeof ZIntegrationStatsResponse>;

export const ZWebhookParams = z.object({
  platform: ZIntegrationPlatform,
  connectionId: z.string().max(100),
});

/** What the webhook endpoint answers to an accepted (or already seen) delivery. */
export const ZWebhookAccepted = z.object({
  id: z.uuid(),
  status: ZDeliveryStatus,
  /** The delivery id was seen before for this connection: nothing was done again. */
  duplicate: z.boolean(),
});
export type TWebhookAccepted = z.infer<typeof ZWebhookAccepted>;

export const genericEvents = ['course.completed', 'certificate.earned', 'badge.earned'] as const;
export const ZGenericEventType = z.enum(genericEvents, {
  error: `one of ${genericEvents.join(', ')}`,
});
export type TGenericEventType = z.infer<typeof ZGenericEventType>;

const httpUrl = z
  .url({ protocol: /^https?$/, error: 'an http(s) URL' })
  .max(achievementLimits.url, `at most ${achievementLimits.url} characters`);
const requiredText = (max: number, what: string) =>
  z.string(what).trim().min(1, `${what} is required`).max(max, `at most ${max} characters`);

/**
 * The generic webhook body (docs/integrations.md): a course platform, certificate or badge
 * issuer reports that the user completed or earned something. Unknown keys are ignored, so
 * senders may add their own.
 */
export const ZGenericWebhookEvent = z.object({
  event: ZGenericEventType,
  occurredAt: z.iso.datetime({ offset: true, error: 'an ISO 8601 date-time' }),
  issuer: z.object({
    name: requiredText(achievementLimits.organization, 'a name'),
    url: httpUrl.optional(),
  }),
  item: z.object({
    id: requiredText(200, 'an id'),
    title: requiredText(achievementLimits.title, 'a title'),
    url: httpUrl.optional(),
    skills: z
      .array(requiredText(achievementLimits.skillName, 'a skill name'))
      .max(achievementLimits.skills, `at most ${achievementLimits.skills} skills`)
      .default([]),
    description: z
      .string()
      .trim()
      .max(achievementLimits.description, `at most ${achievementLimits.description} characters`)
      .optional(),
  }),
});
export type TGenericWebhookEvent = z.output<typeof ZGenericWebhookEvent>;
export type TGenericWebhookEventInput = z.input<typeof ZGenericWebhookEvent>;
