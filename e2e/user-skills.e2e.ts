import { describe, expect, inject, it } from 'vitest';
import { accountSteps, logInThroughForm, newUser, signUpThroughForm } from './accounts.js';
import { hasHorizontalOverflow, overlaps, useBrowser } from './helpers.js';

const baseUrl = inject('baseUrl');
const { openPage } = useBrowser(baseUrl);
const { registerViaApi, waitForAccountPage } = accountSteps(baseUrl);

const SMALL_PHONE = { width: 360, height: 740 };
const phone = { viewport: SMALL_PHONE, isMobile: true, hasTouch: true } as const;

describe('A user’s skills in the web app', () => {
  it('adds "js" through the suggestions, refuses a bad entry, and a second user endorses it', async () => {
    const owner = newUser('skills');
    const { page, problems } = await openPage(phone);
    await page.goto('/register');
    await signUpThroughForm(page, owner);
    await waitForAccountPage(page, owner);

    // Reached from the account menu.
    await page.getByRole('button', { name: 'Open menu' }).click();
    await page.getByRole('dialog').getByRole('link', { name: 'My skills' }).click();
    await page.getByRole('heading', { level: 1, name: 'My skills' }).waitFor();

    const box = page.getByRole('combobox', { name: 'Skill' });
    await box.fill('js');
    const option = page.getByRole('option', { name: /JavaScript/ });
    await option.waitFor();
    expect(await option.textContent()).toContain('matches “JS”');
    await box.press('ArrowDown');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await option.getAttribute('id'));
    await box.press('Enter');
    expect(await box.inputValue()).toBe('JavaScript');
    await page.getByLabel('Proficiency', { exact: true }).selectOption('advanced');
    await page.getByRole('button', { name: 'Add skill' }).click();
    await page.getByText('JavaScript added as advanced.').waitFor();
    const mine = page.getByRole('list', { name: 'Your skills' });
    await mine.getByRole('heading', { name: 'JavaScript' }).waitFor();
    expect(await mine.getByLabel('Proficiency in JavaScript').inputValue()).toBe('advanced');

    // Text that names no skill: the field says so, and nothing is added.
    await box.fill('!!!');
    await page.getByRole('button', { name: 'Add skill' }).click();
    const error = page.locator('[id="skill-name-error"]');
    await error.waitFor();
    expect(await error.textContent()).toContain('names no skill');
    expect(await box.getAttribute('aria-invalid')).toBe('true');
    // An unknown name offers the nearest skills.
    await box.fill('Pythn');
    // With the suggestions open, the button is still there to press (the list never covers it).
    const list = page.getByRole('listbox', { name: 'Suggested skills' });
    await list.getByRole('option', { name: 'Python Programming' }).waitFor();
    const addButton = page.getByRole('button', { name: 'Add skill' });
    expect(await overlaps(list, addButton)).toBe(false);
    await addButton.click();
    await page.getByText('Did you mean', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Python', exact: true }).waitFor();
    expect(await mine.getByRole('listitem').count()).toBe(1);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    expect(problems.pageErrors).toEqual([]);

    // Another signed-in user endorses it on the public profile.
    const friend = newUser('endorser');
    await registerViaApi(friend);
    const visitor = await openPage();
    await visitor.page.goto(`/login?next=/u/${owner.username}`);
    await logInThroughForm(visitor.page, friend.username, friend.password);
    const skills = visitor.page.getByRole('list', { name: `Skills of ${owner.username}` });
    await skills.getByRole('heading', { name: 'JavaScript' }).waitFor();
    const count = skills.getByTestId('endorsement-count');
    expect(await count.textContent()).toBe('0 endorsements');
    await skills.getByRole('button', { name: 'Endorse JavaScript' }).click();
    await skills.getByRole('button', { name: 'Withdraw your endorsement of JavaScript' }).waitFor();
    await expect.poll(() => count.textContent()).toBe('1 endorsement');
    expect(visitor.problems.pageErrors).toEqual([]);

    // The owner sees the count too.
    await page.goto(`/u/${owner.username}`);
    const own = page.getByRole('list', { name: `Skills of ${owner.username}` });
    await expect
      .poll(() => own.getByTestId('endorsement-count').textContent())
      .toBe('1 endorsement');
    expect(await own.getByRole('button', { name: /Endorse/ }).count()).toBe(0);
  });
});
