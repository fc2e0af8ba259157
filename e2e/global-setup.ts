import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import { launchBrowserServer } from './browser.js';
import { startServer } from './server-process.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the server under test, e.g. http://127.0.0.1:41234 */
    baseUrl: string;
    /** Where the server writes the emails it sends (.eml files), to follow emailed links. */
    outboxDir: string;
    /** An account with the admin role, granted before the server started serving tests. */
    admin: AdminAccount;
    /** The suite's Chromium, which each test file connects to. */
    browserWsEndpoint: string;
  }
}

export interface AdminAccount {
  username: string;
  email: string;
  password: string;
}

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

async function signUpAdmin(baseUrl: string): Promise<AdminAccount> {
  const id = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const admin = {
    username: `admin_${id}`,
    email: `admin.${id}@example.test`,
    password: `Beacon-${randomBytes(6).toString('hex')}-harbour-quill`,
  };
  const response = await fetch(`${baseUrl}/api/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...admin, transport: 'api' }),
  });
  if (response.status !== 201) {
    throw new Error(`signing up the admin: HTTP ${response.status} ${await response.text()}`);
  }
  return admin;
}

async function grantAdmin(username: string, dataDir: string): Promise<void> {
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', 'scripts/grant-role.ts', username, 'admin'],
    { cwd: repoRoot, env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' } },
  );
  if (!stdout.includes('admin')) throw new Error(`user:grant said: ${stdout}`);
}

/**
 * The first administrator is made the way an operator does it: sign up, stop the server, run
 * `npm run user:grant` on its data (the embedded database allows one process), start again.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const env = {
    // Every browser test signs up from the same loopback address, more often than the per-address
    // sign-up budget allows one person; the limits themselves are tested in the server suites.
    RATE_LIMIT_SCALE: '10',
    // A token argon2 cost for the many sign-ups and logins (allowed only with NODE_ENV=test).
    NODE_ENV: 'test',
    PASSWORD_HASHING: 'test-minimal',
  };
  // Chromium starts while the server migrates and seeds.
  const browsing = launchBrowserServer();
  // Awaited below; this only keeps an early launch failure from counting as unhandled meanwhile.
  browsing.catch(() => undefined);
  const closeBrowser = async () => (await browsing).close();
  try {
    const first = await startServer({ env });
    let admin: AdminAccount;
    try {
      admin = await signUpAdmin(first.baseUrl);
      await first.stop();
      await grantAdmin(admin.username, first.dataDir);
    } catch (error) {
      await first.close();
      throw error;
    }
    const port = Number(new URL(first.baseUrl).port);
    const server = await startServer({ port, env, dataDir: first.dataDir }).catch(async (error) => {
      await rm(first.dataDir, { recursive: true, force: true });
      throw error;
    });
    project.provide('baseUrl', server.baseUrl);
    project.provide('outboxDir', path.join(server.dataDir, 'outbox'));
    project.provide('admin', admin);
    project.provide('browserWsEndpoint', (await browsing).wsEndpoint());
    return async () => {
      await closeBrowser();
      await server.close();
    };
  } catch (error) {
    await closeBrowser().catch(() => undefined);
    throw error;
  }
}
