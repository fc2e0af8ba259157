/**
 * Saves full-page PNGs of every page in light and dark themes, on desktop and phone.
 *
 *   npx tsx e2e/screenshots.ts <baseUrl> <outDir>
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, launchBrowser } from './browser.js';

const [baseArg, outArg] = process.argv.slice(2);
if (!baseArg || !outArg) {
  console.error('usage: npx tsx e2e/screenshots.ts <baseUrl> <outDir>');
  process.exit(2);
}
const baseUrl = baseArg.replace(/\/+$/, '');
const outDir = path.resolve(outArg);

async function firstSkillSlug(): Promise<string> {
  try {
    const response = await fetch(`${baseUrl}/api/skills?q=javascript&limit=1`);
    const body = (await response.json()) as { items?: { slug: string }[] };
    return body.items?.[0]?.slug ?? 'javascript';
  } catch {
    return 'javascript';
  }
}

interface Shot {
  name: string;
  path: string;
  /** Runs after the page has loaded, before the screenshot. */
  prepare?: (page: Page) => Promise<void>;
  phoneOnly?: boolean;
  fullPage?: boolean;
}

const shots: Shot[] = [
  { name: 'home', path: '/' },
  { name: 'skills', path: '/skills' },
  { name: 'skills-search', path: '/skills?q=script' },
  { name: 'skills-category', path: '/skills?category=cloud' },
  { name: 'skills-empty', path: '/skills?q=zzqx-nothing' },
  { name: 'skill-detail', path: `/skills/${await firstSkillSlug()}` },
  { name: 'skill-missing', path: '/skills/no-such-skill' },
  { name: 'status', path: '/status' },
  { name: 'not-found', path: '/no/such/page' },
  {
    name: 'menu-open',
    path: '/',
    phoneOnly: true,
    fullPage: false,
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Open menu' }).click();
      await page.getByRole('dialog').waitFor();
    },
  },
  {
    name: 'theme-menu',
    path: '/',
    fullPage: false,
    prepare: async (page) => {
      await page.getByRole('button', { name: /Colour theme/ }).click();
      await page.getByRole('menu').waitFor();
    },
  },
];

const devices = [
  { name: 'desktop', viewport: DESKTOP, isMobile: false },
  { name: 'phone', viewport: PHONE, isMobile: true },
] as const;

await mkdir(outDir, { recursive: true });
const browser = await launchBrowser();
try {
  for (const theme of ['light', 'dark'] as const) {
    for (const device of devices) {
      const context = await browser.newContext({
        baseURL: baseUrl,
        viewport: device.viewport,
        isMobile: device.isMobile,
        hasTouch: device.isMobile,
        deviceScaleFactor: 1,
        colorScheme: theme,
        reducedMotion: 'reduce',
      });
      await context.addInitScript((value) => {
        try {
          localStorage.setItem('careeros-theme', value);
        } catch {
          // Opaque origins (error pages) have no storage.
        }
      }, theme);
      const page = await context.newPage();
      page.on('pageerror', (error) => console.warn(`  page error: ${error.message}`));
      for (const shot of shots) {
        if (shot.phoneOnly && device.name !== 'phone') continue;
        await page.goto(shot.path, { waitUntil: 'networkidle' });
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await shot.prepare?.(page);
        await page.waitForTimeout(250);
        const file = path.join(outDir, `${shot.name}-${device.name}-${theme}.png`);
        await page.screenshot({ path: file, fullPage: shot.fullPage ?? true });
        console.log(`saved ${path.relative(process.cwd(), file)}`);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
}
