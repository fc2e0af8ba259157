import { describe, expect, inject, it } from 'vitest';
import { accountSteps, logInThroughForm, newUser } from './accounts.js';
import { SIGNED_OUT_PROBE, useBrowser } from './helpers.js';

const baseUrl = inject('baseUrl');
const { openPage } = useBrowser(baseUrl);
const { registerViaApi } = accountSteps(baseUrl);

/** Software Developers, from the starter catalog. */
const CODE = '15-1252.00';

describe('Badges in the web app', () => {
  it('completing a roadmap milestone rings the bell and earns "First milestone"', async () => {
    const user = newUser('badge');
    const { accessToken } = await registerViaApi(user);
    const created = await fetch(`${baseUrl}/api/roadmaps`, {
      method: 'POST',
      headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        occupation: CODE,
        answers: {
          experience: 'new',
          timeline: 36,
          hoursPerWeek: 20,
          learningStyle: 'projects',
          focusArea: 'any',
        },
      }),
    });
    expect(created.status, await created.clone().text()).toBe(201);
    const { id } = (await created.json()) as { id: string };

    const { page, problems } = await openPage();
    await page.goto('/login');
    await logInThroughForm(page, user.username, user.password);
    await page.waitForURL((url) => url.pathname !== '/login');
    await page.goto(`/roadmaps/${id}`);
    const bell = page.getByRole('button', { name: /^Notifications/ });
    await bell.waitFor();
    expect(await bell.getAttribute('aria-label')).toBe('Notifications');

    await page.getByRole('button', { name: 'List' }).click();
    await page
      .getByTestId('milestone')
      .first()
      .getByRole('button', { name: /^Complete milestone 1/ })
      .click();
    await page.getByRole('button', { name: 'Notifications, 1 unread' }).click();
    await page.getByRole('menuitem', { name: /Badge earned: First milestone/ }).click();

    await page.waitForURL(`${baseUrl}/badges`);
    const badge = page.getByTestId('badge-first-milestone');
    await badge.getByText('Earned').waitFor();
    expect(await badge.getAttribute('data-earned')).toBe('true');
    expect(await page.getByTestId('badge-roadmap-completed').getAttribute('data-earned')).toBe(
      'false',
    );
    await page.getByTestId('badge-points').getByText('10 points').waitFor();
    // Opening it marked it read.
    await page.getByRole('button', { name: 'Notifications', exact: true }).waitFor();
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.httpErrors.filter((e) => e !== SIGNED_OUT_PROBE)).toEqual([]);
  });
});
