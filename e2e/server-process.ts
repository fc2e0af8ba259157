import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const serverEntry = path.join(repoRoot, 'dist', 'server', 'main.js');
const webIndex = path.join(repoRoot, 'dist', 'web', 'index.html');
const READY_TIMEOUT_MS = 60_000;
const EXIT_TIMEOUT_MS = 15_000;
const MAX_OUTPUT_CHARS = 64_000;

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = new Promise<'timeout'>((resolve) =>
    setTimeout(() => resolve('timeout'), EXIT_TIMEOUT_MS).unref(),
  );
  if ((await Promise.race([exited(child), timer])) === 'timeout') {
    console.warn(`e2e: server did not exit within ${EXIT_TIMEOUT_MS} ms of SIGTERM; killing it`);
    child.kill('SIGKILL');
    await exited(child);
  }
}

async function waitUntilReady(baseUrl: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`server exited early (code ${child.exitCode}, signal ${child.signalCode})`);
    }
    try {
      const response = await fetch(`${baseUrl}/ready`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return;
      last = `HTTP ${response.status}: ${(await response.text()).slice(0, 500)}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server not ready after ${READY_TIMEOUT_MS / 1000} s (last: ${last})`);
}

export interface ServerUnderTest {
  /** Origin, e.g. http://127.0.0.1:41234 */
  baseUrl: string;
  dataDir: string;
  /** Stops the server and keeps its data, e.g. to run a command on it and start again. */
  stop(): Promise<void>;
  /** Stops the server and deletes its data; warns with its output if it had failed. */
  close(): Promise<void>;
}

/**
 * Starts the built server (dist/) on loopback with extra settings, on a fresh data folder or on
 * the one given (which it then owns: `close` deletes it).
 */
export async function startServer(
  options: { port?: number; env?: Record<string, string>; dataDir?: string } = {},
): Promise<ServerUnderTest> {
  for (const file of [serverEntry, webIndex]) {
    if (!existsSync(file)) {
      throw new Error(`${path.relative(repoRoot, file)} is missing: run \`npm run build\` first`);
    }
  }

  const port = options.port ?? (await freePort());
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(tmpdir(), 'careeros-e2e-')));
  const baseUrl = `http://127.0.0.1:${port}`;

  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-MAX_OUTPUT_CHARS);
  };

  const child = spawn(process.execPath, [serverEntry], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  let stopping = false;
  child.once('exit', (code, signal) => {
    // Say at once when it stops by itself or is killed, or the tests only see refused connections.
    if (!stopping) console.warn(`e2e: server exited (code ${code}, signal ${signal})\n${output}`);
  });

  const teardown = async () => {
    stopping = true;
    await stop(child);
    await rm(dataDir, { recursive: true, force: true });
  };

  try {
    await waitUntilReady(baseUrl, child);
  } catch (error) {
    await teardown();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`e2e: ${reason}\n--- server output ---\n${output || '(none)'}\n---`, {
      cause: error,
    });
  }

  return {
    baseUrl,
    dataDir,
    stop: () => {
      stopping = true;
      return stop(child);
    },
    close: async () => {
      await teardown();
      if (child.exitCode !== 0 && child.exitCode !== null) {
        console.warn(`e2e: server exited with code ${child.exitCode}\n${output}`);
      }
    },
  };
}
