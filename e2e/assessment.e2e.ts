import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { TInterestItems } from '../contracts/assessments.js';
import { newUser, signUpThroughForm } from './accounts.js';
import { hasHorizontalOverflow, useBrowser } from './helpers.js';

const baseUrl = inject('baseUrl');
const { openPage } = useBrowser(baseUrl);

const SMALL_PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
const ANSWERS_KEY = 'careeros.assessment.answers';

/** Investigative loved, conventional liked, the rest lower: Investigative comes out on top. */
const pattern: Record<string, number> = {
  realistic: 2,
  investigative: 5,
  artistic: 1,
  social: 2,
  enterprising: 3,
  conventional: 4,
};

async function items(): Promise<TInterestItems> {
  const response = await fetch(`${baseUrl}/api/assessments/interest/items`);
  return (await response.json()) as TInterestItems;
}

function progress(page: Page) {
  return page.getByTestId('assessment-progress');
}

describe('Interest assessment in the web app', () => {
  it('takes the assessment on a desktop, saves it and shows the chart and matches', async () => {
    const { items: list } = await items();
    const { page, problems } = await openPage();
    await page.goto('/register');
    await signUpThroughForm(page, newUser('riasec'));
    await page.getByRole('heading', { level: 1, name: 'Account' }).waitFor();

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Interest assessment' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Interest assessment' }).waitFor();
    await page.getByRole('button', { name: 'Start the assessment' }).click();
    await page.getByRole('table').waitFor();
    expect(await progress(page).textContent()).toBe('0 of 60 answered');

    const answer = async (from: number, to: number) => {
      for (const item of list.slice(from, to)) {
        await page
          .locator(`tr[data-item="${item.id}"] input[value="${pattern[item.area]}"]`)
          .check();
      }
    };
    await answer(0, 30);
    expect(await progress(page).textContent()).toBe('30 of 60 answered');
    const save = page.getByRole('button', { name: 'Save and see my results' });
    expect(await save.isDisabled()).toBe(true);

    // A reload keeps what was answered.
    await page.reload();
    await page.getByRole('table').waitFor();
    expect(await progress(page).textContent()).toBe('30 of 60 answered');
    await answer(30, 60);
    expect(await progress(page).textContent()).toBe('60 of 60 answered');
    await save.click();

    await page.waitForURL(/\/assessment\/results\/[0-9a-f-]{36}$/);
    const chart = page.getByRole('img', { name: /Your interest profile/ });
    await chart.waitFor();
    expect(await chart.getAttribute('aria-labelledby')).toBeTruthy();
    expect(await page.locator('svg[data-testid="riasec-chart"] title').textContent()).toContain(
      'Investigative 40',
    );
    expect(await page.locator('dd[data-area="investigative"]').textContent()).toBe('40');
    expect(await page.locator('dd[data-area="conventional"]').textContent()).toBe('30');
    await page.getByRole('heading', { name: '1. Investigative' }).waitFor();

    const matches = page.getByTestId('career-matches');
    await matches.waitFor();
    const links = matches.getByRole('link');
    expect(await links.count()).toBeGreaterThan(3);
    const first = links.first();
    expect(await first.textContent()).toContain('Investigative');
    const href = (await first.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/careers\/\d{2}-\d{4}\.\d{2}$/);

    // Filter by job zone: every match shown is in that zone.
    await page.getByRole('button', { name: /^4 · Considerable/ }).click();
    await expect.poll(() => page.url()).toContain('zones=4');
    await expect
      .poll(async () => {
        const texts = await matches.getByRole('link').allTextContents();
        return texts.length > 0 && texts.every((text) => text.includes('Job zone 4'));
      })
      .toBe(true);
    await page.getByRole('button', { name: /^4 · Considerable/ }).click();
    await expect.poll(() => matches.getByRole('link').first().getAttribute('href')).toBe(href);

    await first.click();
    await page.waitForURL(new RegExp(`${href.replace(/\./g, '\\.')}$`));

    expect(problems.pageErrors).toEqual([]);
    expect(problems.httpErrors.filter((e) => e.startsWith('5'))).toEqual([]);
  });

  it('shows one activity at a time on a phone, with progress, back and next', async () => {
    const { items: list } = await items();
    const { page, problems } = await openPage(SMALL_PHONE);
    await page.goto('/assessment');
    await page.getByRole('button', { name: 'Start the assessment' }).click();
    const item = page.getByTestId('assessment-item');
    await item.waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
    expect(await item.count()).toBe(1);
    expect(await item.textContent()).toBe(list[0]?.text);
    expect(await progress(page).textContent()).toBe('0 of 60 answered');
    expect(await page.getByRole('button', { name: 'Next' }).isDisabled()).toBe(true);

    await page.getByRole('button', { name: 'Like', exact: true }).click();
    await expect.poll(() => item.textContent()).toBe(list[1]?.text);
    expect(await progress(page).textContent()).toBe('1 of 60 answered');
    expect(
      await page.getByRole('progressbar', { name: 'Answered' }).getAttribute('aria-valuenow'),
    ).toBe('1');

    // The keyboard works too: 5 is "Strongly like".
    await item.focus();
    await page.keyboard.press('5');
    await expect.poll(() => item.textContent()).toBe(list[2]?.text);

    await page.getByRole('button', { name: 'Back' }).click();
    await expect.poll(() => item.textContent()).toBe(list[1]?.text);
    expect(
      await page
        .getByRole('button', { name: 'Strongly like', exact: true })
        .getAttribute('aria-pressed'),
    ).toBe('true');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => item.textContent()).toBe(list[2]?.text);
    expect(await hasHorizontalOverflow(page)).toBe(false);

    // Signed out: the last answers give results from the public endpoint and a prompt to save.
    const almost = Object.fromEntries(list.slice(0, 59).map((i) => [i.id, pattern[i.area] ?? 3]));
    await page.evaluate(([key, value]) => sessionStorage.setItem(key, value), [
      ANSWERS_KEY,
      JSON.stringify(almost),
    ] as const);
    await page.reload();
    await item.waitFor();
    expect(await progress(page).textContent()).toBe('59 of 60 answered');
    expect(await item.textContent()).toBe(list[59]?.text);
    await page.getByRole('button', { name: 'Strongly like', exact: true }).click();
    await page.getByRole('button', { name: 'See my results' }).click();
    await page.waitForURL(/\/assessment\/results\/guest$/);
    await page.getByText('This result is not saved.').waitFor();
    await page.getByTestId('career-matches').getByRole('link').first().waitFor();
    expect(await hasHorizontalOverflow(page)).toBe(false);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.httpErrors.filter((e) => !e.startsWith('401 POST /api/auth/refresh'))).toEqual(
      [],
    );
  });

  it('rates soft skills with a current and a target level', async () => {
    const { page } = await openPage();
    const user = newUser('soft');
    await page.goto('/register');
    await signUpThroughForm(page, user);
    await page.getByRole('heading', { level: 1, name: 'Account' }).waitFor();
    await page.getByRole('button', { name: `Account menu for ${user.username}` }).click();
    await page.getByRole('menuitem', { name: 'Soft skills' }).click();
    await page.getByRole('heading', { level: 1, name: 'Soft skills' }).waitFor();
    await page.getByLabel('Communication: now', { exact: true }).selectOption('4');
    await page.getByLabel('Communication: target', { exact: true }).selectOption('2');
    await page.getByText('The target cannot be below where you are now.').waitFor();
    await page.getByLabel('Communication: target', { exact: true }).selectOption('5');
    await page.getByRole('button', { name: 'Save 1 change' }).click();
    await page.getByText('Saved.').waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Soft skills' }).waitFor();
    expect(await page.getByLabel('Communication: now', { exact: true }).inputValue()).toBe('4');
    expect(await page.getByLabel('Communication: target', { exact: true }).inputValue()).toBe('5');
  });
});
