import { describe, expect, inject, it } from 'vitest';
import { SIGNED_OUT_PROBE, hasHorizontalOverflow, useBrowser } from './helpers.js';

const baseUrl = inject('baseUrl');
const { openPage } = useBrowser(baseUrl);

const SMALL_PHONE = { width: 360, height: 740 };
const phone = { viewport: SMALL_PHONE, isMobile: true, hasTouch: true } as const;

describe('Career explorer in the web app', () => {
  it('finds Software Developers from a misspelt search and opens its page', async () => {
    const { page, problems } = await openPage();
    await page.goto('/');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Careers' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Career explorer' }).waitFor();

    await page.getByRole('searchbox', { name: 'Search occupations' }).fill('sofware develper');
    // The search waits for a pause in typing, then keeps the text in the address bar.
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('sofware develper');
    const results = page.getByRole('list', { name: 'Occupations' });
    const hit = results.getByRole('link', { name: /Software Developers/ });
    await hit.waitFor();
    expect(await results.getByRole('listitem').first().textContent()).toContain(
      'Software Developers',
    );

    await hit.click();
    await page.getByRole('heading', { level: 1, name: 'Software Developers' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/careers/15-1252.00');
    await page.getByRole('heading', { level: 2, name: 'Tasks' }).waitFor();
    expect(await page.locator('section[aria-labelledby="tasks-title"] li').count()).toBeGreaterThan(
      5,
    );
    const skills = page.getByRole('list', { name: 'Skills', exact: true });
    expect(await skills.getByRole('listitem').count()).toBeGreaterThan(5);
    expect(await skills.getByRole('listitem').first().textContent()).toMatch(/Importance\d/);
    const related = page.getByRole('list', { name: 'Related occupations' });
    expect(await related.getByRole('link').count()).toBeGreaterThan(2);
    expect(await page.getByRole('link', { name: 'See my skill gaps' }).getAttribute('href')).toBe(
      '/careers/15-1252.00/gaps',
    );
    expect(await page.getByRole('link', { name: 'Build a roadmap' }).getAttribute('href')).toBe(
      '/roadmaps/new?occupation=15-1252.00',
    );

    // A related occupation opens its own page.
    const first = related.getByRole('link').first();
    const title = (await first.locator('span').first().textContent()) ?? '';
    await first.click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();

    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.httpErrors).toEqual([SIGNED_OUT_PROBE]);
  });

  it('filters by job zone and interest area from the URL, and says when nothing matches', async () => {
    const { page } = await openPage(phone);
    await page.goto('/careers?zone=1');
    const results = page.getByRole('list', { name: 'Occupations' });
    await results.waitFor();
    const badges = await results.getByText(/^Job zone \d/).allTextContents();
    expect(badges.length).toBeGreaterThan(0);
    expect(badges.every((text) => text.startsWith('Job zone 1'))).toBe(true);
    expect(await page.getByLabel('Preparation').inputValue()).toBe('1');
    expect(await hasHorizontalOverflow(page)).toBe(false);

    await page.getByLabel('Main interest area').selectOption('artistic');
    await expect.poll(() => new URL(page.url()).searchParams.get('area')).toBe('artistic');
    await page.getByRole('searchbox', { name: 'Search occupations' }).fill('zzqxw');
    await page.getByRole('heading', { name: 'No occupations match “zzqxw”' }).waitFor();
    await page.getByRole('button', { name: 'Clear search and filters' }).click();
    await results.waitFor();
    expect(new URL(page.url()).search).toBe('');
  });

  it('shows a clear page for an unknown occupation code', async () => {
    const { page } = await openPage(phone);
    await page.goto('/careers/99-0000.00');
    await page.getByRole('heading', { level: 1, name: 'Occupation not found' }).waitFor();
    expect(await hasHorizontalOverflow(page)).toBe(false);
  });
});
