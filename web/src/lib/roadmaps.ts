import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { ZGapAnalysis } from '../../../contracts/guidance';
import {
  ZListRoadmapsResponse,
  ZRoadmap,
  ZRoadmapQuestionsResponse,
  ZSharedRoadmap,
  ZShareResponse,
  type TCreateRoadmapRequest,
  type TRoadmapNodeKind,
} from '../../../contracts/roadmaps';
import { apiGet, apiRequest } from './api';
import { ACCOUNT_QUERY_KEY } from './auth-context';

/** The signed-in user's roadmap data lives under their account key and goes at sign-out. */
export function roadmapsKey(userId: string) {
  return [ACCOUNT_QUERY_KEY, userId, 'roadmaps'] as const;
}

export function gapsQuery(userId: string, code: string) {
  return queryOptions({
    queryKey: [ACCOUNT_QUERY_KEY, userId, 'gaps', code] as const,
    queryFn: ({ signal }) =>
      apiGet(`/api/me/gaps/${encodeURIComponent(code)}`, ZGapAnalysis, { signal }),
    staleTime: 0,
  });
}

export function roadmapQuestionsQuery(userId: string, code: string) {
  return queryOptions({
    queryKey: [ACCOUNT_QUERY_KEY, userId, 'roadmap-questions', code] as const,
    queryFn: ({ signal }) =>
      apiGet('/api/roadmaps/questions', ZRoadmapQuestionsResponse, {
        query: { occupation: code },
        signal,
      }),
  });
}

export function roadmapListQuery(userId: string, page: { limit: number; offset: number }) {
  return queryOptions({
    queryKey: [...roadmapsKey(userId), 'list', page] as const,
    queryFn: ({ signal }) =>
      apiGet('/api/roadmaps', ZListRoadmapsResponse, { query: page, signal }),
    staleTime: 0,
  });
}

export function roadmapQuery(userId: string, id: string) {
  return queryOptions({
    queryKey: [...roadmapsKey(userId), 'detail', id] as const,
    queryFn: ({ signal }) =>
      apiGet(`/api/roadmaps/${encodeURIComponent(id)}`, ZRoadmap, { signal }),
    staleTime: 0,
  });
}

export function sharedRoadmapQuery(token: string) {
  return queryOptions({
    queryKey: ['shared-roadmaps', token] as const,
    queryFn: ({ signal }) =>
      apiGet(`/api/shared/roadmaps/${encodeURIComponent(token)}`, ZSharedRoadmap, { signal }),
  });
}

export function createRoadmap(body: TCreateRoadmapRequest) {
  return apiRequest('POST', '/api/roadmaps', ZRoadmap, { body });
}

export function setMilestone(roadmapId: string, milestoneId: string, completed: boolean) {
  const action = completed ? 'complete' : 'reopen';
  return apiRequest(
    'POST',
    `/api/roadmaps/${encodeURIComponent(roadmapId)}/milestones/${encodeURIComponent(milestoneId)}/${action}`,
    ZRoadmap,
  );
}

export function shareRoadmap(id: string) {
  return apiRequest('POST', `/api/roadmaps/${encodeURIComponent(id)}/share`, ZShareResponse);
}

export function unshareRoadmap(id: string) {
  return apiRequest(
    'DELETE',
    `/api/roadmaps/${encodeURIComponent(id)}/share`,
    z.object({ shared: z.literal(false) }),
  );
}

export function deleteRoadmap(id: string) {
  return apiRequest(
    'DELETE',
    `/api/roadmaps/${encodeURIComponent(id)}`,
    z.object({ deleted: z.literal(true) }),
  );
}

export const nodeKindLabels: Record<TRoadmapNodeKind, string> = {
  skill: 'Skill',
  topic: 'Topic',
  project: 'Project',
  milestone: 'Milestone',
};

/** "12 Mar 2027" from an ISO date, in the reader's locale, without time-zone shifts. */
export function formatDate(iso: string | null): string {
  if (!iso) return '—';
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return date.toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

export type RoadmapViewMode = 'graph' | 'list';

/** Phones start on the list, wider screens on the graph. */
export function defaultViewMode(): RoadmapViewMode {
  return typeof window !== 'undefined' && window.matchMedia('(min-width: 768px)').matches
    ? 'graph'
    : 'list';
}
