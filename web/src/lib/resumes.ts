import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  ZListResumeVersionsResponse,
  ZListResumesResponse,
  ZPublicResume,
  ZResume,
  ZResumePublicLink,
  ZResumeVersion,
  type TCreateResumeRequest,
  type TExportFormat,
  type TUpdateResumeRequest,
} from '../../../contracts/resumes';
import { apiDownload, apiGet, apiRequest } from './api';
import { ACCOUNT_QUERY_KEY } from './auth-context';

export const exportFormatLabels: Record<TExportFormat, string> = {
  pdf: 'PDF',
  docx: 'DOCX',
  md: 'Markdown',
  txt: 'Text',
  json: 'JSON Resume',
};

const resumePath = (id: string) => `/api/resumes/${encodeURIComponent(id)}`;

/** Resumes belong to the signed-in account and go from the cache when it signs out. */
export function resumeListQuery(userId: string) {
  return queryOptions({
    queryKey: [ACCOUNT_QUERY_KEY, userId, 'resumes', 'list'],
    queryFn: ({ signal }) =>
      apiGet('/api/resumes', ZListResumesResponse, { query: { limit: 100 }, signal }),
  });
}

export function resumeQuery(userId: string, id: string) {
  return queryOptions({
    queryKey: [ACCOUNT_QUERY_KEY, userId, 'resumes', id],
    queryFn: ({ signal }) => apiGet(resumePath(id), ZResume, { signal }),
  });
}

export function resumeVersionsQuery(userId: string, id: string) {
  return queryOptions({
    queryKey: [ACCOUNT_QUERY_KEY, userId, 'resumes', id, 'versions'],
    queryFn: ({ signal }) =>
      apiGet(`${resumePath(id)}/versions`, ZListResumeVersionsResponse, {
        query: { limit: 100 },
        signal,
      }),
  });
}

export function publicResumeQuery(token: string) {
  return queryOptions({
    queryKey: ['public-resume', token],
    queryFn: ({ signal }) =>
      apiGet(`/api/public/resumes/${encodeURIComponent(token)}`, ZPublicResume, { signal }),
    retry: false,
  });
}

export function refreshResumes(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({
    queryKey: [ACCOUNT_QUERY_KEY],
    predicate: (query) => query.queryKey[2] === 'resumes',
  });
}

export const createResume = (body: TCreateResumeRequest) =>
  apiRequest('POST', '/api/resumes', ZResume, { body });

export const importJsonResume = (document: Record<string, unknown>, name?: string) =>
  apiRequest('POST', '/api/resumes/import', ZResume, { body: { document, name } });

export const updateResume = (id: string, body: TUpdateResumeRequest) =>
  apiRequest('PATCH', resumePath(id), ZResume, { body });

export const deleteResume = (id: string) => apiRequest('DELETE', resumePath(id), z.unknown());

export const saveVersion = (id: string, name: string) =>
  apiRequest('POST', `${resumePath(id)}/versions`, ZResumeVersion, { body: { name } });

export const setPublicLink = (id: string, enabled: boolean) =>
  apiRequest('PUT', `${resumePath(id)}/public-link`, ZResumePublicLink, { body: { enabled } });

export const downloadResume = (id: string, format: TExportFormat, version?: number) =>
  apiDownload(`${resumePath(id)}/export`, { query: { format, version } });

export const downloadPublicResume = (token: string) =>
  apiDownload(`/api/public/resumes/${encodeURIComponent(token)}/export`, {
    query: { format: 'pdf' },
    auth: false,
  });
