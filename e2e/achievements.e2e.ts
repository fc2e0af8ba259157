import { describe, expect, inject, it } from 'vitest';
import { newUser, signUpThroughForm } from './accounts.js';
import { SIGNED_OUT_PROBE, hasHorizontalOverflow, useBrowser } from './helpers.js';

const baseUrl = inject('baseUrl');
const { openPage } = useBrowser(baseUrl);

const SMALL_PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

describe('Achievements', () => {
  it('an internship with a skill shows on the timeline, among the skills and in the resume', async () => {
    const user = newUser('ach');
    const { page, problems } = await openPage();
    await page.goto('/register');
    await signUpThroughForm(page, user);
    await page.waitForURL(`${baseUrl}/account`);

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Achievements' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Achievements' }).waitFor();
    await page.getByRole('heading', { name: 'No achievements yet' }).waitFor();
    await page.getByRole('button', { name: 'Add achievement' }).first().click();

    const dialog = page.getByRole('dialog', { name: 'Add an achievement' });
    await dialog.getByLabel('Type').selectOption('internship');
    await dialog.getByLabel('Title').fill('Data engineering intern');
    await dialog.getByLabel('Organisation (optional)').fill('Acme');
    await dialog.getByLabel('Start date (optional)').fill('2024-06-03');
    await dialog.getByLabel('I am still doing this (ongoing)').check();
    await dialog.getByLabel('Skill to add').fill('TypeScript');
    await dialog.getByRole('button', { name: 'Add skill' }).click();
    await dialog.getByRole('list', { name: 'Skills named' }).getByText('TypeScript').waitFor();
    await dialog.getByRole('button', { name: 'Add achievement' }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.getByText('1 skill added, resume updated.').waitFor();
    const entry = page.getByRole('listitem').filter({ hasText: 'Data engineering intern' });
    await entry.getByText('Internship · Acme').waitFor();
    expect(await entry.textContent()).toMatch(/Jun 2024 – present/);
    await entry.getByRole('list', { name: 'Skills' }).getByText('TypeScript').waitFor();
    await expect
      .poll(() => page.getByTestId('resume-summary').textContent())
      .toBe('Data engineering intern with 1 internship; 1 skill (TypeScript).');

    await page.goto('/account/skills');
    await page.getByText('TypeScript', { exact: true }).first().waitFor();

    expect(problems.httpErrors.filter((e) => e !== SIGNED_OUT_PROBE)).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  });

  it('fits a small phone, shows an unknown skill on its field, and deleting asks first', async () => {
    const user = newUser('achphone');
    const { page, problems } = await openPage(SMALL_PHONE);
    await page.goto('/register');
    await signUpThroughForm(page, user);
    await page.waitForURL(`${baseUrl}/account`);
    await page.goto('/achievements');
    await page.getByRole('button', { name: 'Add achievement' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Add an achievement' });
    await dialog.getByLabel('Title').fill('A portfolio site with a rather long title');
    await dialog.getByLabel('Skill to add').fill('Reactt');
    await dialog.getByRole('button', { name: 'Add skill' }).click();
    await dialog.getByRole('button', { name: 'Add achievement' }).click();
    await dialog.getByText(/“Reactt”: /).waitFor();
    await dialog.getByRole('button', { name: 'React', exact: true }).click();
    await dialog.getByRole('button', { name: 'Add achievement' }).click();
    await dialog.waitFor({ state: 'detached' });
    const entry = page.getByRole('listitem').filter({ hasText: 'A portfolio site' });
    await entry.waitFor();
    expect(await hasHorizontalOverflow(page)).toBe(false);

    await entry.getByRole('button', { name: /^Delete/ }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete this achievement?' });
    await confirm.getByRole('button', { name: 'Delete achievement' }).click();
    await page.getByRole('heading', { name: 'No achievements yet' }).waitFor();
    expect(problems.httpErrors.filter((e) => e !== SIGNED_OUT_PROBE)).toEqual([
      '422 POST /api/achievements',
    ]);
    expect(problems.pageErrors).toEqual([]);
  });
});
