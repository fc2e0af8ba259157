import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZAuthResponse } from '../../../contracts/auth.js';
import type { FakeGitHubProfile } from '../../test/oauth-providers/fake-profiles.js';
import {
  startFakeOAuthProvider,
  type FakeOAuthProvider,
} from '../../test/oauth-providers/fake-provider.js';
import { followAuthorization } from '../../test/oauth-providers/follow-authorization.js';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { bearer, registerUser } from './auth-test-helpers.js';

let github: FakeOAuthProvider<FakeGitHubProfile>;
let t: TestApp;
let n = 0;

/** A GitHub account with a fresh id and a verified primary email. */
function githubProfile(email: string, verified = true): FakeGitHubProfile {
  n += 1;
  return {
    user: { id: 900_000 + n, login: `octo${n}`, name: `Octo ${n}`, email: null, avatar_url: '' },
    emails: [{ email, primary: true, verified, visibility: 'private' }],
  } as FakeGitHubProfile;
}

beforeAll(async () => {
  github = await startFakeOAuthProvider('github', {
    clientId: 'gh-client',
    clientSecret: 'gh-secret',
    profile: githubProfile('first@example.org'),
  });
  t = await buildTestApp({
    GITHUB_CLIENT_ID: 'gh-client',
    GITHUB_CLIENT_SECRET: 'gh-secret',
    OAUTH_ENDPOINTS: JSON.stringify({ github: github.endpoints }),
  });
});
afterAll(async () => {
  await t.close();
  await github.close();
});

function cookieFrom(setCookie: string | string[] | undefined, name: string): string {
  const all = Array.isArray(setCookie) ? setCookie : [setCookie ?? ''];
  const found = all.find((c) => c.startsWith(`${name}=`));
  return found?.split(';')[0] ?? '';
}

/** Runs start (or a given start response) -> provider -> callback; returns the callback response. */
async function roundTrip(
  options: { next?: string; tamperState?: boolean; start?: { url: string; cookie: string } } = {},
) {
  let url: string;
  let flowCookie: string;
  if (options.start) {
    ({ url, cookie: flowCookie } = options.start);
  } else {
    const start = await t.app.inject({
      url: `/api/auth/oauth/github/start${options.next ? `?next=${encodeURIComponent(options.next)}` : ''}`,
    });
    expect(start.statusCode).toBe(302);
    url = String(start.headers.location);
    flowCookie = cookieFrom(start.headers['set-cookie'], 'careeros_oauth');
  }
  const back = await followAuthorization(new URL(url));
  if (options.tamperState) back.location.searchParams.set('state', 'forged-state-value');
  return t.app.inject({
    url: `${back.location.pathname}${back.location.search}`,
    headers: { cookie: flowCookie },
  });
}

async function refreshWith(setCookie: string | string[] | undefined) {
  const cookie = cookieFrom(setCookie, 'careeros_refresh');
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/auth/refresh',
    headers: { cookie, origin: t.config.publicUrl },
  });
  return ZAuthResponse.parse(res.json());
}

describe('OAuth sign-in', () => {
  it('lists only configured providers', async () => {
    const res = await t.app.inject({ url: '/api/auth/oauth/providers' });
    expect(res.json()).toEqual({ providers: ['github'] });
    expect((await t.app.inject({ url: '/api/auth/oauth/google/start' })).statusCode).toBe(404);
  });

  it('creates an account on first sign-in and signs into it the next time', async () => {
    github.setProfile(githubProfile('newcomer@example.org'));
    const first = await roundTrip({ next: '/skills' });
    expect(first.statusCode).toBe(302);
    expect(first.headers.location).toBe('/skills');
    const signedIn = await refreshWith(first.headers['set-cookie']);
    expect(signedIn.user).toMatchObject({ email: 'newcomer@example.org', emailVerified: true });

    const second = await roundTrip();
    expect(second.headers.location).toBe('/account');
    expect((await refreshWith(second.headers['set-cookie'])).user.id).toBe(signedIn.user.id);
  });

  it('refuses a forged state, denied consent and an unverified email', async () => {
    github.setProfile(githubProfile('state@example.org'));
    expect((await roundTrip({ tamperState: true })).headers.location).toBe(
      '/login?oauthError=invalid_state',
    );
    github.denyNext();
    expect((await roundTrip()).headers.location).toBe('/login?oauthError=access_denied');
    github.setProfile(githubProfile('unverified@example.org', false));
    expect((await roundTrip()).headers.location).toBe(
      '/login?oauthError=email_not_verified_by_provider',
    );
  });

  it('does not take over an account by email; the owner links from settings instead', async () => {
    const owner = await registerUser(t.app, { email: 'owner@example.org' });
    github.setProfile(githubProfile('owner@example.org'));
    const refused = await roundTrip();
    expect(refused.headers.location).toBe('/login?oauthError=email_in_use_login_to_link');

    const link = await t.app.inject({
      method: 'POST',
      url: '/api/auth/oauth/github/link',
      headers: bearer(owner.accessToken),
    });
    expect(link.statusCode).toBe(200);
    const linked = await roundTrip({
      start: {
        url: link.json().url as string,
        cookie: cookieFrom(link.headers['set-cookie'], 'careeros_oauth'),
      },
    });
    expect(linked.headers.location).toBe('/account/security?linked=github');
    const identities = await t.app.inject({
      url: '/api/auth/oauth/identities',
      headers: bearer(owner.accessToken),
    });
    expect(identities.json().items.map((i: { provider: string }) => i.provider)).toEqual([
      'github',
    ]);

    // Now the provider signs straight into the owner's account.
    const again = await roundTrip();
    expect((await refreshWith(again.headers['set-cookie'])).user.id).toBe(owner.user.id);

    // The owner has a password, so unlinking is allowed.
    const unlink = await t.app.inject({
      method: 'DELETE',
      url: '/api/auth/oauth/identities/github',
      headers: bearer(owner.accessToken),
    });
    expect(unlink.statusCode).toBe(200);
    expect(unlink.json().items).toEqual([]);
  });

  it('does not unlink the last way to sign in', async () => {
    github.setProfile(githubProfile('only-oauth@example.org'));
    const res = await roundTrip();
    const user = await refreshWith(res.headers['set-cookie']);
    const unlink = await t.app.inject({
      method: 'DELETE',
      url: '/api/auth/oauth/identities/github',
      headers: bearer(user.accessToken),
    });
    expect(unlink.statusCode).toBe(409);
  });

  it('refuses a callback without the flow cookie', async () => {
    const res = await t.app.inject({ url: '/api/auth/oauth/github/callback?code=abc&state=def' });
    expect(res.headers.location).toBe('/login?oauthError=invalid_state');
  });
});
