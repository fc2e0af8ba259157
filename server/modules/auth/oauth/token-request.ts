import {
  ArcticFetchError,
  OAuth2RequestError,
  UnexpectedErrorResponseBodyError,
  UnexpectedResponseError,
} from 'arctic';
import type { OAuth2Tokens } from 'arctic';
import { OAuthError } from './oauth-error.js';
import type { ProviderId } from './provider-types.js';

/**
 * Runs a token request and returns the access token, turning every way it can go wrong into
 * `exchange_failed`, so callers see one error type whatever arctic threw.
 */
export async function requestAccessToken(
  provider: ProviderId,
  send: () => Promise<OAuth2Tokens>,
): Promise<string> {
  let tokens: OAuth2Tokens;
  try {
    tokens = await send();
  } catch (error) {
    throw exchangeFailed(provider, error);
  }
  // GitHub reports token errors with HTTP 200 and an `error` field, which arctic's generic client
  // (unlike its GitHub class) takes for a token response.
  const data: { error?: unknown; error_description?: unknown } = tokens.data;
  if (typeof data.error === 'string') {
    const description = typeof data.error_description === 'string' ? data.error_description : null;
    throw exchangeFailed(provider, new OAuth2RequestError(data.error, description, null, null));
  }
  try {
    return tokens.accessToken();
  } catch (error) {
    throw exchangeFailed(provider, error);
  }
}

function exchangeFailed(provider: ProviderId, error: unknown): OAuthError {
  let detail = 'the token response had no access token';
  if (error instanceof OAuth2RequestError) {
    detail = `the provider refused the code (${error.code})`;
  } else if (error instanceof ArcticFetchError) {
    detail = 'the token endpoint could not be reached';
  } else if (
    error instanceof UnexpectedResponseError ||
    error instanceof UnexpectedErrorResponseBodyError
  ) {
    detail = `the token endpoint answered HTTP ${error.status}`;
  }
  return new OAuthError('exchange_failed', `${provider}: ${detail}`, provider, { cause: error });
}
