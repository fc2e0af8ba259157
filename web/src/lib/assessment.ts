import { queryOptions } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { z } from 'zod';
import {
  ZCareerMatchesResponse,
  ZInterestComparison,
  ZInterestItems,
  ZInterestResult,
  ZListInterestResultsResponse,
  ZListSoftSkillsResponse,
  ZInterestScores,
  type TInterestScores,
  type TSetSoftSkills,
} from '../../../contracts/assessments';
import type { riasecAreas } from '../../../contracts/occupations';
import { apiGet, apiRequest } from './api';
import { ACCOUNT_QUERY_KEY } from './auth-context';

export const GUEST_RESULT_ID = 'guest';
const ANSWERS_KEY = 'careeros.assessment.answers';
const GUEST_SCORES_KEY = 'careeros.assessment.guest-scores';

export function interestItemsQuery() {
  return queryOptions({
    queryKey: ['assessments', 'interest-items'] as const,
    queryFn: ({ signal }) => apiGet('/api/assessments/interest/items', ZInterestItems, { signal }),
    staleTime: Infinity,
  });
}

export function interestResultsKey(userId: string) {
  return [ACCOUNT_QUERY_KEY, userId, 'interest-results'] as const;
}

export function interestHistoryQuery(userId: string, limit: number, offset: number) {
  return queryOptions({
    queryKey: [...interestResultsKey(userId), 'list', limit, offset] as const,
    queryFn: ({ signal }) =>
      apiGet('/api/me/interest-results', ZListInterestResultsResponse, {
        query: { limit, offset },
        signal,
      }),
  });
}

export function interestResultQuery(userId: string, id: string) {
  return queryOptions({
    queryKey: [...interestResultsKey(userId), 'one', id] as const,
    queryFn: ({ signal }) =>
      apiGet(`/api/me/interest-results/${encodeURIComponent(id)}`, ZInterestResult, { signal }),
  });
}

export function interestComparisonQuery(userId: string, id: string, withId: string) {
  return queryOptions({
    queryKey: [...interestResultsKey(userId), 'compare', id, withId] as const,
    queryFn: ({ signal }) =>
      apiGet(`/api/me/interest-results/${encodeURIComponent(id)}/compare`, ZInterestComparison, {
        query: { with: withId },
        signal,
      }),
  });
}

export function submitInterestAnswers(ratings: Readonly<Record<string, number>>) {
  return apiRequest('POST', '/api/me/interest-results', ZInterestResult, {
    body: { answers: Object.entries(ratings).map(([item, rating]) => ({ item, rating })) },
  });
}

const ZDeleted = z.object({ deleted: z.literal(true) });

export function deleteInterestResult(id: string) {
  return apiRequest('DELETE', `/api/me/interest-results/${encodeURIComponent(id)}`, ZDeleted);
}

export interface MatchParams {
  jobZone?: string;
  limit: number;
  offset: number;
}

/** Matches for a stored result (signed in) or for scores held in the browser (signed out). */
export function careerMatchesQuery(
  source: { userId: string; resultId: string } | { scores: TInterestScores },
  params: MatchParams,
) {
  const guest = 'scores' in source;
  const queryKey: readonly unknown[] = guest
    ? ['career-matches', source.scores, params]
    : [...interestResultsKey(source.userId), 'matches', source.resultId, params];
  return queryOptions({
    queryKey,
    queryFn: ({ signal }) =>
      guest
        ? apiGet('/api/career-matches', ZCareerMatchesResponse, {
            query: { ...source.scores, ...params },
            signal,
          })
        : apiGet('/api/me/career-matches', ZCareerMatchesResponse, {
            query: { result: source.resultId, ...params },
            signal,
          }),
  });
}

export function softSkillsKey(userId: string) {
  return [ACCOUNT_QUERY_KEY, userId, 'soft-skills'] as const;
}

export function softSkillsQuery(userId: string) {
  return queryOptions({
    queryKey: softSkillsKey(userId),
    queryFn: ({ signal }) =>
      apiGet('/api/me/soft-skills', ZListSoftSkillsResponse, { query: { limit: 100 }, signal }),
  });
}

export function saveSoftSkills(input: TSetSoftSkills) {
  return apiRequest('PUT', '/api/me/soft-skills', ZListSoftSkillsResponse, { body: input });
}

// Answers in progress live in session storage, so a reload (or signing in half-way) keeps them.
type Listener = () => void;
const listeners = new Set<Listener>();
let cachedRaw: string | null | undefined;
let cachedAnswers: Readonly<Record<string, number>> = {};

function readAnswers(): Readonly<Record<string, number>> {
  const raw = sessionStorage.getItem(ANSWERS_KEY);
  if (raw === cachedRaw) return cachedAnswers;
  cachedRaw = raw;
  try {
    const parsed = z
      .record(z.string(), z.number().int().min(1).max(5))
      .safeParse(JSON.parse(raw ?? '{}'));
    cachedAnswers = parsed.success ? parsed.data : {};
  } catch {
    cachedAnswers = {};
  }
  return cachedAnswers;
}

function writeAnswers(next: Readonly<Record<string, number>>): void {
  sessionStorage.setItem(ANSWERS_KEY, JSON.stringify(next));
  for (const listener of listeners) listener();
}

export function setAnswer(itemId: string, rating: number): void {
  writeAnswers({ ...readAnswers(), [itemId]: rating });
}

export function clearAnswers(): void {
  sessionStorage.removeItem(ANSWERS_KEY);
  for (const listener of listeners) listener();
}

export function useAnswers(): Readonly<Record<string, number>> {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, readAnswers);
}

export function saveGuestScores(scores: TInterestScores): void {
  sessionStorage.setItem(GUEST_SCORES_KEY, JSON.stringify(scores));
}

export function readGuestScores(): TInterestScores | undefined {
  try {
    const parsed = ZInterestScores.safeParse(
      JSON.parse(sessionStorage.getItem(GUEST_SCORES_KEY) ?? 'null'),
    );
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export const areaDescriptions: Record<(typeof riasecAreas)[number], string> = {
  realistic:
    'You like hands-on work with tools, machines, plants or animals, where you can see what you made or fixed.',
  investigative:
    'You like working out how things work: asking questions, testing ideas and solving problems with facts.',
  artistic:
    'You like making things that express ideas, in pictures, words, music, movement or design, with room to be original.',
  social: 'You like working with people: teaching, helping, caring for or encouraging others.',
  enterprising:
    'You like leading and persuading: starting things, selling ideas and taking decisions that carry risk.',
  conventional:
    'You like order and accuracy: keeping records, organising information and following clear procedures.',
};

/** Job zones: how much preparation an occupation needs (O*NET's five levels). */
export const jobZoneLabels: Record<number, string> = {
  1: 'Little or no preparation',
  2: 'Some preparation',
  3: 'Medium preparation',
  4: 'Considerable preparation',
  5: 'Extensive preparation',
};
