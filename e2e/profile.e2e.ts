import { randomBytes } from 'node:crypto';
import type { Locator, Page } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, inject, it } from 'vitest';
import { SIGNED_OUT_PROBE, hasHorizontalOverflow, useBrowser } from './helpers.js';

const baseUrl = inject('baseUrl');
const { openPage } = useBrowser(baseUrl);

const SMALL_PHONE = { width: 360, height: 740 };
const phone = { viewport: SMALL_PHONE, isMobile: true, hasTouch: true } as const;

function newUser() {
  const id = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  return {
    username: `prof_${id}`,
    email: `prof.${id}@example.test`,
    password: `Juniper-${randomBytes(6).toString('hex')}-lighthouse`,
  };
}

/** A 640 x 480 picture: an orange square with a blue disc. */
function photo(format: 'png' | 'gif'): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="480">
    <rect width="640" height="480" fill="#f08a24"/><circle cx="320" cy="240" r="150" fill="#2456c8"/>
  </svg>`;
  const image = sharp(Buffer.from(svg));
  return (format === 'png' ? image.png() : image.gif()).toBuffer();
}

async function errorUnder(page: Page, input: Locator): Promise<string> {
  const id = await input.getAttribute('id');
  const error = page.locator(`[id="${id}-error"]`);
  await error.waitFor();
  expect(await input.getAttribute('aria-invalid')).toBe('true');
  const inputBox = await input.boundingBox();
  const errorBox = await error.boundingBox();
  expect(inputBox && errorBox && errorBox.y >= inputBox.y).toBe(true);
  return (await error.textContent()) ?? '';
}

/** The <img> of the saved photo has loaded from a signed storage link. */
async function expectLoadedAvatar(scope: Locator): Promise<void> {
  const image = scope.locator('img[src^="/api/files/avatars/"]').first();
  await image.waitFor();
  await expect
    .poll(() => image.evaluate((element) => (element as HTMLImageElement).naturalWidth))
    .toBe(256);
}

describe('Profiles in the web app', () => {
  it('edits a profile with a photo, hides a section, and shows the rest to visitors', async () => {
    const user = newUser();
    const { page, problems } = await openPage();
    await page.goto('/register');
    await page.getByLabel('Username').fill(user.username);
    await page.getByLabel('Email').fill(user.email);
    await page.getByLabel('Password', { exact: true }).fill(user.password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Account' }).waitFor();

    // From the account menu to the profile form.
    await page.getByRole('button', { name: `Account menu for ${user.username}` }).click();
    await page.getByRole('menuitem', { name: 'Profile' }).click();
    await page.getByRole('heading', { level: 1, name: 'Edit profile' }).waitFor();

    // The photo: checked in the browser first, by the server after.
    const chooser = page.getByLabel('Choose a photo');
    await chooser.setInputFiles({
      name: 'huge.png',
      mimeType: 'image/png',
      buffer: Buffer.alloc(6 * 1024 * 1024),
    });
    expect(await errorUnder(page, chooser)).toContain('the limit is 5 MB');
    await chooser.setInputFiles({
      name: 'disguised.png',
      mimeType: 'image/png',
      buffer: await photo('gif'),
    });
    await page.getByRole('img', { name: 'Preview of the chosen photo' }).waitFor();
    await page.getByRole('button', { name: 'Save photo' }).click();
    expect(await errorUnder(page, page.getByLabel('Choose a photo'))).toContain(
      'PNG, JPEG or WebP',
    );
    await page.getByLabel('Choose a photo').setInputFiles({
      name: 'me.png',
      mimeType: 'image/png',
      buffer: await photo('png'),
    });
    await page.getByRole('button', { name: 'Save photo' }).click();
    const photoCard = page.getByRole('region', { name: 'Photo' });
    await photoCard.getByRole('button', { name: 'Remove photo' }).waitFor();
    await expectLoadedAvatar(photoCard);

    // Fields, with a mistake the browser catches before sending.
    await page.getByLabel('Full name').fill('Noor Haddad');
    await page.getByLabel('Headline').fill('Mechanical engineer learning embedded software');
    await page.getByLabel('Bio').fill('A private note about my plans.');
    await page.getByLabel('School, university or employer').fill('Technical University of Delft');
    await page.getByLabel('Current status').selectOption('career_changing');
    await page.getByLabel('Main focus').fill('Embedded systems');
    await page.getByLabel('City or region').fill('Rotterdam');
    await page.getByLabel('GitHub').fill('github.com/noor-haddad');
    await page.getByLabel('LinkedIn').fill('https://example.org/noor');
    await page.getByLabel('Who can see this (About)').selectOption('only_me');
    await page.getByRole('button', { name: 'Save profile' }).click();
    expect(await errorUnder(page, page.getByLabel('LinkedIn'))).toContain('LinkedIn profile');
    await page.getByLabel('LinkedIn').fill('');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Profile saved.').waitFor();
    // The address was completed with its scheme.
    expect(await page.getByLabel('GitHub').inputValue()).toBe('https://github.com/noor-haddad');

    // The owner sees every section, each labelled with who else sees it.
    await page.getByRole('link', { name: 'See how it looks' }).click();
    await page.waitForURL(`${baseUrl}/u/${user.username}`);
    await page.getByRole('heading', { level: 1, name: 'Noor Haddad' }).waitFor();
    const about = page.getByRole('region', { name: 'About' });
    await about.getByText('A private note about my plans.').waitFor();
    await about.getByText('Only me').waitFor();

    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
    expect(problems.httpErrors).toEqual([
      SIGNED_OUT_PROBE,
      '415 POST /api/users/' + (await userIdOf(user.username)) + '/avatar',
    ]);

    // A signed-out visitor on a phone: the public sections, not the private one.
    const visitor = await openPage(phone);
    await visitor.page.goto(`/u/${user.username}`);
    const main = visitor.page.getByRole('main');
    await main.getByRole('heading', { level: 1, name: 'Noor Haddad' }).waitFor();
    await main.getByText('Mechanical engineer learning embedded software').waitFor();
    await main.getByText('Changing careers').waitFor();
    await main.getByText('Technical University of Delft').waitFor();
    await main.getByRole('link', { name: /GitHub/ }).waitFor();
    await expectLoadedAvatar(main);
    expect(await main.getByText('A private note about my plans.').count()).toBe(0);
    expect(await main.getByRole('region', { name: 'About' }).count()).toBe(0);
    // The location is for signed-in users by default.
    expect(await main.getByText('Rotterdam').count()).toBe(0);
    await main.getByRole('link', { name: 'Log in to see more' }).waitFor();
    expect(await main.getByRole('link', { name: 'Edit profile' }).count()).toBe(0);
    expect(await hasHorizontalOverflow(visitor.page)).toBe(false);
    expect(visitor.problems.consoleErrors).toEqual([]);
    expect(visitor.problems.httpErrors).toEqual([SIGNED_OUT_PROBE]);
  });

  it('shows a clear page for a username no one has', async () => {
    const { page, problems } = await openPage(phone);
    await page.goto('/u/nobody_has_this_name');
    await page.getByRole('heading', { level: 1, name: 'No one by this name' }).waitFor();
    expect(await hasHorizontalOverflow(page)).toBe(false);
    expect(problems.httpErrors).toEqual([
      SIGNED_OUT_PROBE,
      '404 GET /api/users/nobody_has_this_name',
    ]);
  });
});

async function userIdOf(username: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/users/${username}`);
  return ((await response.json()) as { id: string }).id;
}
