export const PROVIDER_IDS = ['google', 'github', 'linkedin'] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];

/**
 * Where a provider's endpoints live. For GitHub, `userinfo` is the `/user` API URL and the email
 * list is read from `${userinfo}/emails`, which also holds for GitHub Enterprise Server.
 */
export interface ProviderEndpoints {
  authorize: string;
  token: string;
  userinfo: string;
}

export interface ProviderCredentials {
  clientId: string;
  clientSecret: string;
}

export interface OAuthConfig {
  /** The public origin users reach the app at, e.g. https://careeros.example.org */
  publicUrl: string;
  google?: ProviderCredentials;
  github?: ProviderCredentials;
  linkedin?: ProviderCredentials;
  /** Replaces a provider's endpoints (an egress proxy, an enterprise host, a test server). */
  endpoints?: Partial<Record<ProviderId, ProviderEndpoints>>;
}

/** What the app learns about the person from the provider, normalized across providers. */
export interface ProviderProfile {
  provider: ProviderId;
  /** The provider's stable user id; emails and usernames can change, this does not. */
  subject: string;
  email?: string;
  /** True only when the provider itself asserts the address was verified. */
  emailVerified: boolean;
  name?: string;
  avatarUrl?: string;
  username?: string;
}

/** Kept server-side (e.g. in a short-lived cookie) until the callback arrives. */
export interface OAuthAuthorization {
  url: URL;
  state: string;
  codeVerifier: string;
}

export interface OAuthProvider {
  readonly id: ProviderId;
  readonly callbackUrl: string;
  createAuthorization(): OAuthAuthorization;
  /** Trades the callback's code for tokens and reads the profile; rejects with OAuthError. */
  exchange(code: string, codeVerifier: string): Promise<ProviderProfile>;
}

export function isProviderId(value: string): value is ProviderId {
  return (PROVIDER_IDS as readonly string[]).includes(value);
}
