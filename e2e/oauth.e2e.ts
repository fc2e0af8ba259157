import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  FakeGitHubProfile,
  FakeOidcProfile,
} from '../server/test/oauth-providers/fake-profiles.js';
import {
  startFakeOAuthProvider,
  type FakeOAuthProvider,
} from '../server/test/oauth-providers/fake-provider.js';
import { accountSteps, logInThroughForm, newUser } from './accounts.js';
import { SIGNED_OUT_PROBE, useBrowser } from './helpers.js';
import { freePort, startServer, type ServerUnderTest } from './server-process.js';

// Its own server, with GitHub and Google set up against local stand-ins for them.
const baseUrl = `http://127.0.0.1:${await freePort()}`;
const { openPage } = useBrowser(baseUrl);
const { registerViaApi, waitForAccountPage } = accountSteps(baseUrl);

let github: FakeOAuthProvider<FakeGitHubProfile>;
let google: FakeOAuthProvider<FakeOidcProfile>;
let server: ServerUnderTest;
let githubId = 7_000_000;

/** A GitHub account no other test uses, with the given primary address. */
function githubProfile(email: string, verified = true): FakeGitHubProfile {
  githubId += 1;
  return {
    user: { id: githubId, login: `octo${githubId}`, name: null, email: null, avatar_url: '' },
    emails: [{ email, primary: true, verified, visibility: 'private' }],
  };
}

beforeAll(async () => {
  const credentials = { clientId: 'e2e-client', clientSecret: 'e2e-secret' };
  github = await startFakeOAuthProvider('github', {
    ...credentials,
    profile: githubProfile('first@example.test'),
  });
  google = await startFakeOAuthProvider('google', {
    ...credentials,
    profile: { sub: 'g-1', email: 'g@example.test', email_verified: true },
  });
  server = await startServer({
    port: Number(new URL(baseUrl).port),
    env: {
      GITHUB_CLIENT_ID: credentials.clientId,
      GITHUB_CLIENT_SECRET: credentials.clientSecret,
      GOOGLE_CLIENT_ID: credentials.clientId,
      GOOGLE_CLIENT_SECRET: credentials.clientSecret,
      OAUTH_ENDPOINTS: JSON.stringify({ github: github.endpoints, google: google.endpoints }),
    },
  });
});

afterAll(async () => {
  await server?.close();
  await github?.close();
  await google?.close();
});

function linkedAccounts(page: Page) {
  return page.getByRole('region', { name: 'Linked accounts' });
}

function providerRow(page: Page, name: string) {
  return linkedAccounts(page).getByRole('listitem').filter({ hasText: name });
}

describe('Signing in with a provider', () => {
  it('signs up with GitHub from the login page, returns to the page asked for, and keeps the only way in', async () => {
    const email = `octo.${Date.now().toString(36)}@example.test`;
    github.setProfile(githubProfile(email));
    const { page, problems } = await openPage();
    await page.goto('/login?next=/account/security');
    const buttons = page.getByRole('list', { name: 'Other ways to continue' });
    await buttons.getByRole('link', { name: 'Continue with GitHub' }).waitFor();
    expect(await buttons.getByRole('link').allTextContents()).toEqual([
      'Continue with Google',
      'Continue with GitHub',
    ]);
    expect(
      await buttons.getByRole('link', { name: 'Continue with GitHub' }).getAttribute('href'),
    ).toBe('/api/auth/oauth/github/start?next=%2Faccount%2Fsecurity');

    await buttons.getByRole('link', { name: 'Continue with GitHub' }).click();
    await page.waitForURL(`${baseUrl}/account/security`);
    await page.getByRole('heading', { level: 1, name: 'Security' }).waitFor();
    const row = providerRow(page, 'GitHub');
    await row.getByText('Linked', { exact: true }).waitFor();
    expect(await row.textContent()).toContain(email);
    await providerRow(page, 'Google').getByRole('button', { name: 'Link Google' }).waitFor();
    // The provider vouched for the address.
    expect(await page.getByRole('region', { name: 'Email confirmation' }).count()).toBe(0);

    // Without a password, GitHub is the only way in: unlinking it is refused, clearly.
    await row.getByRole('button', { name: 'Unlink GitHub' }).click();
    await linkedAccounts(page)
      .getByRole('alert')
      .getByText('GitHub is the only way to log in to this account, so it cannot be unlinked.')
      .waitFor();
    await row.getByText('Linked', { exact: true }).waitFor();

    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.httpErrors).toEqual([
      SIGNED_OUT_PROBE,
      '409 DELETE /api/auth/oauth/identities/github',
    ]);
  });

  it('comes back to the login page with a clear message when the provider sign-in is refused', async () => {
    const { page, problems } = await openPage();
    const continueWithGitHub = page.getByRole('link', { name: 'Continue with GitHub' });
    const alert = page.getByRole('main').getByRole('alert');

    github.denyNext();
    await page.goto('/login');
    await continueWithGitHub.click();
    await page.waitForURL(`${baseUrl}/login?oauthError=access_denied`);
    await alert
      .getByText('Signing in was cancelled at the provider. Nothing was changed.')
      .waitFor();

    github.setProfile(githubProfile(`unverified.${Date.now()}@example.test`, false));
    await continueWithGitHub.click();
    await page.waitForURL(`${baseUrl}/login?oauthError=email_not_verified_by_provider`);
    await alert.getByText('The provider has not verified your email address.').waitFor();

    // A callback this browser did not start (no state cookie) is refused too.
    await page.goto('/api/auth/oauth/github/callback?code=x&state=y');
    await page.waitForURL(`${baseUrl}/login?oauthError=invalid_state`);
    await alert
      .getByText('That sign-in attempt expired or was started in another browser.')
      .waitFor();

    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    // Each return from the server is a page load while signed out.
    expect(problems.httpErrors).toEqual(Array(4).fill(SIGNED_OUT_PROBE));
  });

  it('links GitHub to a password account from the security page, and unlinks it', async () => {
    const user = newUser('linker');
    await registerViaApi(user);
    const { page, problems } = await openPage();

    // Signing in with GitHub does not take over the account that has its address...
    github.setProfile(githubProfile(user.email));
    await page.goto('/login');
    await page.getByRole('link', { name: 'Continue with GitHub' }).click();
    await page.waitForURL(`${baseUrl}/login?oauthError=email_in_use_login_to_link`);
    await page
      .getByRole('main')
      .getByRole('alert')
      .getByText('An account with this email address already exists.')
      .waitFor();

    // ...its owner logs in and links GitHub instead.
    await logInThroughForm(page, user.username, user.password);
    await waitForAccountPage(page, user);
    await page.getByRole('link', { name: /^Security/ }).click();
    await providerRow(page, 'GitHub').getByRole('button', { name: 'Link GitHub' }).click();
    await page.waitForURL(`${baseUrl}/account/security`);
    await linkedAccounts(page)
      .getByRole('status')
      .getByText('GitHub is linked. You can use it to log in.')
      .waitFor();
    await providerRow(page, 'GitHub').getByText('Linked', { exact: true }).waitFor();

    // With a password to fall back on, unlinking is allowed.
    await providerRow(page, 'GitHub').getByRole('button', { name: 'Unlink GitHub' }).click();
    await linkedAccounts(page).getByRole('status').getByText('GitHub is unlinked.').waitFor();
    await providerRow(page, 'GitHub').getByText('Not linked').waitFor();

    // A GitHub account that belongs to someone else cannot be linked.
    const taken = githubProfile(`taken.${Date.now()}@example.test`);
    github.setProfile(taken);
    const other = await openPage();
    await other.page.goto('/login');
    await other.page.getByRole('link', { name: 'Continue with GitHub' }).click();
    await other.page.waitForURL(`${baseUrl}/account`);
    await providerRow(page, 'GitHub').getByRole('button', { name: 'Link GitHub' }).click();
    await page.waitForURL(`${baseUrl}/account/security`);
    await linkedAccounts(page)
      .getByRole('alert')
      .getByText('That provider account is already linked to another CareerOS account.')
      .waitFor();

    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.httpErrors).toEqual([SIGNED_OUT_PROBE, SIGNED_OUT_PROBE]);
  });
});
