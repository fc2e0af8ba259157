import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, startProviderUnderTest } from '../../../test/oauth-providers/fixtures.js';
import type { ProviderUnderTest } from '../../../test/oauth-providers/fixtures.js';
import { followAuthorization } from '../../../test/oauth-providers/follow-authorization.js';
import { signIn } from '../../../test/oauth-providers/sign-in.js';
import { checkCallback } from './callback.js';

describe('LinkedIn profile', () => {
  let t: ProviderUnderTest<'linkedin'>;
  beforeAll(async () => {
    t = await startProviderUnderTest('linkedin');
  });
  beforeEach(() => t.fake.setProfile(FIXTURES.linkedin.profile));
  afterAll(() => t.fake.close());

  it('requests the OpenID Connect scopes', () => {
    const { url } = t.provider.createAuthorization();
    expect(url.searchParams.get('scope')).toBe('openid email profile');
  });

  it('surfaces an unverified email as emailVerified false', async () => {
    t.fake.setProfile({ ...FIXTURES.linkedin.profile, email_verified: false });
    const profile = await signIn(t.provider);
    expect(profile.email).toBe('grace@example.org');
    expect(profile.emailVerified).toBe(false);
  });

  it("maps LinkedIn's own cancellation error to access_denied", async () => {
    t.fake.denyNext();
    const authorization = t.provider.createAuthorization();
    const { query } = await followAuthorization(authorization.url);
    expect(query.error).toBe('user_cancelled_authorize');
    const result = checkCallback({ query, expectedState: authorization.state });
    expect(result).toMatchObject({ code: 'access_denied' });
  });
});
