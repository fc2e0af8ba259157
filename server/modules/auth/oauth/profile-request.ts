import type { z } from 'zod';
import { OAuthError } from './oauth-error.js';
import type { ProviderId } from './provider-types.js';

const PROFILE_TIMEOUT_MS = 10_000;

/** GETs a provider API with the access token and validates the JSON; failures are `profile_failed`. */
export async function getProviderJson<T>(
  provider: ProviderId,
  request: { url: string; accessToken: string; headers?: Record<string, string> },
  schema: z.ZodType<T>,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(request.url, {
      headers: {
        Accept: 'application/json',
        // GitHub's API rejects requests without a User-Agent.
        'User-Agent': 'CareerOS',
        ...request.headers,
        Authorization: `Bearer ${request.accessToken}`,
      },
      signal: AbortSignal.timeout(PROFILE_TIMEOUT_MS),
    });
  } catch (error) {
    throw profileFailed(provider, 'the profile endpoint could not be reached', error);
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw profileFailed(provider, `the profile endpoint answered HTTP ${response.status}`);
  }
  let data: unknown;
  try {
    data = await response.json();
  } catch (error) {
    throw profileFailed(provider, 'the profile endpoint did not answer JSON', error);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    throw profileFailed(provider, 'the profile had an unexpected shape', parsed.error);
  }
  return parsed.data;
}

function profileFailed(provider: ProviderId, detail: string, cause?: unknown): OAuthError {
  return new OAuthError('profile_failed', `${provider}: ${detail}`, provider, { cause });
}
