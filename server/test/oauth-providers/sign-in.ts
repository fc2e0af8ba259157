import { checkCallback } from '../../modules/auth/oauth/callback.js';
import { OAuthError } from '../../modules/auth/oauth/oauth-error.js';
import type { OAuthProvider, ProviderProfile } from '../../modules/auth/oauth/provider-types.js';
import { followAuthorization } from './follow-authorization.js';

/** The whole happy path through the real client: authorize, check the callback, exchange. */
export async function signIn(provider: OAuthProvider): Promise<ProviderProfile> {
  const authorization = provider.createAuthorization();
  const { query } = await followAuthorization(authorization.url);
  const callback = checkCallback({ query, expectedState: authorization.state });
  if (callback instanceof OAuthError) throw callback;
  return provider.exchange(callback.code, authorization.codeVerifier);
}
