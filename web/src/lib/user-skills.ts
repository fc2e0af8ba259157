import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import type { TEvidenceKind, TProficiency } from '../../../contracts/user-skills';
import {
  ZSaveUserSkillResponse,
  ZSuggestSkillsResponse,
  ZUserSkill,
  ZUserSkillsResponse,
  type TAddUserSkillRequest,
} from '../../../contracts/user-skills';
import { apiGet, apiRequest } from './api';
import { ACCOUNT_QUERY_KEY } from './auth-context';

/** As profiles: what a list shows (endorsed by me or not) depends on who asks. */
export function userSkillsKey(idOrUsername: string, viewerId: string | undefined) {
  const name = idOrUsername.toLowerCase();
  return viewerId
    ? ([ACCOUNT_QUERY_KEY, viewerId, 'user-skills', name] as const)
    : (['user-skills', name] as const);
}

/** Every cached skills list the viewer has, to refresh after a change. */
export function viewerSkillsKey(viewerId: string) {
  return [ACCOUNT_QUERY_KEY, viewerId, 'user-skills'] as const;
}

/** The first 100 of a user's skills: more than a profile lists in practice. */
export function userSkillsQuery(idOrUsername: string, viewerId: string | undefined) {
  return queryOptions({
    queryKey: userSkillsKey(idOrUsername, viewerId),
    queryFn: ({ signal }) =>
      apiGet(`/api/users/${encodeURIComponent(idOrUsername)}/skills`, ZUserSkillsResponse, {
        query: { limit: 100 },
        signal,
      }),
  });
}

export function skillSuggestionsQuery(text: string) {
  return queryOptions({
    queryKey: ['skills', 'suggest', text.trim().toLowerCase()] as const,
    queryFn: ({ signal }) =>
      apiGet('/api/skills/suggest', ZSuggestSkillsResponse, {
        query: { q: text.trim(), limit: 8 },
        signal,
      }),
    staleTime: 5 * 60_000,
    placeholderData: keepPreviousData,
  });
}

export function addMySkill(body: TAddUserSkillRequest) {
  return apiRequest('POST', '/api/me/skills', ZSaveUserSkillResponse, { body });
}

export function updateMySkill(slug: string, proficiency: TProficiency) {
  return apiRequest('PATCH', `/api/me/skills/${encodeURIComponent(slug)}`, ZSaveUserSkillResponse, {
    body: { proficiency },
  });
}

/** 204: no body. */
const ZNothing = z.undefined();

export function removeMySkill(slug: string) {
  return apiRequest('DELETE', `/api/me/skills/${encodeURIComponent(slug)}`, ZNothing);
}

const endorsementsPath = (owner: string, slug: string) =>
  `/api/users/${encodeURIComponent(owner)}/skills/${encodeURIComponent(slug)}/endorsements`;

export function endorseSkill(owner: string, slug: string) {
  return apiRequest('POST', endorsementsPath(owner, slug), ZUserSkill, { body: {} });
}

export function withdrawEndorsement(owner: string, slug: string) {
  return apiRequest('DELETE', endorsementsPath(owner, slug), ZUserSkill);
}

export const proficiencyLabels: Record<TProficiency, string> = {
  beginner: 'Beginner',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
  expert: 'Expert',
};

export const evidenceKindLabels: Record<TEvidenceKind, string> = {
  achievement: 'Achievement',
  project_submission: 'Accepted project',
  assessment: 'Passed assessment',
  mentor_endorsement: 'Mentor’s endorsement',
};
