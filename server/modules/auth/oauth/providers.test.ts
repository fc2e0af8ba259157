import { describe, expect, it } from 'vitest';
import { DEFAULT_ENDPOINTS } from './default-endpoints.js';
import { OAuthError } from './oauth-error.js';
import { createOAuthProviders, findOAuthProvider } from './providers.js';
import { PROVIDER_IDS } from './provider-types.js';

const credentials = { clientId: 'id', clientSecret: 'secret' };

describe('createOAuthProviders', () => {
  it('enables only the providers with both a client id and a secret', () => {
    const providers = createOAuthProviders({
      publicUrl: 'https://careeros.example.org',
      github: credentials,
      linkedin: { clientId: 'id', clientSecret: '' },
    });
    expect([...providers.keys()]).toEqual(['github']);
    expect(findOAuthProvider(providers, 'github')).toBe(providers.get('github'));
  });

  it('reports an unconfigured or unknown provider as provider_not_configured', () => {
    const providers = createOAuthProviders({ publicUrl: 'https://careeros.example.org' });
    expect(providers.size).toBe(0);
    for (const id of ['google', 'facebook', '__proto__']) {
      const result = findOAuthProvider(providers, id);
      expect(result).toBeInstanceOf(OAuthError);
      expect((result as OAuthError).code).toBe('provider_not_configured');
    }
  });

  it.each(PROVIDER_IDS)(
    '%s: builds the callback URL and uses the real endpoints by default',
    (id) => {
      const provider = createOAuthProviders({
        publicUrl: 'https://careeros.example.org/',
        [id]: credentials,
      }).get(id);
      const callbackUrl = `https://careeros.example.org/api/auth/oauth/${id}/callback`;
      expect(provider?.callbackUrl).toBe(callbackUrl);
      const url = provider?.createAuthorization().url;
      expect(`${url?.origin}${url?.pathname}`).toBe(DEFAULT_ENDPOINTS[id].authorize);
      expect(url?.searchParams.get('redirect_uri')).toBe(callbackUrl);
      expect(url?.searchParams.get('client_id')).toBe('id');
      expect(url?.searchParams.get('response_type')).toBe('code');
    },
  );

  it('points a provider at overridden endpoints', () => {
    const provider = createOAuthProviders({
      publicUrl: 'https://careeros.example.org',
      google: credentials,
      endpoints: {
        google: {
          authorize: 'https://proxy.example.org/google/auth',
          token: 'https://proxy.example.org/google/token',
          userinfo: 'https://proxy.example.org/google/userinfo',
        },
      },
    }).get('google');
    const url = provider?.createAuthorization().url;
    expect(url?.href.startsWith('https://proxy.example.org/google/auth?')).toBe(true);
  });
});
