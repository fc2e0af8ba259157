/** Accounts in browser tests: test users and the steps of signing up and logging in. */
import { randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export interface TestUser {
  username: string;
  email: string;
  password: string;
}

/** A user no earlier run can have created: names carry the time and random characters. */
export function newUser(tag: string): TestUser {
  const id = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  return {
    username: `${tag}_${id}`,
    email: `${tag}.${id}@example.test`,
    password: `Lantern-${randomBytes(6).toString('hex')}-orbit-gravel`,
  };
}

/** The authenticator app's code, `stepsAhead` 30-second steps from now. */
export function totpCode(secret: string, stepsAhead = 0): string {
  const totp = new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6 });
  return totp.generate({ timestamp: Date.now() + stepsAhead * 30_000 });
}

export function passwordInput(page: Page) {
  // Exact: the "Show password" button is labelled too.
  return page.getByLabel('Password', { exact: true });
}

export async function signUpThroughForm(page: Page, user: TestUser): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Create your account' }).waitFor();
  await page.getByLabel('Username').fill(user.username);
  await page.getByLabel('Email').fill(user.email);
  await passwordInput(page).fill(user.password);
  await page.getByRole('button', { name: 'Create account' }).click();
}

export async function logInThroughForm(page: Page, login: string, password: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
  await page.getByLabel('Username or email').fill(login);
  await passwordInput(page).fill(password);
  await page.getByRole('main').getByRole('button', { name: 'Log in', exact: true }).click();
}

export function sessionsList(page: Page) {
  return page.getByRole('list', { name: 'Sessions' });
}

export async function errorUnder(page: Page, input: ReturnType<Page['getByLabel']>) {
  const id = await input.getAttribute('id');
  const error = page.locator(`[id="${id}-error"]`);
  await error.waitFor();
  expect(await input.getAttribute('aria-invalid')).toBe('true');
  expect((await input.getAttribute('aria-describedby'))?.split(' ')).toContain(`${id}-error`);
  const inputBox = await input.boundingBox();
  const errorBox = await error.boundingBox();
  expect(inputBox && errorBox && errorBox.y >= inputBox.y + inputBox.height).toBe(true);
  return (await error.textContent()) ?? '';
}

/** Steps that talk to the server under test directly. */
export function accountSteps(baseUrl: string) {
  /** Creates an account directly through the API (for tests about something else). */
  async function registerViaApi(user: TestUser): Promise<{ accessToken: string }> {
    const response = await fetch(`${baseUrl}/api/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...user, transport: 'api' }),
    });
    expect(response.status, await response.clone().text()).toBe(201);
    return (await response.json()) as { accessToken: string };
  }

  async function postWithToken(path: string, accessToken: string, body?: unknown) {
    const response = await fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${accessToken}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    expect(response.status, await response.clone().text()).toBe(200);
    return response.json() as Promise<unknown>;
  }

  /** Turns on two-step verification with a code `stepsAhead` steps from now. */
  async function enableTwoFactorViaApi(
    accessToken: string,
    stepsAhead = 0,
  ): Promise<{ secret: string; backupCodes: string[] }> {
    const { secret } = (await postWithToken('/api/auth/2fa/setup', accessToken)) as {
      secret: string;
    };
    const { backupCodes } = (await postWithToken('/api/auth/2fa/enable', accessToken, {
      code: totpCode(secret, stepsAhead),
    })) as { backupCodes: string[] };
    return { secret, backupCodes };
  }

  /** The profile card on /account is titled with the username. */
  async function waitForAccountPage(page: Page, user: TestUser): Promise<void> {
    await page.waitForURL(`${baseUrl}/account`);
    await page.getByRole('heading', { level: 1, name: 'Account' }).waitFor();
    const profile = page.getByRole('region', { name: user.username });
    await profile.getByText(user.email, { exact: true }).first().waitFor();
  }

  return { registerViaApi, postWithToken, enableTwoFactorViaApi, waitForAccountPage };
}
