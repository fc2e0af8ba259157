import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, startProviderUnderTest } from '../../../test/oauth-providers/fixtures.js';
import type { ProviderUnderTest } from '../../../test/oauth-providers/fixtures.js';
import { signIn } from '../../../test/oauth-providers/sign-in.js';

describe('Google profile', () => {
  let t: ProviderUnderTest<'google'>;
  beforeAll(async () => {
    t = await startProviderUnderTest('google');
  });
  beforeEach(() => t.fake.setProfile(FIXTURES.google.profile));
  afterAll(() => t.fake.close());

  it('requests the OpenID Connect scopes', () => {
    const { url } = t.provider.createAuthorization();
    expect(url.searchParams.get('scope')).toBe('openid email profile');
  });

  it('surfaces an unverified email as emailVerified false', async () => {
    t.fake.setProfile({ ...FIXTURES.google.profile, email_verified: false });
    const profile = await signIn(t.provider);
    expect(profile.email).toBe('ada@example.org');
    expect(profile.emailVerified).toBe(false);
  });

  it('does not take a missing email_verified claim for verified', async () => {
    const { email_verified: _omitted, ...withoutClaim } = FIXTURES.google.profile;
    t.fake.setProfile(withoutClaim);
    expect((await signIn(t.provider)).emailVerified).toBe(false);
  });

  it('signs in without an email or a name', async () => {
    t.fake.setProfile({ sub: '42' });
    expect(await signIn(t.provider)).toEqual({
      provider: 'google',
      subject: '42',
      emailVerified: false,
    });
  });
});
