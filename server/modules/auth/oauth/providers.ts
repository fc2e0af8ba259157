import { DEFAULT_ENDPOINTS } from './default-endpoints.js';
import { createGitHubProvider } from './github.js';
import { createGoogleProvider } from './google.js';
import { createLinkedInProvider } from './linkedin.js';
import { OAuthError } from './oauth-error.js';
import type { ProviderFactory } from './provider-setup.js';
import { isProviderId, PROVIDER_IDS } from './provider-types.js';
import type { OAuthConfig, OAuthProvider, ProviderId } from './provider-types.js';

const FACTORIES: Record<ProviderId, ProviderFactory> = {
  google: createGoogleProvider,
  github: createGitHubProvider,
  linkedin: createLinkedInProvider,
};

export function oauthCallbackUrl(publicUrl: string, id: ProviderId): string {
  return `${publicUrl.replace(/\/+$/, '')}/api/auth/oauth/${id}/callback`;
}

/** The providers that have both a client id and a secret; the others stay off. */
export function createOAuthProviders(config: OAuthConfig): Map<ProviderId, OAuthProvider> {
  const providers = new Map<ProviderId, OAuthProvider>();
  for (const id of PROVIDER_IDS) {
    const credentials = config[id];
    if (!credentials?.clientId || !credentials.clientSecret) continue;
    const provider = FACTORIES[id]({
      credentials,
      callbackUrl: oauthCallbackUrl(config.publicUrl, id),
      endpoints: config.endpoints?.[id] ?? DEFAULT_ENDPOINTS[id],
    });
    providers.set(id, provider);
  }
  return providers;
}

/** Looks up a provider named in a request path, which may be anything. */
export function findOAuthProvider(
  providers: ReadonlyMap<ProviderId, OAuthProvider>,
  id: string,
): OAuthProvider | OAuthError {
  const provider = isProviderId(id) ? providers.get(id) : undefined;
  return (
    provider ?? new OAuthError('provider_not_configured', `sign-in with "${id}" is not configured`)
  );
}
