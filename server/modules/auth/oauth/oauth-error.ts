import type { ProviderId } from './provider-types.js';

/** Stable codes the sign-in routes map to user-facing messages. */
export type OAuthErrorCode =
  | 'invalid_state'
  | 'access_denied'
  | 'exchange_failed'
  | 'profile_failed'
  | 'provider_not_configured'
  | 'email_not_verified_by_provider'
  | 'email_in_use_login_to_link'
  | 'identity_in_use';

export class OAuthError extends Error {
  override readonly name = 'OAuthError';

  constructor(
    readonly code: OAuthErrorCode,
    message: string,
    readonly provider?: ProviderId,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isOAuthError(value: unknown): value is OAuthError {
  return value instanceof OAuthError;
}
