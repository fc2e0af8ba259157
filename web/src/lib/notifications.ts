import { queryOptions, type QueryClient } from '@tanstack/react-query';
import {
  ZListNotificationsResponse,
  ZNotification,
  ZReadAllNotificationsResponse,
} from '../../../contracts/notifications';
import { apiGet, apiRequest } from './api';
import { ACCOUNT_QUERY_KEY } from './auth-context';

/** How often the bell asks for news while the page is open. */
export const NOTIFICATIONS_REFRESH_MS = 60_000;
export const BELL_PAGE_SIZE = 10;

export function notificationsQuery(userId: string) {
  return queryOptions({
    queryKey: [ACCOUNT_QUERY_KEY, userId, 'notifications'],
    queryFn: ({ signal }) =>
      apiGet('/api/notifications', ZListNotificationsResponse, {
        query: { limit: BELL_PAGE_SIZE },
        signal,
      }),
    refetchInterval: NOTIFICATIONS_REFRESH_MS,
  });
}

export function markNotificationRead(id: string) {
  return apiRequest('POST', `/api/notifications/${encodeURIComponent(id)}/read`, ZNotification);
}

export function markAllNotificationsRead() {
  return apiRequest('POST', '/api/notifications/read-all', ZReadAllNotificationsResponse);
}

/** After a change: the bell and the badges page read what it may have awarded. */
export function refreshAfterChange(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({
    queryKey: [ACCOUNT_QUERY_KEY],
    predicate: (query) => query.queryKey[2] === 'notifications' || query.queryKey[2] === 'badges',
  });
}
