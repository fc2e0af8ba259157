import { queryOptions } from '@tanstack/react-query';
import { ZAuthUser, ZListSessionsResponse, ZRevokedResponse } from '../../../contracts/auth';
import { apiGet, apiRequest } from './api';
import { ACCOUNT_QUERY_KEY } from './auth-context';

/** The signed-in user as the server knows them now. */
export function meQuery(userId: string) {
  return queryOptions({
    queryKey: [ACCOUNT_QUERY_KEY, userId, 'me'] as const,
    queryFn: ({ signal }) => apiGet('/api/auth/me', ZAuthUser, { signal }),
    staleTime: 0,
  });
}

export function sessionsQuery(userId: string) {
  return queryOptions({
    queryKey: [ACCOUNT_QUERY_KEY, userId, 'sessions'] as const,
    queryFn: ({ signal }) => apiGet('/api/auth/sessions', ZListSessionsResponse, { signal }),
    // Sessions come and go on other devices: check again whenever the page is looked at.
    staleTime: 0,
  });
}

export function revokeSession(id: string) {
  return apiRequest('DELETE', `/api/auth/sessions/${encodeURIComponent(id)}`, ZRevokedResponse);
}

export function revokeOtherSessions() {
  return apiRequest('POST', '/api/auth/sessions/revoke-others', ZRevokedResponse);
}
