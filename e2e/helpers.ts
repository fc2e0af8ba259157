import type { Readable } from 'node:stream';
import type {
  Browser,
  BrowserContext,
  BrowserContextOptions,
  Download,
  Locator,
  Page,
} from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { DESKTOP, connectBrowser } from './browser.js';

export interface Problems {
  /** Console errors other than the browser's own "Failed to load resource" notes on HTTP errors. */
  consoleErrors: string[];
  pageErrors: string[];
  /** Requests that got no answer at all. */
  failedRequests: string[];
  /** Answers with status 400 and above, as "401 POST /api/auth/refresh", in order. */
  httpErrors: string[];
}

/**
 * What a signed-out visitor's page load answers: the app asks whether a refresh cookie is live
 * and the server says no.
 */
export const SIGNED_OUT_PROBE = '401 POST /api/auth/refresh';

/** Chromium logs every 4xx/5xx answer; those are tracked (and asserted) in `httpErrors` instead. */
const httpStatusNote = /^Failed to load resource: the server responded with a status of \d+/;

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  problems: Problems;
}

/**
 * Connects the calling test file to the suite's Chromium (started in global setup) and closes
 * every context after each test. Call once at the top level of the file.
 */
export function useBrowser(baseUrl: string): {
  openPage(options?: BrowserContextOptions): Promise<OpenedPage>;
} {
  let browser: Browser | undefined;
  const openContexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await connectBrowser(inject('browserWsEndpoint'));
  });

  afterEach(async () => {
    await Promise.all(openContexts.splice(0).map((context) => context.close()));
  });

  afterAll(async () => {
    // Disconnects, closing this file's contexts; Chromium itself stops in global teardown.
    await browser?.close();
  });

  /** A fresh, isolated browser context (no stored theme or cookies), with problems recorded. */
  async function openPage(options: BrowserContextOptions = {}): Promise<OpenedPage> {
    if (!browser) throw new Error('the browser is not running yet');
    const context = await browser.newContext({
      baseURL: baseUrl,
      viewport: DESKTOP,
      colorScheme: 'light',
      ...options,
    });
    openContexts.push(context);
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    const problems: Problems = {
      consoleErrors: [],
      pageErrors: [],
      failedRequests: [],
      httpErrors: [],
    };
    page.on('console', (message) => {
      if (message.type() !== 'error' || httpStatusNote.test(message.text())) return;
      problems.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => problems.pageErrors.push(error.message));
    page.on('requestfailed', (request) => {
      const reason = request.failure()?.errorText ?? 'failed';
      // The browser cancels requests still running when the page navigates away: not a failure.
      if (reason === 'net::ERR_ABORTED') return;
      problems.failedRequests.push(`${request.method()} ${request.url()}: ${reason}`);
    });
    page.on('response', (response) => {
      if (response.status() < 400) return;
      const { pathname } = new URL(response.url());
      problems.httpErrors.push(`${response.status()} ${response.request().method()} ${pathname}`);
    });
    return { page, context, problems };
  }

  return { openPage };
}

export async function htmlClasses(page: Page): Promise<string> {
  return page.evaluate(() => document.documentElement.className);
}

/**
 * True if the page is wider than the device. Compared with the configured viewport width,
 * because a mobile browser zooms out (widening innerWidth) to fit overflowing content.
 */
export async function hasHorizontalOverflow(page: Page): Promise<boolean> {
  const width = page.viewportSize()?.width ?? 0;
  return page.evaluate((max) => document.documentElement.scrollWidth > max, width);
}

/** True if the two elements' boxes on the page overlap (one would take the other's taps). */
export async function overlaps(a: Locator, b: Locator): Promise<boolean> {
  const [first, second] = await Promise.all([a.boundingBox(), b.boundingBox()]);
  if (!first || !second) throw new Error('both elements must be visible');
  return (
    first.x < second.x + second.width &&
    second.x < first.x + first.width &&
    first.y < second.y + second.height &&
    second.y < first.y + first.height
  );
}

/** The bytes of a finished download (`download.path()` is unavailable on a connected browser). */
export async function downloadedBytes(download: Download): Promise<Buffer> {
  const stream: Readable = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
