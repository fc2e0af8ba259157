import { OAuth2RequestError } from 'arctic';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, startProviderUnderTest } from '../../../test/oauth-providers/fixtures.js';
import type { ProviderUnderTest } from '../../../test/oauth-providers/fixtures.js';
import { followAuthorization } from '../../../test/oauth-providers/follow-authorization.js';
import { checkCallback } from './callback.js';
import { OAuthError } from './oauth-error.js';
import { PROVIDER_IDS } from './provider-types.js';
import type { OAuthProvider, ProviderId } from './provider-types.js';

/** Browser to provider and back: the code from a callback whose state checks out. */
async function authorize(provider: OAuthProvider) {
  const authorization = provider.createAuthorization();
  const { location, query } = await followAuthorization(authorization.url);
  const callback = checkCallback({ query, expectedState: authorization.state });
  return { authorization, location, query, callback };
}

async function codeFrom(provider: OAuthProvider) {
  const { authorization, callback } = await authorize(provider);
  if (callback instanceof OAuthError) throw callback;
  return { code: callback.code, codeVerifier: authorization.codeVerifier };
}

async function rejection(promise: Promise<unknown>): Promise<OAuthError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(OAuthError);
  return error as OAuthError;
}

describe.each(PROVIDER_IDS)('%s sign-in against a local fake', (kind: ProviderId) => {
  let t: ProviderUnderTest<ProviderId>;
  beforeAll(async () => {
    t = await startProviderUnderTest(kind);
  });
  afterAll(() => t.fake.close());

  it('completes the flow and maps the profile', async () => {
    const { authorization, location, query, callback } = await authorize(t.provider);
    expect(`${location.origin}${location.pathname}`).toBe(t.provider.callbackUrl);
    expect(query.state).toBe(authorization.state);
    expect(callback).not.toBeInstanceOf(OAuthError);
    if (callback instanceof OAuthError) return;
    const profile = await t.provider.exchange(callback.code, authorization.codeVerifier);
    expect(profile).toEqual(FIXTURES[kind].expected);
  });

  it('asks for S256 PKCE, and the token endpoint enforces the verifier', async () => {
    const { authorization, callback } = await authorize(t.provider);
    expect(authorization.url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorization.url.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    if (callback instanceof OAuthError) throw callback;
    const error = await rejection(t.provider.exchange(callback.code, 'x'.repeat(43)));
    expect(error.code).toBe('exchange_failed');
    expect(error.provider).toBe(kind);
    expect(error.cause).toBeInstanceOf(OAuth2RequestError);
  });

  it('cannot redeem a code twice', async () => {
    const { code, codeVerifier } = await codeFrom(t.provider);
    await t.provider.exchange(code, codeVerifier);
    const error = await rejection(t.provider.exchange(code, codeVerifier));
    expect(error.code).toBe('exchange_failed');
  });

  it('rejects a callback whose state is not the one this browser started with', async () => {
    const first = t.provider.createAuthorization();
    const second = t.provider.createAuthorization();
    expect(second.state).not.toBe(first.state);
    expect(second.codeVerifier).not.toBe(first.codeVerifier);
    const { query } = await followAuthorization(second.url);
    const result = checkCallback({ query, expectedState: first.state });
    expect(result).toBeInstanceOf(OAuthError);
    expect((result as OAuthError).code).toBe('invalid_state');
  });

  it('reports denied consent as access_denied', async () => {
    t.fake.denyNext();
    const { query, callback } = await authorize(t.provider);
    expect(query.code).toBeUndefined();
    expect(callback).toBeInstanceOf(OAuthError);
    expect((callback as OAuthError).code).toBe('access_denied');
    // Only the next attempt was denied.
    expect((await authorize(t.provider)).callback).toHaveProperty('code');
  });

  it('fails the exchange when the client secret is wrong', async () => {
    const wrong = await startProviderUnderTest(kind, { clientSecret: 'not-the-secret' });
    try {
      const { code, codeVerifier } = await codeFrom(wrong.provider);
      const error = await rejection(wrong.provider.exchange(code, codeVerifier));
      expect(error.code).toBe('exchange_failed');
      expect(error.message).toContain('refused the code');
    } finally {
      await wrong.fake.close();
    }
  });

  it('fails with profile_failed when the profile endpoint errors', async () => {
    const broken = await startProviderUnderTest(kind, {
      endpoints: { userinfo: `${t.fake.baseUrl}/no-such-endpoint` },
    });
    try {
      const { code, codeVerifier } = await codeFrom(broken.provider);
      const error = await rejection(broken.provider.exchange(code, codeVerifier));
      expect(error.code).toBe('profile_failed');
      expect(error.message).toContain('HTTP 404');
    } finally {
      await broken.fake.close();
    }
  });

  it('fails with exchange_failed when the token endpoint cannot be reached', async () => {
    const offline = await startProviderUnderTest(kind);
    const { code, codeVerifier } = await codeFrom(offline.provider);
    await offline.fake.close();
    const error = await rejection(offline.provider.exchange(code, codeVerifier));
    expect(error.code).toBe('exchange_failed');
    expect(error.message).toContain('could not be reached');
  });
});
