import { queryOptions, type QueryClient } from '@tanstack/react-query';
import {
  ZAchievementWriteResponse,
  ZListAchievementsResponse,
  type TAchievement,
  type TAchievementEffects,
  type TAchievementType,
  type TCreateAchievementRequest,
  type TUpdateAchievementRequest,
} from '../../../contracts/achievements';
import { ZListResumesResponse, ZResume } from '../../../contracts/resumes';
import { apiGet, apiRequest } from './api';
import { ACCOUNT_QUERY_KEY } from './auth-context';

export const achievementTypeLabels: Record<TAchievementType, string> = {
  job: 'Job',
  internship: 'Internship',
  project: 'Project',
  course: 'Course',
  certification: 'Certification',
  education: 'Education',
  award: 'Award',
  publication: 'Publication',
  volunteering: 'Volunteering',
  hackathon: 'Hackathon',
  other: 'Other',
};

/** Records, skills and the generated resume change together; each belongs to the account. */
export function achievementListQuery(
  userId: string,
  params: { type?: TAchievementType; limit: number; offset: number },
) {
  return queryOptions({
    queryKey: [ACCOUNT_QUERY_KEY, userId, 'achievements', params],
    queryFn: ({ signal }) =>
      apiGet('/api/achievements', ZListAchievementsResponse, { query: params, signal }),
  });
}

/** The generated resume: listed first; its content read by id. */
export function generatedResumeQuery(userId: string) {
  return queryOptions({
    queryKey: [ACCOUNT_QUERY_KEY, userId, 'resumes', 'generated'],
    queryFn: async ({ signal }) => {
      const list = await apiGet('/api/resumes', ZListResumesResponse, {
        query: { limit: 1 },
        signal,
      });
      const first = list.items.find((r) => r.kind === 'generated');
      if (!first) return null;
      return apiGet(`/api/resumes/${encodeURIComponent(first.id)}`, ZResume, { signal });
    },
  });
}

/** After a write: the records, the resume and the skills lists all follow it. */
export function refreshAchievements(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({
    queryKey: [ACCOUNT_QUERY_KEY],
    predicate: (query) =>
      ['achievements', 'resumes', 'user-skills', 'plan'].includes(String(query.queryKey[2])),
  });
}

const achievementPath = (id: string) => `/api/achievements/${encodeURIComponent(id)}`;

export const createAchievement = (body: TCreateAchievementRequest) =>
  apiRequest('POST', '/api/achievements', ZAchievementWriteResponse, { body });

export const updateAchievement = (id: string, body: TUpdateAchievementRequest) =>
  apiRequest('PATCH', achievementPath(id), ZAchievementWriteResponse, { body });

export const deleteAchievement = (id: string) =>
  apiRequest('DELETE', achievementPath(id), ZAchievementWriteResponse);

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "3 skills added, 1 raised, resume updated." from what a write changed. */
export function describeEffects(effects: TAchievementEffects): string {
  const count = (change: string) => effects.skills.filter((s) => s.change === change).length;
  const parts = [
    count('created') ? `${plural(count('created'), 'skill', 'skills')} added` : null,
    count('raised') ? `${plural(count('raised'), 'skill', 'skills')} raised` : null,
    count('removed') ? `${plural(count('removed'), 'skill', 'skills')} removed` : null,
    effects.resume.sectionsTouched.length ? 'resume updated' : 'resume unchanged',
  ].filter((part): part is string => part !== null);
  const text = parts.join(', ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** "Jun 2024" for a YYYY-MM-DD day, as a calendar day (no time-zone shift). */
export function formatMonth(day: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString(undefined, {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** "Jun 2024 – present", "Jun 2024 – Aug 2024", "Jun 2024", or null when undated. */
export function formatSpan(a: Pick<TAchievement, 'startDate' | 'endDate' | 'ongoing'>) {
  if (!a.startDate) return a.endDate ? formatMonth(a.endDate) : null;
  const start = formatMonth(a.startDate);
  if (a.ongoing) return `${start} – present`;
  if (!a.endDate) return start;
  const end = formatMonth(a.endDate);
  return end === start ? start : `${start} – ${end}`;
}

/** The year a record is filed under on the timeline: its start, else its end; null if undated. */
export function yearOf(a: Pick<TAchievement, 'startDate' | 'endDate'>): string | null {
  return (a.startDate ?? a.endDate)?.slice(0, 4) ?? null;
}

export type { TAchievement };
