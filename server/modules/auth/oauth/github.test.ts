import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, startProviderUnderTest } from '../../../test/oauth-providers/fixtures.js';
import type { ProviderUnderTest } from '../../../test/oauth-providers/fixtures.js';
import type { FakeGitHubProfile } from '../../../test/oauth-providers/fake-profiles.js';
import { signIn } from '../../../test/oauth-providers/sign-in.js';

const base = FIXTURES.github.profile;
const withEmails = (emails: FakeGitHubProfile['emails']): FakeGitHubProfile => ({
  ...base,
  emails,
});

describe('GitHub profile', () => {
  let t: ProviderUnderTest<'github'>;
  beforeAll(async () => {
    t = await startProviderUnderTest('github');
  });
  beforeEach(() => t.fake.setProfile(base));
  afterAll(() => t.fake.close());

  it('requests the user and email scopes', () => {
    const { url } = t.provider.createAuthorization();
    expect(url.searchParams.get('scope')).toBe('read:user user:email');
  });

  it('reports an unverified primary email as unverified, even with other verified ones', async () => {
    t.fake.setProfile(
      withEmails([
        { email: 'verified-old@example.org', primary: false, verified: true, visibility: null },
        { email: 'new@example.org', primary: true, verified: false, visibility: 'private' },
      ]),
    );
    const profile = await signIn(t.provider);
    expect(profile.email).toBe('new@example.org');
    expect(profile.emailVerified).toBe(false);
  });

  it('has no email when GitHub lists no primary address', async () => {
    t.fake.setProfile(withEmails([]));
    const profile = await signIn(t.provider);
    expect(profile.email).toBeUndefined();
    expect(profile.emailVerified).toBe(false);
  });

  it('keeps the numeric id as subject when the login and name change', async () => {
    t.fake.setProfile({ ...base, user: { ...base.user, login: 'renamed', name: null } });
    const profile = await signIn(t.provider);
    expect(profile.subject).toBe('583231');
    expect(profile.username).toBe('renamed');
    expect(profile.name).toBeUndefined();
  });
});
