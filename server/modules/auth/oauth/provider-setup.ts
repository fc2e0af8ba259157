import type { OAuthProvider, ProviderCredentials, ProviderEndpoints } from './provider-types.js';

/** What the registry hands each provider factory. */
export interface ProviderSetup {
  credentials: ProviderCredentials;
  callbackUrl: string;
  endpoints: ProviderEndpoints;
}

export type ProviderFactory = (setup: ProviderSetup) => OAuthProvider;
