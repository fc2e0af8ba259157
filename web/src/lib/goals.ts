import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { ZCareerPlan } from '../../../contracts/career-plan';
import {
  ZGoal,
  ZListGoalsResponse,
  type TCreateGoalRequest,
  type TGoal,
  type TGoalCategory,
  type TGoalStatus,
  type TUpdateGoalRequest,
} from '../../../contracts/goals';
import { apiGet, apiRequest } from './api';
import { ACCOUNT_QUERY_KEY } from './auth-context';

export const goalCategoryLabels: Record<TGoalCategory, string> = {
  skill: 'Skill',
  career: 'Career',
  education: 'Education',
  job_search: 'Job search',
  other: 'Other',
};

export const goalStatusLabels: Record<TGoalStatus, string> = {
  active: 'Active',
  completed: 'Completed',
  paused: 'Paused',
  abandoned: 'Abandoned',
};

/** Goals and the plan belong to the signed-in account and go from the cache when it signs out. */
export function goalListQuery(
  userId: string,
  params: { status?: TGoalStatus; limit: number; offset: number },
) {
  return queryOptions({
    queryKey: [ACCOUNT_QUERY_KEY, userId, 'goals', params],
    queryFn: ({ signal }) => apiGet('/api/me/goals', ZListGoalsResponse, { query: params, signal }),
  });
}

export function careerPlanQuery(userId: string, occupation?: string) {
  return queryOptions({
    queryKey: [ACCOUNT_QUERY_KEY, userId, 'plan', occupation ?? null],
    queryFn: ({ signal }) => apiGet('/api/me/plan', ZCareerPlan, { query: { occupation }, signal }),
  });
}

/** After any change to goals: lists and the plan read them. */
export function refreshGoals(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({
    queryKey: [ACCOUNT_QUERY_KEY],
    predicate: (query) => query.queryKey[2] === 'goals' || query.queryKey[2] === 'plan',
  });
}

const goalPath = (id: string) => `/api/me/goals/${encodeURIComponent(id)}`;
const milestonePath = (goalId: string, milestoneId: string) =>
  `${goalPath(goalId)}/milestones/${encodeURIComponent(milestoneId)}`;

export const createGoal = (body: TCreateGoalRequest) =>
  apiRequest('POST', '/api/me/goals', ZGoal, { body });

export const updateGoal = (id: string, body: TUpdateGoalRequest) =>
  apiRequest('PATCH', goalPath(id), ZGoal, { body });

export const deleteGoal = (id: string) => apiRequest('DELETE', goalPath(id), z.unknown());

export const addMilestone = (goalId: string, body: { title: string; targetDate?: string | null }) =>
  apiRequest('POST', `${goalPath(goalId)}/milestones`, ZGoal, { body });

export const updateMilestone = (
  goalId: string,
  milestoneId: string,
  body: { title?: string; targetDate?: string | null },
) => apiRequest('PATCH', milestonePath(goalId, milestoneId), ZGoal, { body });

export const deleteMilestone = (goalId: string, milestoneId: string) =>
  apiRequest('DELETE', milestonePath(goalId, milestoneId), ZGoal);

export const setMilestoneDone = (goalId: string, milestoneId: string, done: boolean) =>
  apiRequest(
    'POST',
    `${milestonePath(goalId, milestoneId)}/${done ? 'complete' : 'reopen'}`,
    ZGoal,
  );

export const reorderMilestones = (goalId: string, milestoneIds: string[]) =>
  apiRequest('PUT', `${goalPath(goalId)}/milestones/order`, ZGoal, { body: { milestoneIds } });

/** "31 Mar 2027" for a YYYY-MM-DD day, read as a calendar day (no time-zone shift). */
export function formatDay(day: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** Today as YYYY-MM-DD in the browser's time zone, for date pickers' `min`. */
export function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export type { TGoal };
