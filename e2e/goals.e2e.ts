import { describe, expect, inject, it } from 'vitest';
import { errorUnder, newUser, signUpThroughForm } from './accounts.js';
import { SIGNED_OUT_PROBE, hasHorizontalOverflow, useBrowser } from './helpers.js';

const baseUrl = inject('baseUrl');
const { openPage } = useBrowser(baseUrl);

const SMALL_PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

/** YYYY-MM-DD `days` from today, in UTC like the server's date checks. */
function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

describe('Goals and the career plan', () => {
  it('creates a goal with two milestones, completes one, and the plan lists the other', async () => {
    const user = newUser('goals');
    const { page, problems } = await openPage();
    await page.goto('/register');
    await signUpThroughForm(page, user);
    await page.waitForURL(`${baseUrl}/account`);

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Goals' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Goals' }).waitFor();
    await page.getByRole('heading', { name: 'No goals yet' }).waitFor();
    await page.getByRole('button', { name: 'New goal' }).first().click();

    const dialog = page.getByRole('dialog', { name: 'New goal' });
    await dialog.getByLabel('Title').fill('Move into data analysis');
    await dialog.getByLabel('Target date (optional)').fill(inDays(60));
    await dialog.getByLabel('Milestone 1', { exact: true }).fill('Finish a SQL course');
    await dialog.getByLabel('Target date', { exact: true }).nth(0).fill(inDays(10));
    await dialog.getByRole('button', { name: 'Add a milestone' }).click();
    await dialog.getByLabel('Milestone 2', { exact: true }).fill('Publish a dashboard');
    // After the goal's own date: the server refuses it on that field, and nothing is created.
    const secondDate = dialog.getByLabel('Target date', { exact: true }).nth(1);
    await secondDate.fill(inDays(90));
    await dialog.getByRole('button', { name: 'Create goal' }).click();
    expect(await errorUnder(page, secondDate)).toContain("after the goal's target date");
    await secondDate.fill(inDays(20));
    await dialog.getByRole('button', { name: 'Create goal' }).click();
    await dialog.waitFor({ state: 'detached' });

    const card = page.getByRole('article', { name: 'Move into data analysis' });
    await expect.poll(() => card.getByTestId('goal-progress').textContent()).toBe('0 %');
    await card.getByRole('checkbox', { name: 'Complete “Finish a SQL course”' }).click();
    await expect.poll(() => card.getByTestId('goal-progress').textContent()).toBe('50 %');
    expect(
      await card
        .getByRole('checkbox', { name: 'Reopen “Finish a SQL course”' })
        .getAttribute('aria-checked'),
    ).toBe('true');
    // The tab counts follow the list.
    await page.getByRole('link', { name: 'Active 1' }).waitFor();

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Career plan' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Career plan' }).waitFor();
    const steps = page.getByTestId('next-steps');
    await steps.getByText(`Finish "Publish a dashboard" by ${inDays(20)}`).waitFor();
    expect(await steps.textContent()).not.toContain('Finish a SQL course');
    // Without a target occupation the plan starts by exploring.
    expect(await page.locator('[aria-current="step"]').getByRole('heading').textContent()).toBe(
      'Explore and decide',
    );

    expect(problems.httpErrors.filter((e) => e !== SIGNED_OUT_PROBE)).toEqual([
      '400 POST /api/me/goals',
    ]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  });

  it('fits a small phone, and deleting a goal asks first', async () => {
    const user = newUser('goalsphone');
    const { page, problems } = await openPage(SMALL_PHONE);
    await page.goto('/register');
    await signUpThroughForm(page, user);
    await page.waitForURL(`${baseUrl}/account`);
    await page.goto('/goals');
    await page.getByRole('button', { name: 'New goal' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New goal' });
    await dialog
      .getByLabel('Title')
      .fill('Get a first job as a junior developer with a long title');
    await dialog.getByLabel('Milestone 1', { exact: true }).fill('Build three portfolio projects');
    await dialog.getByRole('button', { name: 'Create goal' }).click();
    await dialog.waitFor({ state: 'detached' });
    const card = page.getByRole('article', { name: /Get a first job/ });
    await card.waitFor();
    expect(await hasHorizontalOverflow(page)).toBe(false);

    await card.getByRole('button', { name: 'Delete' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete this goal?' });
    await confirm.getByRole('button', { name: 'Keep it' }).click();
    await card.waitFor();
    await card.getByRole('button', { name: 'Delete' }).click();
    await confirm.getByRole('button', { name: 'Delete goal' }).click();
    await page.getByRole('heading', { name: 'No goals yet' }).waitFor();

    await page.goto('/plan');
    await page.getByRole('heading', { name: 'Next steps' }).waitFor();
    expect(await hasHorizontalOverflow(page)).toBe(false);
    expect(problems.pageErrors).toEqual([]);
  });
});
