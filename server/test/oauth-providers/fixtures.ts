import type {
  OAuthConfig,
  OAuthProvider,
  ProviderEndpoints,
  ProviderId,
  ProviderProfile,
} from '../../modules/auth/oauth/provider-types.js';
import { createOAuthProviders } from '../../modules/auth/oauth/providers.js';
import { startFakeOAuthProvider } from './fake-provider.js';
import type { FakeOAuthProvider } from './fake-provider.js';
import type { FakeProfileMap } from './fake-profiles.js';

export const APP_URL = 'https://careeros.test';

/** A typical profile per provider and the ProviderProfile the client should make of it. */
export const FIXTURES: {
  [K in ProviderId]: { profile: FakeProfileMap[K]; expected: ProviderProfile };
} = {
  google: {
    profile: {
      sub: '109876543210987654321',
      email: 'ada@example.org',
      email_verified: true,
      name: 'Ada Lovelace',
      given_name: 'Ada',
      family_name: 'Lovelace',
      picture: 'https://lh3.googleusercontent.com/a/ada-photo',
      locale: 'en',
    },
    expected: {
      provider: 'google',
      subject: '109876543210987654321',
      email: 'ada@example.org',
      emailVerified: true,
      name: 'Ada Lovelace',
      avatarUrl: 'https://lh3.googleusercontent.com/a/ada-photo',
    },
  },
  github: {
    profile: {
      user: {
        id: 583231,
        login: 'octocat',
        name: 'The Octocat',
        // The public profile address differs from the primary one on purpose.
        email: 'octocat-public@example.org',
        avatar_url: 'https://avatars.githubusercontent.com/u/583231?v=4',
      },
      emails: [
        { email: 'octo-old@example.org', primary: false, verified: true, visibility: null },
        { email: 'octocat@example.org', primary: true, verified: true, visibility: 'private' },
      ],
    },
    expected: {
      provider: 'github',
      subject: '583231',
      email: 'octocat@example.org',
      emailVerified: true,
      name: 'The Octocat',
      avatarUrl: 'https://avatars.githubusercontent.com/u/583231?v=4',
      username: 'octocat',
    },
  },
  linkedin: {
    profile: {
      sub: 'A1b2C3d4E5',
      email: 'grace@example.org',
      email_verified: true,
      name: 'Grace Hopper',
      given_name: 'Grace',
      family_name: 'Hopper',
      picture: 'https://media.licdn.com/dms/image/grace',
      locale: { country: 'US', language: 'en' },
    },
    expected: {
      provider: 'linkedin',
      subject: 'A1b2C3d4E5',
      email: 'grace@example.org',
      emailVerified: true,
      name: 'Grace Hopper',
      avatarUrl: 'https://media.licdn.com/dms/image/grace',
    },
  },
};

export interface ProviderUnderTest<K extends ProviderId> {
  fake: FakeOAuthProvider<FakeProfileMap[K]>;
  provider: OAuthProvider;
}

/**
 * A fake provider and the real client, configured through the registry to talk to it; overrides
 * let a test break one piece (a wrong secret, an endpoint that fails).
 */
export async function startProviderUnderTest<K extends ProviderId>(
  kind: K,
  overrides: { clientSecret?: string; endpoints?: Partial<ProviderEndpoints> } = {},
): Promise<ProviderUnderTest<K>> {
  const credentials = { clientId: `${kind}-client-id`, clientSecret: `${kind}-client-secret` };
  const fake = await startFakeOAuthProvider(kind, {
    ...credentials,
    profile: FIXTURES[kind].profile,
  });
  const config: OAuthConfig = {
    publicUrl: APP_URL,
    endpoints: { [kind]: { ...fake.endpoints, ...overrides.endpoints } },
  };
  config[kind] = {
    ...credentials,
    clientSecret: overrides.clientSecret ?? credentials.clientSecret,
  };
  const provider = createOAuthProviders(config).get(kind);
  if (!provider) throw new Error(`${kind} should be configured`);
  return { fake, provider };
}
