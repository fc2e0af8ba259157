import { createHash, timingSafeEqual } from 'node:crypto';
import { OAuthError } from './oauth-error.js';

/**
 * Error values providers send when the person declines: the standard `access_denied` (Google,
 * GitHub) and LinkedIn's own `user_cancelled_login` / `user_cancelled_authorize`.
 */
const DENIAL_ERRORS = new Set([
  'access_denied',
  'user_cancelled_login',
  'user_cancelled_authorize',
]);

export interface CallbackInput {
  /** The callback's query string as parsed by the HTTP layer. */
  query: Record<string, unknown>;
  /** The state saved when the sign-in started; undefined when it was lost or has expired. */
  expectedState: string | undefined;
}

/**
 * Validates the provider's redirect back to the app. The state is checked before anything else,
 * error reports included, so only a redirect answering a sign-in this browser started is acted on.
 */
export function checkCallback({
  query,
  expectedState,
}: CallbackInput): { code: string } | OAuthError {
  const state = single(query.state);
  if (!expectedState || state === undefined || !sameSecret(state, expectedState)) {
    return new OAuthError('invalid_state', 'the sign-in state is missing or does not match');
  }
  const error = single(query.error);
  if (error !== undefined) {
    if (DENIAL_ERRORS.has(error)) {
      return new OAuthError('access_denied', 'the sign-in was cancelled at the provider');
    }
    // Any other authorize error (server_error, invalid_scope, ...) means no code will come.
    return new OAuthError(
      'exchange_failed',
      `the provider reported an error: ${error.slice(0, 100)}`,
    );
  }
  const code = single(query.code);
  if (!code) return new OAuthError('exchange_failed', 'the provider sent no authorization code');
  return { code };
}

/** One string value; repeated or non-string parameters are treated as absent. */
function single(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Compares digests so neither the content nor the length of the expected state leaks via timing. */
function sameSecret(a: string, b: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(a), digest(b));
}
