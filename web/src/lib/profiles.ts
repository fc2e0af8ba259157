import { queryOptions } from '@tanstack/react-query';
import {
  AVATAR_MAX_BYTES,
  avatarMimeTypes,
  ZGetProfileResponse,
  ZUpdateProfileResponse,
  type TCareerStatus,
  type TProfileVisibility,
  type TUpdateProfileRequest,
} from '../../../contracts/profiles';
import { apiGet, apiRequest } from './api';
import { ACCOUNT_QUERY_KEY } from './auth-context';

/**
 * Where the profiles a signed-in viewer has seen are cached. What a profile shows depends on who
 * asks, so these live with the viewer's account data and go when they sign out.
 */
export function viewerProfilesKey(viewerId: string) {
  return [ACCOUNT_QUERY_KEY, viewerId, 'profiles'] as const;
}

/** A profile by user id or username, as the current viewer (`viewerId`, or signed out) sees it. */
export function profileQuery(idOrUsername: string, viewerId: string | undefined) {
  const name = idOrUsername.toLowerCase();
  return queryOptions({
    queryKey: viewerId ? [...viewerProfilesKey(viewerId), name] : ['profiles', name],
    queryFn: ({ signal }) =>
      apiGet(`/api/users/${encodeURIComponent(idOrUsername)}`, ZGetProfileResponse, { signal }),
    // Avatar links expire after an hour; fetch again well before.
    staleTime: 5 * 60_000,
  });
}

export function updateProfile(userId: string, changes: TUpdateProfileRequest) {
  return apiRequest('PUT', `/api/users/${encodeURIComponent(userId)}`, ZUpdateProfileResponse, {
    body: changes,
  });
}

export function uploadAvatar(userId: string, file: File) {
  const form = new FormData();
  form.append('file', file);
  return apiRequest(
    'POST',
    `/api/users/${encodeURIComponent(userId)}/avatar`,
    ZUpdateProfileResponse,
    { body: form },
  );
}

export function removeAvatar(userId: string) {
  return apiRequest(
    'DELETE',
    `/api/users/${encodeURIComponent(userId)}/avatar`,
    ZUpdateProfileResponse,
  );
}

/** The server decides by content; this only spares an upload that would surely be refused. */
export function avatarFileProblem(file: File): string | undefined {
  if (!(avatarMimeTypes as readonly string[]).includes(file.type)) {
    return 'Choose a PNG, JPEG or WebP image.';
  }
  if (file.size > AVATAR_MAX_BYTES) {
    return `This file is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is 5 MB.`;
  }
  if (file.size === 0) return 'This file is empty.';
  return undefined;
}

export const visibilityLabels: Record<TProfileVisibility, string> = {
  public: 'Everyone',
  signed_in: 'Signed-in users',
  only_me: 'Only me',
};

export const careerStatusLabels: Record<TCareerStatus, string> = {
  student: 'Student',
  employed: 'Employed',
  self_employed: 'Self-employed',
  job_seeking: 'Looking for work',
  career_changing: 'Changing careers',
  other: 'Other',
};

/** "github.com/ada" becomes "https://github.com/ada": people often leave the scheme out. */
export function withScheme(address: string): string {
  const text = address.trim();
  if (text === '' || /^[a-z][a-z0-9+.-]*:/i.test(text)) return text;
  return `https://${text}`;
}

/** An address without its scheme and trailing slash, for display. */
export function displayUrl(address: string): string {
  return address.replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, '');
}
