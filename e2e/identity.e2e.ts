import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import {
  accountSteps,
  errorUnder,
  logInThroughForm,
  newUser,
  passwordInput,
  signUpThroughForm,
  totpCode,
  type TestUser,
} from './accounts.js';
import { PHONE } from './browser.js';
import { SIGNED_OUT_PROBE, downloadedBytes, hasHorizontalOverflow, useBrowser } from './helpers.js';
import { outboxFiles, waitForEmailLink } from './outbox.js';

const baseUrl = inject('baseUrl');
const outboxDir = inject('outboxDir');
const { openPage } = useBrowser(baseUrl);
const { registerViaApi, enableTwoFactorViaApi, waitForAccountPage } = accountSteps(baseUrl);
const SMALL_PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

async function signOutFromMenu(page: Page, user: TestUser): Promise<void> {
  const banner = page.getByRole('banner');
  await banner.getByRole('button', { name: `Account menu for ${user.username}` }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await banner.getByRole('link', { name: 'Log in' }).waitFor();
}

async function openSecurityFromMenu(page: Page, user: TestUser): Promise<void> {
  await page
    .getByRole('banner')
    .getByRole('button', { name: `Account menu for ${user.username}` })
    .click();
  await page.getByRole('menuitem', { name: 'Security' }).click();
  await page.waitForURL(`${baseUrl}/account/security`);
  await page.getByRole('heading', { level: 1, name: 'Security' }).waitFor();
}

function twoFactorCard(page: Page) {
  return page.getByRole('region', { name: 'Two-step verification' });
}

/** Logs in up to the code step, then answers it with an authenticator or a backup code. */
async function logInWithSecondFactor(
  page: Page,
  user: TestUser,
  answer: { code: string } | { backupCode: string },
): Promise<void> {
  await page.goto('/login');
  await logInThroughForm(page, user.username, user.password);
  await page.getByRole('heading', { level: 1, name: 'Two-step verification' }).waitFor();
  if ('code' in answer) {
    await page.getByLabel('Authentication code').fill(answer.code);
  } else {
    await page.getByRole('button', { name: 'Use a backup code' }).click();
    await page.getByLabel('Backup code').fill(answer.backupCode);
  }
  await page.getByRole('button', { name: 'Verify' }).click();
}

describe('Identity pages in the web app', () => {
  it('signs up, confirms the email from the outbox, turns on 2FA and logs in with a code and a backup code', async () => {
    const user = newUser('twofa');
    const { page, problems } = await openPage();
    await page.goto('/register');
    await signUpThroughForm(page, user);
    await waitForAccountPage(page, user);
    await signOutFromMenu(page, user);

    // The link in the sign-up email confirms the address, and leaves no token in the address bar.
    const link = await waitForEmailLink(outboxDir, user.email, /Confirm your email/);
    expect(link).toMatch(/^\/verify-email#token=[\w-]{20,}$/);
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Email address confirmed' }).waitFor();
    expect(page.url()).toBe(`${baseUrl}/verify-email`);
    await page.getByRole('main').getByRole('link', { name: 'Log in' }).click();
    await page.waitForURL(`${baseUrl}/login`);
    await logInThroughForm(page, user.username, user.password);
    await waitForAccountPage(page, user);
    await page.getByRole('region', { name: user.username }).getByText('Verified').waitFor();
    expect(await page.getByRole('region', { name: 'Email confirmation' }).count()).toBe(0);

    // Two-step verification: the QR code and the key for typing it in.
    await openSecurityFromMenu(page, user);
    const card = twoFactorCard(page);
    await card.getByText('Off', { exact: true }).waitFor();
    await card.getByRole('button', { name: 'Set up two-step verification' }).click();
    const qr = card.getByRole('img', { name: /QR code/ });
    await qr.waitFor();
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    const secret = ((await card.getByLabel('Setup key').textContent()) ?? '').replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);

    // A wrong code is refused under the input; the right one turns it on.
    const code = card.getByLabel('Authentication code');
    await code.fill(totpCode(secret) === '000000' ? '111111' : '000000');
    await card.getByRole('button', { name: 'Turn on two-step verification' }).click();
    expect(await errorUnder(page, code)).toBe('This code is not valid.');
    await code.fill(totpCode(secret));
    await card.getByRole('button', { name: 'Turn on two-step verification' }).click();

    // The ten backup codes, shown once, to copy or download.
    const list = card.getByRole('list', { name: 'Backup codes' });
    await list.waitFor();
    const backupCodes = (await list.getByRole('listitem').allTextContents()).map((c) => c.trim());
    expect(backupCodes).toHaveLength(10);
    expect(new Set(backupCodes).size).toBe(10);
    await card.getByText('On', { exact: true }).waitFor();
    const downloading = page.waitForEvent('download');
    await card.getByRole('button', { name: 'Download as .txt' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('careeros-backup-codes.txt');
    const saved = (await downloadedBytes(download)).toString('utf8');
    expect(saved).toContain(user.username);
    for (const backupCode of backupCodes) expect(saved).toContain(backupCode);
    await card.getByRole('button', { name: 'I have saved them' }).click();
    await card.getByText('10 backup codes left.').waitFor();
    expect(await list.count()).toBe(0);

    // Log out; log in with the app's code (the next one: this one turned 2FA on).
    await signOutFromMenu(page, user);
    await logInWithSecondFactor(page, user, { code: totpCode(secret, 1) });
    await waitForAccountPage(page, user);

    // Log out; log in with a backup code, which works once.
    const [firstBackup = '', secondBackup = ''] = backupCodes;
    await signOutFromMenu(page, user);
    await logInWithSecondFactor(page, user, { backupCode: firstBackup });
    await waitForAccountPage(page, user);
    await signOutFromMenu(page, user);
    await logInWithSecondFactor(page, user, { backupCode: firstBackup });
    expect(await errorUnder(page, page.getByLabel('Backup code'))).toBe('This code is not valid.');
    await page.getByLabel('Backup code').fill(secondBackup);
    await page.getByRole('button', { name: 'Verify' }).click();
    await waitForAccountPage(page, user);
    await openSecurityFromMenu(page, user);
    await twoFactorCard(page).getByText('8 backup codes left.').waitFor();

    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
    expect(problems.httpErrors).toEqual([
      SIGNED_OUT_PROBE,
      SIGNED_OUT_PROBE,
      '400 POST /api/auth/2fa/enable',
      SIGNED_OUT_PROBE,
      SIGNED_OUT_PROBE,
      SIGNED_OUT_PROBE,
      '400 POST /api/auth/2fa/verify',
    ]);
  });

  it('replaces the backup codes and turns two-step verification off, each after the password and a code', async () => {
    const user = newUser('codes');
    const { accessToken } = await registerViaApi(user);
    const { secret, backupCodes } = await enableTwoFactorViaApi(accessToken);
    const [loginCode = '', oldCode = ''] = backupCodes;

    const { page, problems } = await openPage();
    await logInWithSecondFactor(page, user, { backupCode: loginCode });
    await waitForAccountPage(page, user);
    await openSecurityFromMenu(page, user);
    const card = twoFactorCard(page);
    await card.getByText('9 backup codes left.').waitFor();

    // New codes: the password must be right, then the app's code (the next one) will do.
    await card.getByRole('button', { name: 'New backup codes' }).click();
    const regenerate = card.getByRole('form', { name: 'Create new backup codes' });
    await regenerate.getByLabel('Your password', { exact: true }).fill('not my password');
    await regenerate.getByLabel('Authentication code').fill(totpCode(secret, 1));
    await regenerate.getByRole('button', { name: 'Create new codes' }).click();
    expect(await errorUnder(page, regenerate.getByLabel('Your password', { exact: true }))).toBe(
      'This password is not right.',
    );
    await regenerate.getByLabel('Your password', { exact: true }).fill(user.password);
    await regenerate.getByRole('button', { name: 'Create new codes' }).click();
    const list = card.getByRole('list', { name: 'Backup codes' });
    await list.waitFor();
    const fresh = (await list.getByRole('listitem').allTextContents()).map((c) => c.trim());
    expect(fresh).toHaveLength(10);
    expect(fresh).not.toContain(oldCode);
    await card.getByRole('button', { name: 'I have saved them' }).click();
    await card.getByText('10 backup codes left.').waitFor();

    // Turning it off: an old backup code no longer counts; a new one does.
    await card.getByRole('button', { name: 'Turn off' }).click();
    const disable = card.getByRole('form', { name: 'Turn off two-step verification' });
    await disable.getByLabel('Your password', { exact: true }).fill(user.password);
    await disable.getByRole('button', { name: 'Use a backup code' }).click();
    const backup = disable.getByLabel('Backup code');
    await backup.fill(oldCode);
    await disable.getByRole('button', { name: 'Turn off' }).click();
    expect(await errorUnder(page, backup)).toBe('This code is not valid.');
    await backup.fill(fresh[0] ?? '');
    await disable.getByRole('button', { name: 'Turn off' }).click();
    await card.getByRole('status').getByText('Two-step verification is off.').waitFor();
    await card.getByText('Off', { exact: true }).waitFor();

    // Logging in asks for no code now.
    await signOutFromMenu(page, user);
    await page.goto('/login');
    await logInThroughForm(page, user.username, user.password);
    await waitForAccountPage(page, user);

    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.httpErrors).toEqual([
      SIGNED_OUT_PROBE,
      '400 POST /api/auth/2fa/backup-codes',
      '400 POST /api/auth/2fa/disable',
      SIGNED_OUT_PROBE,
    ]);
  });

  it('asks a signed-in user to confirm the address, and waits as the server asks before resending', async () => {
    const user = newUser('confirm');
    const { page, problems } = await openPage();
    await page.clock.install();
    await page.goto('/register');
    await signUpThroughForm(page, user);
    await waitForAccountPage(page, user);

    const notice = page.getByRole('region', { name: 'Email confirmation' });
    await notice.getByText(user.email).waitFor();
    const resend = notice.getByRole('button', { name: 'Send a new link' });
    await resend.click();
    await notice.getByRole('status').getByText(`Sent. Check the inbox of ${user.email}`).waitFor();
    // The server sends one email a minute at most, so the button waits a minute too.
    const waiting = notice.getByRole('button', { name: /^Send again in \d+ s$/ });
    expect(await waiting.getAttribute('aria-disabled')).toBe('true');
    await page.clock.fastForward('01:01');
    await resend.waitFor();
    expect(await resend.getAttribute('aria-disabled')).toBeNull();

    // Throttled: the wait the server names is shown and kept.
    await page.route('**/api/auth/verify-email/request', (route) =>
      route.fulfill({
        status: 429,
        contentType: 'application/json',
        headers: { 'retry-after': '42' },
        body: JSON.stringify({ error: { code: 'RATE_LIMITED', message: 'Slow down' } }),
      }),
    );
    await resend.click();
    await notice.getByText('Too many emails asked for. Try again in 42 seconds.').waitFor();
    await notice.getByRole('button', { name: 'Send again in 42 s' }).waitFor();

    // The sign-up email's link still works, and the notice goes away.
    const link = await waitForEmailLink(outboxDir, user.email, /Confirm your email/);
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Email address confirmed' }).waitFor();
    await page.getByRole('main').getByRole('link', { name: 'Continue' }).click();
    await waitForAccountPage(page, user);
    await page.getByRole('region', { name: user.username }).getByText('Verified').waitFor();
    expect(await notice.count()).toBe(0);

    // Opened again, it is spent, and the page says there is nothing left to do.
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Already confirmed' }).waitFor();

    // A link with no token at all.
    await page.goto('/verify-email');
    await page.getByRole('heading', { level: 1, name: 'This link is incomplete' }).waitFor();

    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.httpErrors).toEqual([
      SIGNED_OUT_PROBE,
      '429 POST /api/auth/verify-email/request',
      '400 POST /api/auth/verify-email',
    ]);
  });

  it('resets a forgotten password from the emailed link on a small phone; the old one stops working', async () => {
    const user = newUser('forgot');
    await registerViaApi(user);
    const { page, problems } = await openPage(SMALL_PHONE);
    await page.goto('/login');
    await page.getByRole('link', { name: 'Forgot password?' }).click();
    await page.waitForURL(`${baseUrl}/forgot-password`);
    await page.getByRole('heading', { level: 1, name: 'Forgot your password?' }).waitFor();
    expect(await hasHorizontalOverflow(page)).toBe(false);

    // An address without an account gets the same answer.
    const sendLink = page.getByRole('button', { name: 'Send reset link' });
    await page.getByLabel('Email').fill('not-an-email');
    await sendLink.click();
    expect(await errorUnder(page, page.getByLabel('Email'))).toBe('Must be a valid email address.');
    const before = await outboxFiles(outboxDir);
    await page.getByLabel('Email').fill(`nobody.${user.email}`);
    await sendLink.click();
    await page.getByRole('heading', { level: 1, name: 'Check your inbox' }).waitFor();
    const unknownAnswer = await page.getByRole('main').getByRole('status').textContent();
    await page.getByRole('button', { name: 'Use another address' }).click();
    await page.getByLabel('Email').fill(user.email);
    await sendLink.click();
    await page.getByRole('heading', { level: 1, name: 'Check your inbox' }).waitFor();
    const knownAnswer = await page.getByRole('main').getByRole('status').textContent();
    expect(knownAnswer?.replace(user.email, '')).toBe(
      unknownAnswer?.replace(`nobody.${user.email}`, ''),
    );
    expect(await hasHorizontalOverflow(page)).toBe(false);

    const link = await waitForEmailLink(outboxDir, user.email, /Reset your/, { after: before });
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
    expect(page.url()).toBe(`${baseUrl}/reset-password`);
    expect(await hasHorizontalOverflow(page)).toBe(false);

    // The server judges strength; its advice shows under the input.
    const newPassword = page.getByLabel('New password', { exact: true });
    await newPassword.fill('password1234');
    await page.getByRole('button', { name: 'Set new password' }).click();
    expect(await errorUnder(page, newPassword)).toMatch(/^Too easy to guess/);
    const fresh = newUser('forgot').password;
    await newPassword.fill(fresh);
    await page.getByRole('button', { name: 'Set new password' }).click();
    await page.getByRole('heading', { level: 1, name: 'Password changed' }).waitFor();
    await page.getByRole('main').getByRole('link', { name: 'Log in' }).click();

    // The old password no longer works; the new one does.
    await logInThroughForm(page, user.username, user.password);
    await page
      .getByRole('main')
      .getByRole('alert')
      .getByText('That username, email or password is not right')
      .waitFor();
    await passwordInput(page).fill(fresh);
    await page.getByRole('main').getByRole('button', { name: 'Log in', exact: true }).click();
    await waitForAccountPage(page, user);

    // The link worked once.
    await page.goto(link);
    await newPassword.fill(newUser('again').password);
    await page.getByRole('button', { name: 'Set new password' }).click();
    await page.getByRole('heading', { level: 1, name: 'This link no longer works' }).waitFor();
    await page.getByRole('main').getByRole('link', { name: 'Ask for a new link' }).waitFor();

    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.httpErrors).toEqual([
      SIGNED_OUT_PROBE,
      SIGNED_OUT_PROBE,
      '400 POST /api/auth/password/reset',
      '401 POST /api/auth/login',
      '400 POST /api/auth/password/reset',
    ]);
  });

  it('changes the password on the security page, signing out the other devices', async () => {
    const user = newUser('change');
    await registerViaApi(user);
    const other = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: user.username, password: user.password, transport: 'api' }),
    });
    const { accessToken } = (await other.json()) as { accessToken: string };
    const { page, problems } = await openPage({ ...PHONE, isMobile: true, hasTouch: true });
    await page.goto('/account/security');
    await page.waitForURL(`${baseUrl}/login?next=/account/security`);
    await logInThroughForm(page, user.username, user.password);
    await page.waitForURL(`${baseUrl}/account/security`);

    const form = page.getByRole('form', { name: 'Change password' });
    const current = form.getByLabel('Current password', { exact: true });
    const next = form.getByLabel('New password', { exact: true });
    const submit = form.getByRole('button', { name: 'Change password' });
    await submit.click();
    expect(await errorUnder(page, current)).toBe('Enter your current password.');
    expect(await errorUnder(page, next)).toBe('Choose a new password.');

    await current.fill('not my password');
    await next.fill(newUser('change').password);
    await submit.click();
    expect(await errorUnder(page, current)).toBe('This password is not right.');
    expect(await next.getAttribute('aria-invalid')).toBeNull();

    await current.fill(user.password);
    await next.fill(user.username);
    await submit.click();
    expect(await errorUnder(page, next)).toMatch(/^Too easy to guess/);

    const changed = newUser('change').password;
    await next.fill(changed);
    await submit.click();
    await form
      .getByRole('status')
      .getByText('Password changed. Any other devices signed in to your account were signed out.')
      .waitFor();
    expect(await current.inputValue()).toBe('');
    expect(await hasHorizontalOverflow(page)).toBe(false);

    // The other device is signed out; this one is not.
    const me = await fetch(`${baseUrl}/api/auth/me`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    expect(me.status).toBe(401);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Security' }).waitFor();
    expect(page.url()).toBe(`${baseUrl}/account/security`);

    // The sessions stay on the account page.
    await page.getByRole('link', { name: /^Sessions/ }).click();
    await waitForAccountPage(page, user);

    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.httpErrors).toEqual([
      SIGNED_OUT_PROBE,
      '400 POST /api/auth/password/change',
      '400 POST /api/auth/password/change',
    ]);
  });

  it('sends an ended session to log in and back to the page it was on', async () => {
    const user = newUser('ended');
    await registerViaApi(user);
    const { page, problems } = await openPage();
    await page.goto('/login?next=/account/security');
    await logInThroughForm(page, user.username, user.password);
    await page.waitForURL(`${baseUrl}/account/security`);
    await twoFactorCard(page).getByText('Off', { exact: true }).waitFor();

    // Signed out everywhere from another device: the next request finds the session over.
    const elsewhere = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: user.username, password: user.password, transport: 'api' }),
    });
    const { accessToken } = (await elsewhere.json()) as { accessToken: string };
    const revoked = await fetch(`${baseUrl}/api/auth/sessions/revoke-others`, {
      method: 'POST',
      headers: { authorization: `Bearer ${accessToken}` },
    });
    expect(revoked.status).toBe(200);

    await twoFactorCard(page).getByRole('button', { name: 'Set up two-step verification' }).click();
    await page.waitForURL(`${baseUrl}/login?next=/account/security`);
    await page.getByText('Your session has ended. Log in again to continue.').waitFor();
    await logInThroughForm(page, user.username, user.password);
    await page.waitForURL(`${baseUrl}/account/security`);
    await twoFactorCard(page).getByText('Off', { exact: true }).waitFor();

    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.httpErrors).toEqual([
      SIGNED_OUT_PROBE,
      '401 POST /api/auth/2fa/setup',
      SIGNED_OUT_PROBE,
    ]);
  });

  it('shows no provider buttons when none is set up, and explains a refused provider sign-in', async () => {
    const user = newUser('noprov');
    await registerViaApi(user);
    const { page, problems } = await openPage();
    for (const path of ['/login', '/register']) {
      const providers = page.waitForResponse((r) => r.url().endsWith('/api/auth/oauth/providers'));
      await page.goto(path);
      expect(await (await providers).json()).toEqual({ providers: [] });
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await page.getByRole('link', { name: /^Continue with/ }).count()).toBe(0);
    }

    await page.goto('/login?oauthError=email_not_verified_by_provider');
    await page
      .getByRole('main')
      .getByRole('alert')
      .getByText('The provider has not verified your email address.')
      .waitFor();
    await page.goto('/login?oauthError=something_new');
    await page
      .getByRole('main')
      .getByRole('alert')
      .getByText('Signing in with the provider did not work. Please try again.')
      .waitFor();

    await logInThroughForm(page, user.username, user.password);
    await waitForAccountPage(page, user);
    await page.getByRole('link', { name: /^Security/ }).click();
    await page
      .getByRole('region', { name: 'Linked accounts' })
      .getByText('Logging in with Google, GitHub or LinkedIn is not set up on this server.')
      .waitFor();

    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.httpErrors).toEqual([
      SIGNED_OUT_PROBE,
      SIGNED_OUT_PROBE,
      SIGNED_OUT_PROBE,
      SIGNED_OUT_PROBE,
    ]);
  });
});
