import type { TAchievementType } from '../../../contracts/achievements.js';
import { ZGenericWebhookEvent, type TGenericEventType } from '../../../contracts/integrations.js';
import { dayOf, parsePayload, type MappedDelivery } from './mapped-delivery.js';

const typeByEvent: Record<TGenericEventType, { type: TAchievementType; link: string }> = {
  'course.completed': { type: 'course', link: 'Course' },
  'certificate.earned': { type: 'certification', link: 'Certificate' },
  'badge.earned': { type: 'award', link: 'Badge' },
};

/**
 * A generic delivery as an achievement the issuer verified. The record is keyed by the
 * connection and the issuer's item id, so a resent event updates it instead of adding another.
 */
export function mapGenericEvent(
  connectionId: string,
  payload: unknown,
  receivedAt: Date,
): MappedDelivery {
  const event = parsePayload(ZGenericWebhookEvent, payload);
  const { type, link } = typeByEvent[event.event];
  const day = dayOf(event.occurredAt);
  const links = [
    ...(event.item.url ? [{ label: link, url: event.item.url }] : []),
    ...(event.issuer.url
      ? [{ label: event.issuer.name.slice(0, 100), url: event.issuer.url }]
      : []),
  ];
  return {
    kind: 'apply',
    request: {
      externalRef: `generic:${connectionId}:${event.item.id}`,
      input: {
        type,
        title: event.item.title,
        organization: event.issuer.name,
        description: event.item.description || null,
        endDate: day,
        skills: event.item.skills,
        highlights: [],
        links,
      },
      verification: {
        state: 'verified',
        verifiedBy: event.issuer.name,
        verifiedAt: receivedAt.toISOString(),
      },
    },
  };
}
