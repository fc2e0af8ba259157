import { describe, expect, inject, it } from 'vitest';
import type { TInterestItems } from '../contracts/assessments.js';
import { newUser, signUpThroughForm } from './accounts.js';
import { useBrowser } from './helpers.js';

const baseUrl = inject('baseUrl');
const { openPage } = useBrowser(baseUrl);

/** Likes investigative and conventional activities most. */
const pattern: Record<string, number> = {
  realistic: 2,
  investigative: 5,
  artistic: 2,
  social: 1,
  enterprising: 2,
  conventional: 4,
};

describe('Career guidance, from the assessment to roadmap progress', () => {
  it('takes the assessment, picks a match, sees the gaps, builds a roadmap and completes a milestone', async () => {
    const { items } = (await (
      await fetch(`${baseUrl}/api/assessments/interest/items`)
    ).json()) as TInterestItems;
    const { page, problems } = await openPage();
    await page.goto('/register');
    await signUpThroughForm(page, newUser('guide'));
    await page.waitForURL(/\/account$/);
    await page.getByRole('heading', { level: 1, name: 'Account', exact: true }).waitFor();

    // The assessment, all 60 activities rated.
    await page.goto('/assessment');
    await page.getByRole('button', { name: 'Start the assessment' }).click();
    await page.getByRole('table').waitFor();
    for (const item of items) {
      await page.locator(`tr[data-item="${item.id}"] input[value="${pattern[item.area]}"]`).check();
    }
    await page.getByRole('button', { name: 'Save and see my results' }).click();
    await page.waitForURL(/\/assessment\/results\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: '1. Investigative' }).waitFor();

    // The best match leads to its occupation page.
    const match = page.getByTestId('career-matches').getByRole('link').first();
    await match.waitFor();
    const href = (await match.getAttribute('href')) ?? '';
    const code = /\/careers\/(\d{2}-\d{4}\.\d{2})$/.exec(href)?.[1];
    expect(code).toBeTruthy();
    await match.click();
    await page.waitForURL(`${baseUrl}/careers/${code}`);
    const title = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
    expect(title.length).toBeGreaterThan(3);

    // Its skill gaps.
    await page.getByRole('link', { name: 'See my skill gaps' }).click();
    await page.waitForURL(`${baseUrl}/careers/${code}/gaps`);
    const gaps = page.getByRole('list', { name: 'Gaps' }).getByRole('listitem');
    await gaps.first().waitFor();
    expect(await gaps.count()).toBeGreaterThan(3);
    expect(await page.getByTestId('readiness').innerText()).toContain('0');

    // A roadmap from the questions: every choice answered with its first option.
    await page.getByRole('link', { name: 'Build a roadmap' }).click();
    await page.waitForURL(`${baseUrl}/roadmaps/new?occupation=${code}`);
    await page.getByRole('radio', { name: 'Some experience' }).check();
    await page.getByLabel('In how many months do you want to be ready?').fill('36');
    await page.getByLabel('How many hours a week can you spend?').fill('20');
    await page.getByRole('radio', { name: 'A mix' }).check();
    for (const select of await page.locator('form select').all()) {
      await select.selectOption({ index: 1 });
    }
    const fieldsets = await page.locator('form fieldset').all();
    for (const fieldset of fieldsets) {
      if ((await fieldset.locator('input[type="radio"]:checked').count()) === 0) {
        await fieldset.locator('input[type="radio"]').first().check();
      }
    }
    await page.getByRole('button', { name: 'Generate roadmap' }).click();
    await page.waitForURL(/\/roadmaps\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: `Roadmap to ${title}` }).waitFor();
    const percent = () => page.getByTestId('progress-percent').innerText();
    expect(await percent()).toBe('0%');

    // Completing the first milestone moves the progress at once.
    await page.getByRole('button', { name: 'List' }).click();
    const first = page.getByTestId('milestone').first();
    await first.getByRole('button', { name: /^Complete milestone 1/ }).click();
    await expect.poll(percent).not.toBe('0%');
    expect(Number.parseInt(await percent(), 10)).toBeGreaterThan(0);
    await first.getByText('Completed').waitFor();

    expect(problems.pageErrors).toEqual([]);
    expect(
      problems.httpErrors.filter((e) => /^[45]/.test(e) && !e.includes('/auth/refresh')),
    ).toEqual([]);
  });
});
