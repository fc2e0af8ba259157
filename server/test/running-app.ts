import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp, type App } from '../app.js';
import { loadConfig } from '../config.js';
import { runSeeds } from '../modules/system/seed.service.js';
import { createLogger } from '../platform/http/logger.js';
import { createPlatform, type Platform } from '../platform/platform.js';
import { seedSteps } from '../seeds.js';

export interface RunningApp {
  app: App;
  platform: Platform;
  baseUrl: string;
  close(): Promise<void>;
}

/** Starts the app as `main` does (migrate, seed, listen on a real port) with the given settings. */
export async function startApp(
  env: Record<string, string>,
  options: { dataDir?: string; extraRoutes?: (app: App) => void } = {},
): Promise<RunningApp> {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'careeros-run-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    // Scaled mode must be given shared secrets; embedded mode generates and keeps its own.
    ...(env.DATABASE_URL
      ? {
          JWT_SECRET: randomBytes(32).toString('hex'),
          ENCRYPTION_KEY: randomBytes(32).toString('base64'),
        }
      : {}),
    ...env,
  });
  const platform = await createPlatform(config, createLogger(config));
  await platform.database.migrate();
  await runSeeds(platform.database, seedSteps());
  const app = await buildApp(config, platform);
  options.extraRoutes?.(app);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    app,
    platform,
    baseUrl: `http://127.0.0.1:${port}`,
    async close() {
      await app.close();
      await platform.close();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Fetches and measures; never throws on HTTP errors. */
export async function timedFetch(
  url: string,
): Promise<{ status: number; ms: number; body: unknown }> {
  const started = performance.now();
  const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON: keep the text.
  }
  return { status: res.status, ms: performance.now() - started, body };
}

export async function waitFor(
  check: () => Promise<boolean> | boolean,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
