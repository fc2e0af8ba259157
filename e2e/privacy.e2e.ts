import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { accountSteps, newUser, passwordInput, totpCode } from './accounts.js';
import { SIGNED_OUT_PROBE, downloadedBytes, hasHorizontalOverflow, useBrowser } from './helpers.js';

const baseUrl = inject('baseUrl');
const { openPage } = useBrowser(baseUrl);
const { registerViaApi, enableTwoFactorViaApi } = accountSteps(baseUrl);

const SMALL_PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

async function errorUnder(page: Page, input: ReturnType<Page['getByLabel']>): Promise<string> {
  const id = await input.getAttribute('id');
  const error = page.locator(`[id="${id}-error"]`);
  await error.waitFor();
  expect(await input.getAttribute('aria-invalid')).toBe('true');
  return (await error.textContent()) ?? '';
}

async function expectDeletedNotice(page: Page): Promise<void> {
  await page.waitForURL(`${baseUrl}/`);
  await page
    .getByRole('status')
    .getByText('Your account and everything in it have been deleted')
    .waitFor();
}

describe('Your data on the account page', () => {
  it('downloads the data export, deletes the account with the password, and the login is gone', async () => {
    const user = newUser('leaver');
    const { page, problems } = await openPage();
    await page.goto('/register');
    await page.getByLabel('Username').fill(user.username);
    await page.getByLabel('Email').fill(user.email);
    await passwordInput(page).fill(user.password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL(`${baseUrl}/account`);

    const section = page.getByRole('region', { name: 'Your data' });
    const downloading = page.waitForEvent('download');
    await section.getByRole('button', { name: 'Download my data' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(
      new RegExp(`^careeros-${user.username}-\\d{4}-\\d{2}-\\d{2}\\.json$`),
    );
    const exported = JSON.parse((await downloadedBytes(download)).toString('utf8')) as {
      user: { username: string };
      sections: { account: { email: string }; sessions: unknown[] };
    };
    expect(exported.user.username).toBe(user.username);
    expect(exported.sections.account.email).toBe(user.email);
    expect(exported.sections.sessions).toHaveLength(1);

    await section.getByRole('button', { name: 'Delete account' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete your account?' });
    await dialog.getByText(user.username, { exact: true }).waitFor();
    // Asks for the password only: this account has no two-step verification.
    expect(await dialog.getByLabel('Authentication code').count()).toBe(0);
    const confirm = dialog.getByRole('button', { name: 'Delete my account' });
    await confirm.click();
    expect(await errorUnder(page, passwordInput(page))).toBe('Enter your password.');
    await passwordInput(page).fill('not the password');
    await confirm.click();
    expect(await errorUnder(page, passwordInput(page))).toBe('This password is not right.');
    expect(page.url()).toBe(`${baseUrl}/account`);

    await passwordInput(page).fill(user.password);
    await confirm.click();
    await expectDeletedNotice(page);

    await page.getByRole('banner').getByRole('link', { name: 'Log in' }).click();
    await page.getByLabel('Username or email').fill(user.username);
    await passwordInput(page).fill(user.password);
    await page.getByRole('main').getByRole('button', { name: 'Log in', exact: true }).click();
    await page
      .getByRole('main')
      .getByRole('alert')
      .getByText('That username, email or password is not right')
      .waitFor();

    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
    expect(problems.httpErrors).toEqual([
      SIGNED_OUT_PROBE,
      expect.stringMatching(/^400 DELETE \/api\/users\//),
      '401 POST /api/auth/login',
    ]);
  });

  it('on a small phone, asks for the 2FA code too and fits the screen', async () => {
    const user = newUser('twofa');
    const { accessToken } = await registerViaApi(user);
    // Codes one step apart, oldest first: each code works once, and only after older ones.
    const { secret } = await enableTwoFactorViaApi(accessToken, -1);

    const { page, problems } = await openPage(SMALL_PHONE);
    const login = await page.request.post('/api/auth/login', {
      data: { login: user.username, password: user.password },
    });
    const { challengeToken } = (await login.json()) as { challengeToken: string };
    const verified = await page.request.post('/api/auth/2fa/verify', {
      data: { challengeToken, code: totpCode(secret) },
    });
    expect(verified.status()).toBe(200);
    await page.goto('/account');

    await page
      .getByRole('region', { name: 'Your data' })
      .getByRole('button', { name: 'Delete account' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Delete your account?' });
    const code = dialog.getByLabel('Authentication code');
    await code.waitFor();
    expect(await hasHorizontalOverflow(page)).toBe(false);
    const box = await dialog.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);

    await passwordInput(page).fill(user.password);
    const confirm = dialog.getByRole('button', { name: 'Delete my account' });
    await confirm.click();
    expect(await errorUnder(page, code)).toBe('Enter the code.');
    await code.fill('000000');
    await confirm.click();
    expect(await errorUnder(page, code)).toBe('This code is not valid.');

    await code.fill(totpCode(secret, 1));
    await confirm.click();
    await expectDeletedNotice(page);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    // Signed out: a members-only page sends the visitor to log in.
    await page.goto('/account');
    await page.waitForURL(`${baseUrl}/login?next=/account`);

    expect(problems.pageErrors).toEqual([]);
    expect(problems.httpErrors).toEqual([
      expect.stringMatching(/^400 DELETE \/api\/users\//),
      SIGNED_OUT_PROBE,
    ]);
  });
});
