import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { PHONE } from './browser.js';
import { hasHorizontalOverflow, useBrowser } from './helpers.js';

const baseUrl = inject('baseUrl');
const admin = inject('admin');
const { openPage } = useBrowser(baseUrl);

interface Account {
  id: string;
  username: string;
  password: string;
}

/** A fresh account, created through the API. */
async function signUp(tag: string): Promise<Account> {
  const id = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const input = {
    username: `${tag}_${id}`,
    email: `${tag}.${id}@example.test`,
    password: `Kestrel-${randomBytes(6).toString('hex')}-meadow-tin`,
  };
  const response = await fetch(`${baseUrl}/api/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...input, transport: 'api' }),
  });
  expect(response.status, await response.clone().text()).toBe(201);
  const body = (await response.json()) as { user: { id: string } };
  return { id: body.user.id, username: input.username, password: input.password };
}

async function apiToken(login: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password, transport: 'api' }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/** Signs the browser context in (the refresh cookie lands in it), then opens `path`. */
async function signInAndOpen(page: Page, login: string, password: string, path: string) {
  const response = await page.request.post('/api/auth/login', { data: { login, password } });
  expect(response.status()).toBe(200);
  await page.goto(path);
}

/** The visible row (table) or card (phone) of a user. */
function userEntry(page: Page, username: string) {
  return page
    .getByRole('main')
    .locator('tr:visible, li:visible')
    .filter({ has: page.getByText(username, { exact: true }) });
}

async function waitForUsers(page: Page) {
  await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
  await page.getByText(/^Showing \d+–\d+ of \d+ users?$/).waitFor();
}

describe('Administration in the web app', () => {
  it('lists and filters users, grants a role, suspends and reactivates, and shows it all in the audit log', async () => {
    const mentor = await signUp('mentee');
    const member = await signUp('member');

    // The member is using the app in their own browser.
    const memberTab = await openPage();
    await signInAndOpen(memberTab.page, member.username, member.password, '/account');
    await memberTab.page.getByRole('heading', { level: 1, name: 'Account' }).waitFor();

    const { page, problems } = await openPage();
    await signInAndOpen(page, admin.username, admin.password, '/');
    await page.getByRole('button', { name: `Account menu for ${admin.username}` }).click();
    await page.getByRole('menuitem', { name: 'Admin' }).click();
    await page.waitForURL(`${baseUrl}/admin/users`);
    await waitForUsers(page);
    await userEntry(page, member.username).waitFor();

    // Filter by role: only administrators.
    await page.getByLabel('Role', { exact: true }).selectOption('admin');
    await page.waitForURL(/role=admin/);
    await userEntry(page, admin.username).waitFor();
    await expect.poll(() => userEntry(page, member.username).count()).toBe(0);
    await page.getByLabel('Role', { exact: true }).selectOption('');

    // Give the mentee the mentor role, keeping student.
    await page.getByLabel('Search', { exact: true }).fill(mentor.username);
    await page.waitForURL(/q=mentee_/);
    await userEntry(page, mentor.username)
      .getByRole('button', { name: `Roles of ${mentor.username}` })
      .click();
    const roles = page.getByRole('dialog', { name: `Roles of ${mentor.username}` });
    expect(await roles.getByRole('checkbox', { name: /^Student/ }).isChecked()).toBe(true);
    await roles.getByRole('checkbox', { name: /^Mentor/ }).check();
    await roles.getByRole('button', { name: 'Save roles' }).click();
    await page.getByRole('status').getByText(`Saved the roles of ${mentor.username}.`).waitFor();
    await userEntry(page, mentor.username).getByText('Mentor', { exact: true }).waitFor();
    await page.getByLabel('Search', { exact: true }).fill('');
    await page.getByLabel('Role', { exact: true }).selectOption('mentor');
    await userEntry(page, mentor.username).waitFor();
    await page.getByLabel('Role', { exact: true }).selectOption('');

    // Suspend the member, with a reason.
    await page.getByLabel('Search', { exact: true }).fill(member.username);
    await page.waitForURL(/q=member_/);
    await userEntry(page, member.username)
      .getByRole('button', { name: `Suspend ${member.username}` })
      .click();
    const suspend = page.getByRole('dialog', { name: `Suspend ${member.username}?` });
    await suspend.getByLabel('Reason (optional)').fill('Spam in the forum');
    await suspend.getByRole('button', { name: 'Suspend account' }).click();
    await page
      .getByRole('status')
      .getByText(`Suspended ${member.username}. They are signed out everywhere.`)
      .waitFor();
    await userEntry(page, member.username).getByText('Suspended', { exact: true }).waitFor();

    // The member's open page is signed out at its next request.
    const memberPage = memberTab.page;
    await memberPage.getByRole('banner').getByRole('link', { name: 'Skills catalog' }).click();
    await memberPage.getByRole('heading', { level: 1, name: 'Skills catalog' }).waitFor();
    await memberPage.getByRole('button', { name: `Account menu for ${member.username}` }).click();
    await memberPage.getByRole('menuitem', { name: 'Account' }).click();
    await memberPage.waitForURL(`${baseUrl}/login?next=/account`);
    await memberPage.getByText('Your session has ended. Log in again to continue.').waitFor();
    const refused = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: member.username, password: member.password }),
    });
    expect(refused.status).toBe(403);

    // Reactivate, from the list of suspended accounts.
    await page.getByLabel('Search', { exact: true }).fill('');
    await page.getByLabel('Status', { exact: true }).selectOption('suspended');
    await page.waitForURL((url) => url.search === '?status=suspended');
    await userEntry(page, member.username)
      .getByRole('button', { name: `Reactivate ${member.username}` })
      .click();
    await page
      .getByRole('dialog', { name: `Reactivate ${member.username}?` })
      .getByRole('button', { name: 'Reactivate account' })
      .click();
    await page
      .getByRole('status')
      .getByText(`Reactivated ${member.username}. They can log in again.`)
      .waitFor();
    expect(await apiToken(member.username, member.password)).toBeTruthy();

    // The audit log has all three, with who, whom and why.
    await page
      .getByRole('navigation', { name: 'Administration' })
      .getByRole('link', { name: 'Audit log' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    await page.getByLabel('Event', { exact: true }).selectOption('admin.user.suspend');
    const events = page.getByRole('list', { name: 'Audit events' });
    // By label too: until the filtered page arrives, the previous one is still shown.
    const suspension = events
      .getByRole('article', { name: /^Account suspended,/ })
      .filter({ has: page.getByText(member.username, { exact: true }) });
    await suspension.waitFor();
    await suspension.getByText(admin.username, { exact: true }).waitFor();
    await suspension.getByText('Spam in the forum').waitFor();
    await suspension.getByText('127.0.0.1').waitFor();
    await suspension.getByText(/HeadlessChrome/).waitFor();

    for (const [action, label, username] of [
      ['admin.roles.change', /^Roles changed,/, mentor.username],
      ['admin.user.reactivate', /^Account reactivated,/, member.username],
    ] as const) {
      await page.getByLabel('Event', { exact: true }).selectOption(action);
      await events
        .getByRole('article', { name: label })
        .filter({ has: page.getByText(username, { exact: true }) })
        .waitFor();
    }

    // Pressing a target's name filters the log to events about that account.
    await events.getByRole('button', { name: member.username }).first().click();
    await page.getByText(`Target: ${member.username}`).waitFor();
    await page.getByRole('button', { name: 'Clear all filters' }).click();
    await page.waitForURL(`${baseUrl}/admin/audit`);

    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.httpErrors).toEqual([]);
  });

  it('asks before administrators remove their own admin role', async () => {
    const { page, problems } = await openPage();
    await signInAndOpen(page, admin.username, admin.password, `/admin/users?q=${admin.username}`);
    await waitForUsers(page);
    await userEntry(page, admin.username)
      .getByRole('button', { name: `Roles of ${admin.username}` })
      .click();
    const dialog = page.getByRole('dialog', { name: `Roles of ${admin.username}` });
    await dialog.getByRole('checkbox', { name: /^Administrator/ }).uncheck();
    await dialog.getByRole('button', { name: 'Save roles' }).click();
    await dialog
      .getByRole('alert')
      .getByText(/removing your own administrator role/)
      .waitFor();
    await dialog.getByRole('button', { name: 'Remove my admin role' }).waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    await userEntry(page, admin.username).getByText('Administrator', { exact: true }).waitFor();
    expect(problems.httpErrors).toEqual([]);
  });

  it('shows a student a clear "not allowed" page and no admin entry', async () => {
    const student = await signUp('student');
    const { page, problems } = await openPage();
    await signInAndOpen(page, student.username, student.password, '/admin/users');
    await page
      .getByRole('heading', { level: 1, name: 'You do not have access to the user list' })
      .waitFor();
    await page.getByRole('button', { name: `Account menu for ${student.username}` }).click();
    await page.getByRole('menuitem', { name: 'Account' }).waitFor();
    expect(await page.getByRole('menuitem', { name: 'Admin' }).count()).toBe(0);
    await page.keyboard.press('Escape');
    await page.goto('/admin/audit');
    await page
      .getByRole('heading', { level: 1, name: 'You do not have access to the audit log' })
      .waitFor();
    expect(problems.pageErrors).toEqual([]);
    expect(problems.httpErrors).toEqual([]);
  });

  it('lets a moderator list users on a phone, without controls they cannot use', async () => {
    const moderator = await signUp('moderator');
    const token = await apiToken(admin.username, admin.password);
    const granted = await fetch(`${baseUrl}/api/admin/users/${moderator.id}/roles`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ roles: ['student', 'moderator'] }),
    });
    expect(granted.status).toBe(200);

    const { page, problems } = await openPage({ viewport: PHONE, isMobile: true, hasTouch: true });
    await signInAndOpen(page, moderator.username, moderator.password, '/');
    await page.getByRole('button', { name: 'Open menu' }).click();
    await page.getByRole('dialog').getByRole('link', { name: 'Admin' }).click();
    await page.waitForURL(`${baseUrl}/admin/users`);
    await waitForUsers(page);
    const cards = page.getByRole('list', { name: 'Users' });
    await cards.getByText(moderator.username, { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: /^(Roles|Suspend|Reactivate) / }).count()).toBe(
      0,
    );
    expect(await page.getByRole('link', { name: /^Activity/ }).count()).toBe(0);
    expect(await page.getByRole('navigation', { name: 'Administration' }).count()).toBe(0);
    expect(await hasHorizontalOverflow(page)).toBe(false);

    // An old link past the last page offers the way back.
    await page.goto('/admin/users?page=500');
    await page.getByRole('heading', { name: 'This page is empty' }).waitFor();
    await page.getByRole('link', { name: 'Go to the first page' }).click();
    await waitForUsers(page);

    await page.goto('/admin/audit');
    await page
      .getByRole('heading', { level: 1, name: 'You do not have access to the audit log' })
      .waitFor();
    expect(problems.pageErrors).toEqual([]);
    expect(problems.httpErrors).toEqual([]);
  });
});
