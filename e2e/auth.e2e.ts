import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import {
  accountSteps,
  errorUnder,
  logInThroughForm,
  newUser,
  passwordInput,
  sessionsList,
  signUpThroughForm,
  totpCode,
} from './accounts.js';
import { PHONE } from './browser.js';
import { SIGNED_OUT_PROBE, hasHorizontalOverflow, useBrowser } from './helpers.js';

const baseUrl = inject('baseUrl');
const { openPage } = useBrowser(baseUrl);
const { registerViaApi, enableTwoFactorViaApi, waitForAccountPage } = accountSteps(baseUrl);

const SMALL_PHONE = { width: 360, height: 740 };
const IPHONE_USER_AGENT =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 ' +
  '(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const phone = { viewport: PHONE, isMobile: true, hasTouch: true } as const;

describe('Accounts in the web app', () => {
  it('signs up, stays signed in across a reload, signs out and logs back in with the email', async () => {
    const user = newUser('flow');
    const { page, context, problems } = await openPage();
    await page.goto('/');
    const banner = page.getByRole('banner');
    await banner.getByRole('link', { name: 'Sign up' }).click();
    await page.waitForURL(`${baseUrl}/register`);
    await signUpThroughForm(page, user);

    await waitForAccountPage(page, user);
    const menuButton = banner.getByRole('button', { name: `Account menu for ${user.username}` });
    await menuButton.waitFor();
    expect(await banner.getByRole('link', { name: 'Log in' }).count()).toBe(0);
    const sessions = sessionsList(page);
    await sessions.getByText('This device').waitFor();
    expect(await sessions.getByRole('listitem').count()).toBe(1);

    // The access token lives in memory only: a reload signs in again from the refresh cookie.
    expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toMatch(/ey[\w-]+\./);
    await page.reload();
    await waitForAccountPage(page, user);
    await menuButton.waitFor();

    await menuButton.click();
    const menu = page.getByRole('menu');
    await menu.getByText(user.email).waitFor();
    await menu.getByRole('menuitem', { name: 'Account' }).waitFor();
    await menu.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.waitForURL(`${baseUrl}/`);
    await banner.getByRole('link', { name: 'Log in' }).waitFor();
    expect(await menuButton.count()).toBe(0);
    expect((await context.cookies()).map((cookie) => cookie.name)).not.toContain(
      'careeros_refresh',
    );

    await page.goto('/account');
    await page.waitForURL(`${baseUrl}/login?next=/account`);
    await logInThroughForm(page, user.email, user.password);
    await waitForAccountPage(page, user);
    await menuButton.waitFor();

    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
    // Two page loads while signed out: the first visit and the one after signing out.
    expect(problems.httpErrors).toEqual([SIGNED_OUT_PROBE, SIGNED_OUT_PROBE]);
  });

  it('labels the forms, hints autocomplete and shows the password on request', async () => {
    const { page, problems } = await openPage();
    await page.goto('/register');
    await page.getByRole('heading', { level: 1, name: 'Create your account' }).waitFor();
    expect(await page.getByLabel('Username').getAttribute('autocomplete')).toBe('username');
    expect(await page.getByLabel('Email').getAttribute('autocomplete')).toBe('email');
    const password = passwordInput(page);
    expect(await password.getAttribute('autocomplete')).toBe('new-password');
    expect(await password.getAttribute('type')).toBe('password');
    const toggle = page.getByRole('button', { name: 'Show password' });
    await toggle.click();
    expect(await password.getAttribute('type')).toBe('text');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await toggle.click();
    expect(await password.getAttribute('type')).toBe('password');

    // Rules the client can check are checked before anything is sent.
    await page.getByLabel('Username').fill('x');
    await page.getByLabel('Email').fill('not-an-email');
    await password.fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();
    expect(await errorUnder(page, page.getByLabel('Username'))).toContain('at least 3 characters');
    expect(await errorUnder(page, page.getByLabel('Email'))).toContain('valid email address');
    expect(await errorUnder(page, password)).toContain('at least 8 characters');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('username');

    await page.getByRole('link', { name: 'Log in' }).last().click();
    await page.waitForURL(`${baseUrl}/login`);
    const login = page.getByLabel('Username or email');
    expect(await login.getAttribute('autocomplete')).toBe('username');
    expect(await passwordInput(page).getAttribute('autocomplete')).toBe('current-password');
    await page.getByRole('main').getByRole('button', { name: 'Log in', exact: true }).click();
    expect(await errorUnder(page, login)).toBe('Enter your username or email.');
    expect(await errorUnder(page, passwordInput(page))).toBe('Enter your password.');

    // Wrong password and unknown account get one general message, not a field error.
    await login.fill(`nobody_${Date.now().toString(36)}`);
    await passwordInput(page).fill('not the password at all');
    await page.getByRole('main').getByRole('button', { name: 'Log in', exact: true }).click();
    const alert = page.getByRole('main').getByRole('alert');
    await alert.getByText('That username, email or password is not right').waitFor();
    expect(await login.getAttribute('aria-invalid')).toBeNull();
    expect(page.url()).toBe(`${baseUrl}/login`);

    // Rate limited: the wait the server asks for is passed on.
    await page.route('**/api/auth/login', (route) =>
      route.fulfill({
        status: 429,
        contentType: 'application/json',
        headers: { 'retry-after': '42' },
        body: JSON.stringify({
          error: { code: 'RATE_LIMITED', message: 'Too many failed attempts for this account' },
        }),
      }),
    );
    await page.getByRole('main').getByRole('button', { name: 'Log in', exact: true }).click();
    await alert.getByText('Too many attempts to log in. Try again in 42 seconds.').waitFor();

    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.httpErrors).toEqual([
      SIGNED_OUT_PROBE,
      '401 POST /api/auth/login',
      '429 POST /api/auth/login',
    ]);
  });

  it('shows a password the server finds too weak under the password input', async () => {
    const user = { ...newUser('weak'), password: 'password1234' };
    const { page, problems } = await openPage();
    await page.goto('/register');
    await signUpThroughForm(page, user);

    const message = await errorUnder(page, passwordInput(page));
    expect(message).toMatch(/^Too easy to guess/);
    expect(await page.getByLabel('Username').getAttribute('aria-invalid')).toBeNull();
    expect(await page.getByLabel('Email').getAttribute('aria-invalid')).toBeNull();
    expect(await page.getByRole('main').getByRole('alert').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('password');
    expect(page.url()).toBe(`${baseUrl}/register`);

    // Editing the field clears its error.
    await passwordInput(page).fill(newUser('weak').password);
    await page.locator('#password-error').waitFor({ state: 'detached' });
    expect(await passwordInput(page).getAttribute('aria-invalid')).toBeNull();

    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.httpErrors).toEqual([SIGNED_OUT_PROBE, '400 POST /api/auth/register']);
  });

  it('shows a taken username or email under its own input', async () => {
    const existing = newUser('taken');
    await registerViaApi(existing);
    const { page, problems } = await openPage();
    await page.goto('/register');

    const other = newUser('other');
    await signUpThroughForm(page, { ...other, username: existing.username });
    expect(await errorUnder(page, page.getByLabel('Username'))).toBe(
      'This username is already taken.',
    );
    expect(await page.getByLabel('Email').getAttribute('aria-invalid')).toBeNull();
    expect(await passwordInput(page).getAttribute('aria-invalid')).toBeNull();

    // Case does not make a name different.
    await page.getByLabel('Username').fill(other.username);
    await page.getByLabel('Email').fill(existing.email.toUpperCase());
    await page.getByRole('button', { name: 'Create account' }).click();
    expect(await errorUnder(page, page.getByLabel('Email'))).toBe(
      'This email address already has an account; log in instead.',
    );
    expect(await page.getByLabel('Username').getAttribute('aria-invalid')).toBeNull();
    await page.getByRole('link', { name: 'Log in to that account' }).waitFor();
    expect(page.url()).toBe(`${baseUrl}/register`);

    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.httpErrors).toEqual([
      SIGNED_OUT_PROBE,
      '409 POST /api/auth/register',
      '409 POST /api/auth/register',
    ]);
  });

  it('lists another device and signs it out with "Sign out everywhere else"', async () => {
    const user = newUser('devices');
    const desktop = await openPage();
    await desktop.page.goto('/register');
    await signUpThroughForm(desktop.page, user);
    await waitForAccountPage(desktop.page, user);
    const desktopSessions = sessionsList(desktop.page);
    await desktopSessions.getByText('This device').waitFor();
    const everywhereElse = desktop.page.getByRole('button', { name: 'Sign out everywhere else' });
    expect(await everywhereElse.isDisabled()).toBe(true);

    // The same user logs in on a phone.
    const mobile = await openPage({ ...phone, userAgent: IPHONE_USER_AGENT });
    await mobile.page.goto('/login?next=/account');
    await logInThroughForm(mobile.page, user.username, user.password);
    await waitForAccountPage(mobile.page, user);
    const mobileSessions = sessionsList(mobile.page);
    await expect.poll(() => mobileSessions.getByRole('listitem').count()).toBe(2);
    const mobileCurrent = mobileSessions.getByRole('listitem').filter({ hasText: 'This device' });
    expect(await mobileCurrent.textContent()).toContain('Safari on iPhone');

    // The phone menu shows who is signed in.
    await mobile.page.getByRole('button', { name: 'Open menu' }).click();
    const sheet = mobile.page.getByRole('dialog');
    const account = sheet.getByRole('region', { name: 'Account' });
    await account.getByText(user.username, { exact: true }).waitFor();
    await account.getByRole('link', { name: 'Account' }).waitFor();
    await account.getByRole('button', { name: 'Sign out' }).waitFor();
    expect(await sheet.getByRole('link', { name: 'Log in' }).count()).toBe(0);
    await mobile.page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'hidden' });

    // The desktop sees the phone (the list is fetched again when the page is shown).
    await desktop.page.reload();
    await waitForAccountPage(desktop.page, user);
    await expect.poll(() => desktopSessions.getByRole('listitem').count()).toBe(2);
    const phoneItem = desktopSessions.getByRole('listitem').filter({ hasText: 'Safari on iPhone' });
    expect(await phoneItem.getByText('This device').count()).toBe(0);
    await phoneItem.getByRole('button', { name: 'Sign out of Safari on iPhone' }).waitFor();

    await everywhereElse.click();
    await desktop.page.getByRole('status').getByText('Signed out of 1 other session.').waitFor();
    await expect.poll(() => desktopSessions.getByRole('listitem').count()).toBe(1);
    await desktopSessions.getByText('This device').waitFor();
    expect(await everywhereElse.isDisabled()).toBe(true);

    // The phone's next API call finds its session over, and it ends up on the login page.
    await mobile.page.getByRole('button', { name: 'Open menu' }).click();
    await sheet.getByRole('link', { name: 'Skills catalog' }).click();
    await mobile.page.waitForURL(`${baseUrl}/skills`);
    await mobile.page.getByRole('button', { name: 'Open menu' }).click();
    await sheet
      .getByRole('region', { name: 'Account' })
      .getByRole('link', { name: 'Account' })
      .click();
    await mobile.page.waitForURL(`${baseUrl}/login?next=/account`);
    await mobile.page.getByText('Your session has ended. Log in again to continue.').waitFor();
    await mobile.page.reload();
    await mobile.page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
    expect(mobile.page.url()).toBe(`${baseUrl}/login?next=/account`);

    // The desktop stays signed in.
    await desktop.page.reload();
    await waitForAccountPage(desktop.page, user);

    for (const { problems } of [desktop, mobile]) {
      expect(problems.consoleErrors).toEqual([]);
      expect(problems.pageErrors).toEqual([]);
    }
    expect(desktop.problems.httpErrors).toEqual([SIGNED_OUT_PROBE]);
    const [first, ...rest] = mobile.problems.httpErrors;
    expect(first).toBe(SIGNED_OUT_PROBE);
    // The revoked token is refused (on the profile or the sessions request, or both: once the
    // session is found over, the page is left and the other request may be cancelled)...
    const refused = rest.filter((entry) => entry !== SIGNED_OUT_PROBE);
    expect(refused.length).toBeGreaterThan(0);
    expect(new Set(refused).size).toBe(refused.length);
    for (const entry of refused) {
      expect(['401 GET /api/auth/me', '401 GET /api/auth/sessions']).toContain(entry);
    }
    // ...and so is the one attempt to renew it, and the one after the reload.
    expect(rest.filter((entry) => entry === SIGNED_OUT_PROBE)).toHaveLength(2);
  });

  it('keeps the tabs of one browser in step when signing out and in', async () => {
    const user = newUser('tabs');
    await registerViaApi(user);
    const first = await openPage();
    await first.page.goto('/login?next=/account');
    await logInThroughForm(first.page, user.username, user.password);
    await waitForAccountPage(first.page, user);

    // A second tab of the same browser is signed in from the shared cookie.
    const second = await first.context.newPage();
    const secondErrors: string[] = [];
    second.on('pageerror', (error) => secondErrors.push(error.message));
    await second.goto('/account');
    await waitForAccountPage(second, user);

    const menuButton = (page: Page) =>
      page.getByRole('banner').getByRole('button', { name: `Account menu for ${user.username}` });
    await menuButton(second).click();
    await second.getByRole('menuitem', { name: 'Sign out' }).click();
    await second.waitForURL(`${baseUrl}/`);
    // The first tab follows at once, without asking the server.
    await first.page.waitForURL(`${baseUrl}/login?next=/account`);
    expect(await first.page.getByText('Your session has ended').count()).toBe(0);

    // Logging in again in the first tab signs the second one in too.
    await logInThroughForm(first.page, user.username, user.password);
    await waitForAccountPage(first.page, user);
    await menuButton(second).waitFor();

    expect(first.problems.consoleErrors).toEqual([]);
    expect(first.problems.pageErrors).toEqual([]);
    expect(first.problems.httpErrors).toEqual([SIGNED_OUT_PROBE]);
    expect(secondErrors).toEqual([]);
  });

  it('renews the access token shortly before it expires, and once after 401s', async () => {
    const user = newUser('renew');
    const { page, problems } = await openPage();
    await page.clock.install();
    const watched = new Set(['/api/auth/refresh', '/api/auth/me', '/api/auth/sessions']);
    const calls: string[] = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (watched.has(pathname)) calls.push(`${request.method()} ${pathname}`);
    });
    const refreshes = () => calls.filter((call) => call === 'POST /api/auth/refresh');
    /** Leaves the account page and comes back, which fetches the profile and sessions again. */
    const revisitAccount = async () => {
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Skills catalog' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Skills catalog' }).waitFor();
      await page.goBack();
      await waitForAccountPage(page, user);
      await sessionsList(page).getByText('This device').waitFor();
    };

    await page.goto('/register');
    await signUpThroughForm(page, user);
    await waitForAccountPage(page, user);
    await sessionsList(page).getByText('This device').waitFor();
    expect(refreshes()).toHaveLength(1); // the signed-out probe on page load

    // The server refuses both requests once. The profile's refusal starts a renewal; the
    // sessions' refusal arrives only after it finished, and uses its token without another.
    const refused = new Set<string>();
    const sentTokens: string[] = [];
    const renewed = page.waitForResponse((response) =>
      response.url().endsWith('/api/auth/refresh'),
    );
    await page.route(/\/api\/auth\/(me|sessions)$/, async (route) => {
      const { pathname } = new URL(route.request().url());
      sentTokens.push(route.request().headers().authorization ?? '');
      if (refused.has(pathname)) return route.continue();
      refused.add(pathname);
      if (pathname.endsWith('/sessions')) await renewed;
      return route.fulfill({
        status: 401,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'UNAUTHENTICATED', message: 'Expired' } }),
      });
    });
    calls.length = 0;
    await revisitAccount();
    await expect.poll(() => calls.length).toBe(5);
    expect(calls.slice(0, 2).sort()).toEqual(['GET /api/auth/me', 'GET /api/auth/sessions']);
    expect(calls[2]).toBe('POST /api/auth/refresh');
    expect(calls.slice(3).sort()).toEqual(['GET /api/auth/me', 'GET /api/auth/sessions']);
    expect(sentTokens).toHaveLength(4);
    for (const sent of sentTokens) expect(sent).toMatch(/^Bearer .{20,}/);
    expect(await page.getByRole('main').getByRole('alert').count()).toBe(0);
    await page.unroute(/\/api\/auth\/(me|sessions)$/);

    // Tokens last 15 minutes and are renewed a minute before they expire: not before...
    calls.length = 0;
    await page.clock.fastForward('13:55');
    await page.waitForTimeout(300);
    expect(refreshes()).toHaveLength(0);
    // ...but then.
    const renewal = page.waitForRequest((request) => request.url().endsWith('/api/auth/refresh'));
    await page.clock.fastForward('00:10');
    const response = await (await renewal).response();
    expect(response?.status()).toBe(200);
    expect(refreshes()).toHaveLength(1);

    // The new token is accepted...
    calls.length = 0;
    await revisitAccount();
    await expect.poll(() => calls.length).toBe(2);
    expect(calls.sort()).toEqual(['GET /api/auth/me', 'GET /api/auth/sessions']);
    // ...and so is the rotated refresh cookie.
    await page.reload();
    await waitForAccountPage(page, user);
    await sessionsList(page).getByText('This device').waitFor();

    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.httpErrors.slice(0, 1)).toEqual([SIGNED_OUT_PROBE]);
    expect(problems.httpErrors.slice(1).sort()).toEqual([
      '401 GET /api/auth/me',
      '401 GET /api/auth/sessions',
    ]);
  });

  it('asks accounts with two-step verification for a code or a backup code', async () => {
    const user = newUser('totp');
    const { accessToken } = await registerViaApi(user);
    const { secret, backupCodes } = await enableTwoFactorViaApi(accessToken);
    const [backupCode] = backupCodes;
    if (!backupCode) throw new Error('no backup codes');

    const { page, problems } = await openPage();
    await page.goto('/login?next=/account');
    await logInThroughForm(page, user.email, user.password);
    await page.getByRole('heading', { level: 1, name: 'Two-step verification' }).waitFor();
    expect(page.url()).toBe(`${baseUrl}/login?next=/account`);
    const code = page.getByLabel('Authentication code');
    expect(await code.getAttribute('autocomplete')).toBe('one-time-code');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('two-factor-code');

    // A wrong code is reported under the input.
    const verify = page.getByRole('button', { name: 'Verify' });
    await code.fill(totpCode(secret) === '000000' ? '000001' : '000000');
    await verify.click();
    expect(await errorUnder(page, code)).toBe('This code is not valid.');

    // A backup code works instead.
    await page.getByRole('button', { name: 'Use a backup code' }).click();
    const backup = page.getByLabel('Backup code');
    expect(await backup.getAttribute('aria-invalid')).toBeNull();
    await backup.fill(backupCode);
    await verify.click();
    await waitForAccountPage(page, user);

    // Next time, the authenticator code (the next one: the current one was used to turn it on).
    const banner = page.getByRole('banner');
    await banner.getByRole('button', { name: `Account menu for ${user.username}` }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await banner.getByRole('link', { name: 'Log in' }).click();
    await logInThroughForm(page, user.username, user.password);
    await code.fill(totpCode(secret, 1));
    await verify.click();
    await waitForAccountPage(page, user);

    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.httpErrors).toEqual([SIGNED_OUT_PROBE, '400 POST /api/auth/2fa/verify']);
  });

  it('returns to a same-site ?next= path after logging in, and never to another site', async () => {
    const user = newUser('next');
    await registerViaApi(user);
    const { page, problems } = await openPage();
    const banner = page.getByRole('banner');
    const signOut = async () => {
      await banner.getByRole('button', { name: `Account menu for ${user.username}` }).click();
      await page.getByRole('menuitem', { name: 'Sign out' }).click();
      await banner.getByRole('link', { name: 'Log in' }).waitFor();
    };

    for (const next of ['//example.com/x', 'https://example.com/', '/\\example.com']) {
      await page.goto(`/login?next=${encodeURIComponent(next)}`);
      await logInThroughForm(page, user.username, user.password);
      await waitForAccountPage(page, user);
      await signOut();
    }

    // "Log in" in the header comes back to the page it was clicked on.
    await page.goto('/skills?category=cloud');
    await banner.getByRole('link', { name: 'Log in' }).click();
    await page.waitForURL(`${baseUrl}/login?next=/skills%3Fcategory%3Dcloud`);
    await logInThroughForm(page, user.username, user.password);
    await page.waitForURL(`${baseUrl}/skills?category=cloud`);
    await banner.getByRole('button', { name: `Account menu for ${user.username}` }).waitFor();

    // Signed in, the login page goes straight on.
    await page.goto('/login?next=/status');
    await page.waitForURL(`${baseUrl}/status`);
    await page.goto('/register');
    await page.waitForURL(`${baseUrl}/account`);

    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.httpErrors).toEqual([
      SIGNED_OUT_PROBE,
      SIGNED_OUT_PROBE,
      SIGNED_OUT_PROBE,
      SIGNED_OUT_PROBE,
    ]);
  });

  it('fits a 360-pixel phone, with log in and sign up in the menu', async () => {
    const user = newUser('small');
    const { page, problems } = await openPage({ ...phone, viewport: SMALL_PHONE });
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Open menu' }).click();
    const sheet = page.getByRole('dialog');
    await sheet.getByRole('link', { name: 'Log in' }).waitFor();
    await sheet.getByRole('link', { name: 'Sign up' }).click();
    await page.waitForURL(`${baseUrl}/register`);
    await sheet.waitFor({ state: 'hidden' });
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await signUpThroughForm(page, user);
    await waitForAccountPage(page, user);
    await sessionsList(page).getByText('This device').waitFor();
    expect(await hasHorizontalOverflow(page)).toBe(false);

    await page.getByRole('button', { name: 'Open menu' }).click();
    await sheet
      .getByRole('region', { name: 'Account' })
      .getByRole('button', { name: 'Sign out' })
      .click();
    await page.waitForURL(`${baseUrl}/`);
    await page.getByRole('button', { name: 'Open menu' }).click();
    await sheet.getByRole('link', { name: 'Log in' }).click();
    await page.waitForURL(`${baseUrl}/login`);
    expect(await hasHorizontalOverflow(page)).toBe(false);

    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.httpErrors).toEqual([SIGNED_OUT_PROBE]);
  });
});
