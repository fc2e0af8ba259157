import { queryOptions } from '@tanstack/react-query';
import {
  ZAccountDeletedResponse,
  ZAccountExport,
  ZDeletionRequirements,
  type TDeleteAccountRequest,
} from '../../../contracts/privacy';
import { apiGet, apiRequest } from './api';
import { ACCOUNT_QUERY_KEY } from './auth-context';
import { saveFile } from './save-file';

const userPath = (userId: string) => `/api/users/${encodeURIComponent(userId)}`;

/** What the delete-account form must ask for (password or username, and a 2FA code). */
export function deletionRequirementsQuery(userId: string) {
  return queryOptions({
    queryKey: [ACCOUNT_QUERY_KEY, userId, 'deletion-requirements'] as const,
    queryFn: ({ signal }) =>
      apiGet(`${userPath(userId)}/deletion`, ZDeletionRequirements, { signal }),
    staleTime: 0,
  });
}

/** The name the server gives the file, e.g. "careeros-ada-2026-12-01.json". */
function attachmentName(response: Response): string | undefined {
  const header = response.headers.get('content-disposition') ?? '';
  return /filename="([^"]+)"/.exec(header)?.[1];
}

/** Fetches the full data export (it needs the access token) and saves it as a JSON file. */
export async function downloadAccountExport(userId: string): Promise<void> {
  let fileName = 'careeros-export.json';
  const data = await apiRequest('GET', `${userPath(userId)}/export`, ZAccountExport, {
    onResponse: (response) => {
      fileName = attachmentName(response) ?? fileName;
    },
  });
  saveFile(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }), fileName);
}

export function deleteAccount(userId: string, input: TDeleteAccountRequest) {
  return apiRequest('DELETE', userPath(userId), ZAccountDeletedResponse, { body: input });
}
