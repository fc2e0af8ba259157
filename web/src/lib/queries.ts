import { MutationCache, QueryClient, queryOptions } from '@tanstack/react-query';
import {
  ZDataSourcesResponse,
  ZOccupation,
  ZSearchOccupationsResponse,
  type TRiasecArea,
  type TSearchOccupationsRequest,
} from '../../../contracts/occupations';
import {
  ZListSkillsResponse,
  ZSkill,
  type TListSkillsRequest,
  type TSkillCategory,
} from '../../../contracts/skills';
import { ZReadyResponse, ZSystemInfoResponse } from '../../../contracts/system';
import { apiGet, isApiError } from './api';
import { refreshAfterChange } from './notifications';

export function createQueryClient(): QueryClient {
  // Any change the user makes may earn a badge (awarded on the server in the same transaction),
  // so after each one the bell and the badges are read again.
  const mutationCache = new MutationCache({
    onSuccess: () => void refreshAfterChange(client),
  });
  const client = new QueryClient({
    mutationCache,
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        // Client errors (4xx) will not change on retry; transient failures get two more tries.
        retry: (failureCount, error) => {
          if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
          return failureCount < 2;
        },
      },
    },
  });
  return client;
}

export interface SkillListParams {
  q?: string;
  category?: TSkillCategory;
  limit: number;
  offset: number;
}

export function skillListQuery(params: SkillListParams) {
  const query: Partial<TListSkillsRequest> = params;
  return queryOptions({
    queryKey: ['skills', 'list', params] as const,
    queryFn: ({ signal }) => apiGet('/api/skills', ZListSkillsResponse, { query, signal }),
  });
}

export function skillQuery(slug: string) {
  return queryOptions({
    queryKey: ['skills', 'detail', slug] as const,
    queryFn: ({ signal }) => apiGet(`/api/skills/${encodeURIComponent(slug)}`, ZSkill, { signal }),
  });
}

export const STATUS_REFRESH_MS = 10_000;

export function readyQuery() {
  return queryOptions({
    queryKey: ['system', 'ready'] as const,
    // 503 carries the same body, reporting which dependency is down.
    queryFn: ({ signal }) => apiGet('/ready', ZReadyResponse, { signal, acceptStatuses: [503] }),
    staleTime: 0,
    retry: false,
    refetchInterval: STATUS_REFRESH_MS,
  });
}

export function systemInfoQuery() {
  return queryOptions({
    queryKey: ['system', 'info'] as const,
    queryFn: ({ signal }) => apiGet('/api/system/info', ZSystemInfoResponse, { signal }),
    staleTime: 0,
    retry: false,
    refetchInterval: STATUS_REFRESH_MS,
  });
}

export interface OccupationSearchParams {
  q?: string;
  jobZone?: number;
  area?: TRiasecArea;
  limit: number;
  offset: number;
}

export function occupationSearchQuery(params: OccupationSearchParams) {
  const query: Partial<TSearchOccupationsRequest> = params;
  return queryOptions({
    queryKey: ['occupations', 'search', params] as const,
    queryFn: ({ signal }) =>
      apiGet('/api/occupations', ZSearchOccupationsResponse, { query, signal }),
  });
}

export function occupationQuery(code: string) {
  return queryOptions({
    queryKey: ['occupations', 'detail', code] as const,
    queryFn: ({ signal }) =>
      apiGet(`/api/occupations/${encodeURIComponent(code)}`, ZOccupation, { signal }),
  });
}

/** The O*NET release behind the occupational data, for the credit its licence asks for. */
export function dataSourcesQuery() {
  return queryOptions({
    queryKey: ['occupations', 'data-sources'] as const,
    queryFn: ({ signal }) => apiGet('/api/data-sources', ZDataSourcesResponse, { signal }),
    staleTime: 5 * 60_000,
    retry: false,
  });
}
