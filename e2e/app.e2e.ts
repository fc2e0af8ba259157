import { describe, expect, inject, it } from 'vitest';
import { PHONE } from './browser.js';
import { SIGNED_OUT_PROBE, hasHorizontalOverflow, htmlClasses, useBrowser } from './helpers.js';

const baseUrl = inject('baseUrl');
const { openPage } = useBrowser(baseUrl);

describe('CareerOS web app', () => {
  it('loads the landing page without console errors or failed requests', async () => {
    const { page, problems } = await openPage();
    const response = await page.goto('/', { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);

    const heading = page.getByRole('heading', { level: 1 });
    await heading.waitFor({ state: 'visible' });
    expect(await heading.textContent()).toContain('Plan your career');
    await expect.poll(() => page.title()).toContain('CareerOS');
    await page.getByRole('navigation', { name: 'Main' }).waitFor({ state: 'visible' });
    await page.getByRole('contentinfo').waitFor({ state: 'visible' });
    expect(await page.getByRole('link', { name: 'Skip to content' }).count()).toBe(1);
    expect(
      await page.getByRole('link', { name: 'Take the interest assessment' }).getAttribute('href'),
    ).toBe('/assessment');
    expect(await page.getByRole('link', { name: 'Explore careers' }).getAttribute('href')).toBe(
      '/careers',
    );

    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
    expect(problems.httpErrors).toEqual([SIGNED_OUT_PROBE]);
  });

  it('has no dead links on the landing page', async () => {
    const { page } = await openPage();
    await page.goto('/', { waitUntil: 'networkidle' });
    const hrefs = await page.$$eval('a[href]', (anchors) =>
      anchors.map((anchor) => anchor.getAttribute('href') ?? ''),
    );
    const internal = [...new Set(hrefs)].filter((href) => href.startsWith('/'));
    expect(internal.length).toBeGreaterThan(3);

    for (const href of internal) {
      if (href.startsWith('/api/')) {
        const response = await page.request.get(href);
        expect(response.status(), href).toBe(200);
        continue;
      }
      await page.goto(href);
      await page.getByRole('heading', { level: 1 }).waitFor({ state: 'visible' });
      expect(await page.getByRole('heading', { name: 'Page not found' }).count(), href).toBe(0);
    }
  });

  it('navigates to the skills catalog, searches, and opens a skill', async () => {
    const { page, problems } = await openPage();
    await page.goto('/');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Skills catalog' })
      .click();
    await page.waitForURL(`${baseUrl}/skills`);
    await page.getByRole('heading', { level: 1, name: 'Skills catalog' }).waitFor();
    await expect.poll(() => page.title()).toBe('Skills catalog · CareerOS');

    const results = page.getByRole('main').getByRole('list').first();
    await results.getByRole('link').first().waitFor();
    const summary = page.getByText(/^Showing 1–\d+ of \d+ skills$/);
    await summary.waitFor();

    // Search by alias: "JS" finds JavaScript.
    const search = page.getByRole('searchbox', { name: 'Search skills' });
    await search.fill('JS');
    await page.waitForURL(/[?&]q=JS(&|$)/);
    const javascript = page.getByRole('link', { name: /^JavaScript\b/ });
    await javascript.first().waitFor();

    await search.fill('python');
    await page.waitForURL(/[?&]q=python(&|$)/);
    await page
      .getByRole('link', { name: /^Python\b/ })
      .first()
      .waitFor();
    expect(await page.getByRole('link', { name: /^JavaScript\b/ }).count()).toBe(0);

    // Nothing matches: empty state.
    await search.fill('zzqx-no-such-skill');
    await page.getByRole('heading', { name: /No skills match/ }).waitFor();

    // Open JavaScript's detail page.
    await search.fill('javascript');
    await page.waitForURL(/[?&]q=javascript(&|$)/);
    await page
      .getByRole('link', { name: /^JavaScript\b/ })
      .first()
      .click();
    await page.waitForURL(/\/skills\/[a-z0-9-]+$/);
    await page.getByRole('heading', { level: 1, name: 'JavaScript' }).waitFor();
    const aliases = page.getByRole('list', { name: 'Aliases' });
    await aliases.waitFor();
    expect(await aliases.getByRole('listitem').allTextContents()).toContain('JS');
    await expect.poll(() => page.title()).toBe('JavaScript · Skills catalog · CareerOS');

    // Back returns to the search results.
    await page.goBack();
    await page.waitForURL(/[?&]q=javascript(&|$)/);
    await expect.poll(() => search.inputValue()).toBe('javascript');

    expect(problems.pageErrors).toEqual([]);
  });

  it('filters the catalog by category and shows a detail page for an unknown slug', async () => {
    const { page } = await openPage();
    await page.goto('/skills');
    const chips = page.getByRole('group', { name: 'Filter by category' });
    await chips.getByRole('button', { name: 'Programming' }).click();
    await page.waitForURL(/[?&]category=programming(&|$)/);
    // Waits for the re-render that follows the URL change.
    await chips.locator('button[aria-pressed="true"]', { hasText: 'Programming' }).waitFor();
    expect(await chips.locator('button[aria-pressed="true"]').count()).toBe(1);
    await page
      .getByRole('link', { name: /^Python\b/ })
      .first()
      .waitFor();

    await page.goto('/skills/no-such-skill-here');
    await page.getByRole('heading', { name: 'Skill not found' }).waitFor();
  });

  it('switches to the dark theme and keeps it after a reload', async () => {
    const { page, problems } = await openPage();
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await htmlClasses(page)).not.toContain('dark');

    await page.getByRole('button', { name: /Colour theme/ }).click();
    await page.getByRole('menuitemradio', { name: 'Dark' }).click();
    await page.waitForFunction(() => document.documentElement.classList.contains('dark'));
    expect(await page.evaluate(() => localStorage.getItem('careeros-theme'))).toBe('dark');

    await page.reload();
    // Applied by theme-init.js before the app renders.
    expect(await htmlClasses(page)).toContain('dark');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await htmlClasses(page)).toContain('dark');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).not.toBe('rgb(255, 255, 255)');

    await page.getByRole('button', { name: /Colour theme/ }).click();
    await page.getByRole('menuitemradio', { name: 'Light' }).click();
    await page.waitForFunction(() => !document.documentElement.classList.contains('dark'));

    expect(problems.pageErrors).toEqual([]);
  });

  it('applies the saved theme before the app script runs', async () => {
    const { page } = await openPage();
    await page.goto('/');
    await page.evaluate(() => localStorage.setItem('careeros-theme', 'dark'));
    // Without the app bundle, only public/theme-init.js can set the class.
    await page.route(/\/assets\/.+\.js$/, (route) => route.abort());
    await page.reload();
    expect(await page.locator('#root').innerHTML()).toBe('');
    expect(await htmlClasses(page)).toContain('dark');
    expect(await page.evaluate(() => document.documentElement.style.colorScheme)).toBe('dark');
  });

  it('shows the 404 page for an unknown route', async () => {
    const { page } = await openPage();
    await page.goto('/this/route/does-not-exist');
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    await expect.poll(() => page.title()).toBe('Page not found · CareerOS');
    await page.getByRole('main').getByRole('link', { name: 'Back to the home page' }).click();
    await page.waitForURL(`${baseUrl}/`);
  });

  it('uses a hamburger menu on a phone', async () => {
    const { page } = await openPage({ viewport: PHONE, isMobile: true, hasTouch: true });
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    expect(await hasHorizontalOverflow(page)).toBe(false);

    const menuButton = page.getByRole('button', { name: 'Open menu' });
    await menuButton.waitFor({ state: 'visible' });
    await menuButton.click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor({ state: 'visible' });
    const mobileNav = dialog.getByRole('navigation', { name: 'Mobile' });
    await mobileNav.getByRole('link', { name: 'System status' }).waitFor({ state: 'visible' });

    await mobileNav.getByRole('link', { name: 'Skills catalog' }).click();
    await page.waitForURL(`${baseUrl}/skills`);
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('heading', { level: 1, name: 'Skills catalog' }).waitFor();
    await page.getByRole('main').getByRole('list').first().getByRole('link').first().waitFor();
    expect(await hasHorizontalOverflow(page)).toBe(false);

    // Long alias lists must truncate rather than widen the page.
    for (const path of ['/skills?category=cloud', '/status', '/skills/javascript']) {
      await page.goto(path, { waitUntil: 'networkidle' });
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await hasHorizontalOverflow(page), path).toBe(false);
    }
  });

  it('reports database and cache as ready on the status page', async () => {
    const { page, problems } = await openPage();
    await page.goto('/status');
    await page.getByRole('heading', { level: 1, name: 'System status' }).waitFor();
    for (const name of ['Database', 'Cache']) {
      const region = page.getByRole('region', { name });
      await region.getByText('Ready', { exact: true }).waitFor();
      expect(await region.getByText('Unavailable', { exact: true }).count()).toBe(0);
    }
    await page.getByText('All systems operational').waitFor();
    const version = page.getByRole('region', { name: 'Instance' }).getByText(/^\d+\.\d+\.\d+/);
    await version.waitFor();
    expect(await page.getByRole('link', { name: 'Open the API docs' }).getAttribute('href')).toBe(
      '/api/docs',
    );
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.httpErrors).toEqual([SIGNED_OUT_PROBE]);
  });

  it('renders the API documentation under the Content-Security-Policy', async () => {
    const { page, problems } = await openPage();
    await page.goto('/api/docs', { waitUntil: 'networkidle' });
    await page.getByText('CareerOS API').first().waitFor();
    await page.getByText('/api/skills/{slug}').waitFor();
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.httpErrors).toEqual([]);
  });
});
