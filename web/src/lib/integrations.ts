import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  ZConnectionWithSecret,
  ZIntegrationConnection,
  ZIntegrationStatsResponse,
  ZListConnectionsResponse,
  ZListDeliveriesResponse,
  ZWebhookDeliveryDetail,
  type TCreateConnectionRequest,
  type TDeliveryStatus,
  type TIntegrationPlatform,
  type TUpdateConnectionRequest,
} from '../../../contracts/integrations';
import { apiGet, apiRequest } from './api';
import { ACCOUNT_QUERY_KEY } from './auth-context';

export const platformLabels: Record<TIntegrationPlatform, string> = {
  github: 'GitHub',
  generic: 'Course platform',
};

export const deliveryStatusLabels: Record<TDeliveryStatus, string> = {
  received: 'Queued',
  processed: 'Processed',
  ignored: 'Ignored',
  failed: 'Failed',
  dead: 'Dead',
  rejected: 'Rejected',
};

const key = (userId: string, ...rest: unknown[]) => [
  ACCOUNT_QUERY_KEY,
  userId,
  'integrations',
  ...rest,
];

export function connectionsQuery(userId: string) {
  return queryOptions({
    queryKey: key(userId, 'connections'),
    queryFn: ({ signal }) =>
      apiGet('/api/integrations/connections', ZListConnectionsResponse, {
        query: { limit: 100 },
        signal,
      }),
  });
}

export function deliveriesQuery(
  userId: string,
  params: { status?: TDeliveryStatus; limit: number; offset: number },
) {
  return queryOptions({
    queryKey: key(userId, 'deliveries', params),
    queryFn: ({ signal }) =>
      apiGet('/api/integrations/deliveries', ZListDeliveriesResponse, { query: params, signal }),
    // Deliveries arrive and change state on their own; a page left open keeps up.
    refetchInterval: 5_000,
  });
}

export function deliveryQuery(userId: string, id: string) {
  return queryOptions({
    queryKey: key(userId, 'delivery', id),
    queryFn: ({ signal }) =>
      apiGet(`/api/integrations/deliveries/${encodeURIComponent(id)}`, ZWebhookDeliveryDetail, {
        signal,
      }),
  });
}

export function statsQuery(userId: string) {
  return queryOptions({
    queryKey: key(userId, 'stats'),
    queryFn: ({ signal }) =>
      apiGet('/api/integrations/stats', ZIntegrationStatsResponse, { signal }),
    refetchInterval: 5_000,
  });
}

export function refreshIntegrations(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({
    queryKey: [ACCOUNT_QUERY_KEY],
    predicate: (query) => query.queryKey[2] === 'integrations',
  });
}

const connectionPath = (id: string) => `/api/integrations/connections/${encodeURIComponent(id)}`;

export const createConnection = (body: TCreateConnectionRequest) =>
  apiRequest('POST', '/api/integrations/connections', ZConnectionWithSecret, { body });

export const updateConnection = (id: string, body: TUpdateConnectionRequest) =>
  apiRequest('PATCH', connectionPath(id), ZIntegrationConnection, { body });

export const rotateSecret = (id: string) =>
  apiRequest('POST', `${connectionPath(id)}/rotate-secret`, ZConnectionWithSecret);

export const deleteConnection = (id: string) =>
  apiRequest('DELETE', connectionPath(id), z.unknown());

export const retryDelivery = (id: string) =>
  apiRequest(
    'POST',
    `/api/integrations/deliveries/${encodeURIComponent(id)}/retry`,
    ZWebhookDeliveryDetail,
  );
