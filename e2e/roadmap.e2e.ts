import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import {
  accountSteps,
  errorUnder,
  logInThroughForm,
  newUser,
  signUpThroughForm,
} from './accounts.js';
import { SIGNED_OUT_PROBE, hasHorizontalOverflow, useBrowser } from './helpers.js';

const baseUrl = inject('baseUrl');
const { openPage } = useBrowser(baseUrl);
const { registerViaApi } = accountSteps(baseUrl);

/** Software Developers, from the starter catalog. */
const CODE = '15-1252.00';
const SMALL_PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

async function signUp(page: Page): Promise<void> {
  await page.goto('/register');
  await signUpThroughForm(page, newUser('road'));
  await page.waitForURL(/\/account$/);
  await page.getByRole('heading', { level: 1, name: 'Account', exact: true }).waitFor();
}

/** A user with two skills (added through the API), logged in through the form. */
async function signUpWithSkills(page: Page): Promise<void> {
  const user = newUser('roadsk');
  const { accessToken } = await registerViaApi(user);
  for (const skill of [
    { name: 'JavaScript', proficiency: 'advanced' },
    { name: 'SQL', proficiency: 'intermediate' },
  ]) {
    const response = await fetch(`${baseUrl}/api/me/skills`, {
      method: 'POST',
      headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
      body: JSON.stringify(skill),
    });
    expect(response.status, await response.clone().text()).toBeLessThan(300);
  }
  await page.goto('/login');
  await logInThroughForm(page, user.username, user.password);
  await page.waitForURL((url) => url.pathname !== '/login');
}

async function answer(page: Page, months: string, hours: string): Promise<void> {
  await page.getByRole('radio', { name: 'New to the field' }).check();
  await page.getByLabel('In how many months do you want to be ready?').fill(months);
  await page.getByLabel('How many hours a week can you spend?').fill(hours);
  await page.getByRole('radio', { name: 'Hands-on projects' }).check();
  await page.getByLabel('Which area draws you most?').selectOption({ index: 1 });
}

function percent(page: Page): Promise<string> {
  return page.getByTestId('progress-percent').innerText();
}

describe('Roadmaps in the web app', () => {
  it('goes from the gaps to a roadmap and keeps a completed milestone', async () => {
    const { page, problems } = await openPage();
    await signUpWithSkills(page);

    // The gaps for a chosen occupation.
    await page.goto(`/careers/${CODE}/gaps`);
    await page.getByRole('heading', { level: 1, name: 'Software Developers' }).waitFor();
    const gaps = page.getByRole('list', { name: 'Gaps' }).getByRole('listitem');
    await gaps.first().waitFor();
    expect(await gaps.count()).toBeGreaterThan(3);
    // The two skills count: something is met, so readiness is above zero.
    expect(Number.parseInt(await page.getByTestId('readiness').innerText(), 10)).toBeGreaterThan(0);
    await page.getByRole('link', { name: 'Build a roadmap' }).click();

    // The questions; an impossible timeline is refused with what would fit.
    await page.waitForURL(`${baseUrl}/roadmaps/new?occupation=${CODE}`);
    await page.getByRole('heading', { level: 1, name: 'Build your roadmap' }).waitFor();
    await answer(page, '1', '1');
    await page.getByRole('button', { name: 'Generate roadmap' }).click();
    const timeline = page.getByLabel('In how many months do you want to be ready?');
    expect(await errorUnder(page, timeline)).toMatch(/needs about \d+ hours.*at least \d+ months/);
    await timeline.fill('36');
    await page.getByLabel('How many hours a week can you spend?').fill('20');
    await page.getByRole('button', { name: 'Generate roadmap' }).click();

    // The roadmap: a graph on a wide screen, a list on request.
    await page.waitForURL(/\/roadmaps\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: 'Roadmap to Software Developers' }).waitFor();
    const graph = page.getByTestId('roadmap-graph');
    await graph.locator('.react-flow__node').first().waitFor();
    expect(await graph.locator('.react-flow__node').count()).toBeGreaterThan(5);
    expect(await graph.locator('.react-flow__edge').count()).toBeGreaterThan(3);
    expect(await percent(page)).toBe('0%');

    await page.getByRole('button', { name: 'List' }).click();
    const milestones = page.getByTestId('milestone');
    await milestones.first().waitFor();
    expect(await milestones.count()).toBeGreaterThan(1);
    await milestones
      .first()
      .getByRole('button', { name: /^Complete milestone 1/ })
      .click();
    await expect.poll(() => percent(page)).not.toBe('0%');
    const after = await percent(page);
    expect(Number.parseInt(after, 10)).toBeGreaterThan(0);
    await milestones.first().getByText('Completed').waitFor();

    await page.reload();
    await page.getByTestId('progress-percent').waitFor();
    expect(await percent(page)).toBe(after);

    // The list of roadmaps shows the same progress.
    await page.goto('/roadmaps');
    await page.getByRole('list', { name: 'Roadmaps' }).getByText(`${after} ·`).waitFor();
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    // The refused timeline is the one error answer on the way.
    expect(problems.httpErrors.filter((e) => e !== SIGNED_OUT_PROBE)).toEqual([
      '422 POST /api/roadmaps',
    ]);
  });

  it('fits a 360 px phone: the list by default, the graph readable on request', async () => {
    const { page } = await openPage(SMALL_PHONE);
    await signUp(page);
    await page.goto(`/roadmaps/new?occupation=${CODE}`);
    await answer(page, '36', '10');
    await page.getByRole('button', { name: 'Generate roadmap' }).click();
    await page.waitForURL(/\/roadmaps\/[0-9a-f-]{36}$/);
    await page.getByTestId('milestone').first().waitFor();
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await page.getByRole('button', { name: 'Graph' }).click();
    const node = page.getByTestId('roadmap-graph').locator('.react-flow__node').first();
    await node.waitFor();
    // Fitted to the first milestones, a node is drawn at a readable size.
    const box = await node.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(120);
    expect(await hasHorizontalOverflow(page)).toBe(false);
  });
});
