import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  ZCoverLetter,
  ZListCoverLettersResponse,
  type TCoverLetterExportFormat,
  type TCreateCoverLetterRequest,
  type TUpdateCoverLetterRequest,
} from '../../../contracts/cover-letters';
import { apiFile, apiGet, apiRequest } from './api';
import { ACCOUNT_QUERY_KEY } from './auth-context';
import { saveFile } from './save-file';

export const exportFormatLabels: Record<TCoverLetterExportFormat, string> = {
  pdf: 'PDF',
  docx: 'DOCX',
  md: 'Markdown',
  txt: 'Text',
};

/** Letters belong to the signed-in account and go from the cache when it signs out. */
export function coverLetterListQuery(userId: string, params: { limit: number; offset: number }) {
  return queryOptions({
    queryKey: [ACCOUNT_QUERY_KEY, userId, 'cover-letters', params],
    queryFn: ({ signal }) =>
      apiGet('/api/cover-letters', ZListCoverLettersResponse, { query: params, signal }),
  });
}

export function coverLetterQuery(userId: string, id: string) {
  return queryOptions({
    queryKey: [ACCOUNT_QUERY_KEY, userId, 'cover-letter', id],
    queryFn: ({ signal }) => apiGet(letterPath(id), ZCoverLetter, { signal }),
    // The editor holds its own copy while open; a refetch would not change what it shows.
    staleTime: Infinity,
  });
}

/** After a letter is added, copied or removed: the lists read them. */
export function refreshCoverLetters(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({
    queryKey: [ACCOUNT_QUERY_KEY],
    predicate: (query) => query.queryKey[2] === 'cover-letters',
  });
}

const letterPath = (id: string) => `/api/cover-letters/${encodeURIComponent(id)}`;

export const createCoverLetter = (body: TCreateCoverLetterRequest) =>
  apiRequest('POST', '/api/cover-letters', ZCoverLetter, { body });

export const updateCoverLetter = (id: string, body: TUpdateCoverLetterRequest) =>
  apiRequest('PATCH', letterPath(id), ZCoverLetter, { body });

export const duplicateCoverLetter = (id: string) =>
  apiRequest('POST', `${letterPath(id)}/duplicate`, ZCoverLetter);

export const deleteCoverLetter = (id: string) => apiRequest('DELETE', letterPath(id), z.unknown());

/** Downloads the letter in a format, under the name the server gives it. */
export async function downloadCoverLetter(
  id: string,
  format: TCoverLetterExportFormat,
): Promise<void> {
  const { blob, fileName } = await apiFile(`${letterPath(id)}/export`, { query: { format } });
  saveFile(blob, fileName ?? `cover-letter.${format}`);
}
