import { queryOptions } from '@tanstack/react-query';
import {
  ZListIdentitiesResponse,
  ZOAuthLinkResponse,
  ZOAuthProvidersResponse,
  type oauthProviders,
} from '../../../contracts/auth';
import { apiGet, apiRequest, buildUrl } from './api';
import { ACCOUNT_QUERY_KEY } from './auth-context';

export type OAuthProviderId = (typeof oauthProviders)[number];

export const providerNames: Record<OAuthProviderId, string> = {
  google: 'Google',
  github: 'GitHub',
  linkedin: 'LinkedIn',
};

/** The providers this server has credentials for; changes only when the server restarts. */
export function oauthProvidersQuery() {
  return queryOptions({
    queryKey: ['oauth', 'providers'] as const,
    queryFn: ({ signal }) =>
      apiGet('/api/auth/oauth/providers', ZOAuthProvidersResponse, { signal }),
    staleTime: Infinity,
  });
}

export function identitiesQuery(userId: string) {
  return queryOptions({
    queryKey: [ACCOUNT_QUERY_KEY, userId, 'identities'] as const,
    queryFn: ({ signal }) =>
      apiGet('/api/auth/oauth/identities', ZListIdentitiesResponse, { signal }),
    staleTime: 0,
  });
}

/** Where the browser goes to sign in with a provider; the server sends it back to `next`. */
export function oauthStartPath(provider: OAuthProviderId, next: string | undefined): string {
  return buildUrl(`/api/auth/oauth/${provider}/start`, { next });
}

/** The provider's page to approve linking; the server brings the user back to the security page. */
export async function startLinking(provider: OAuthProviderId): Promise<string> {
  const { url } = await apiRequest('POST', `/api/auth/oauth/${provider}/link`, ZOAuthLinkResponse);
  return url;
}

export function unlinkProvider(provider: OAuthProviderId) {
  return apiRequest('DELETE', `/api/auth/oauth/identities/${provider}`, ZListIdentitiesResponse);
}

/** What the server's `?oauthError=` codes mean to the person who tried. */
const oauthErrorMessages: Record<string, string> = {
  invalid_state:
    'That sign-in attempt expired or was started in another browser. Please try again.',
  access_denied: 'Signing in was cancelled at the provider. Nothing was changed.',
  exchange_failed: 'The provider could not complete the sign-in. Try again in a moment.',
  profile_failed: 'The provider did not share your profile with CareerOS. Try again in a moment.',
  provider_not_configured: 'That sign-in provider is not set up on this server.',
  email_not_verified_by_provider:
    'The provider has not verified your email address. Verify it there first, or sign up with a password.',
  email_in_use_login_to_link:
    'An account with this email address already exists. Log in with your password, then link the provider under Security settings.',
  identity_in_use: 'That provider account is already linked to another CareerOS account.',
  account_suspended: 'This account is suspended. Contact the people who run this site.',
};

export function oauthErrorMessage(code: string): string {
  return oauthErrorMessages[code] ?? 'Signing in with the provider did not work. Please try again.';
}
