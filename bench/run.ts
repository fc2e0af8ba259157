// Start-up time, idle memory and HTTP throughput of the built server, embedded and scaled, beside a
// bare Fastify server measured in the same run.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { ACHIEVEMENTS_TARGET_P95_MS, measureAchievements } from './achievements.js';
import { GUIDANCE_CONNECTIONS, measureGuidance } from './guidance.js';
import { measureWebhooks } from './webhooks.js';
import { measureResumeExport } from './resume-export-http.js';
import { freePort, startPostgresServer } from '../server/test/postgres-server.js';
import { startRedisServer } from '../server/test/redis-server.js';

const root = path.resolve(import.meta.dirname, '..');
// The official O*NET release kept beside the repository (never copied into it).
const onetDir = path.resolve(root, '..', 'shared', 'data', 'onet');
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
// `npm run bench -- --only achievements` (or `webhooks`, `resume-export`) runs that section alone (on both targets).
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined;
const CONNECTIONS = 100;

interface Load {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

async function load(
  url: string,
  options: {
    connections?: number;
    method?: 'GET' | 'POST';
    headers?: Record<string, string>;
    body?: string;
  } = {},
): Promise<Load> {
  const request = { url, connections: options.connections ?? CONNECTIONS, ...options };
  // A short warm-up so JIT and caches settle before the measured run.
  await autocannon({ ...request, duration: 2 });
  const result = await autocannon({ ...request, duration: DURATION });
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round((kb / 1024) * 10) / 10;
}

async function waitReady(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(500) });
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`${url} not ready within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

async function launch(script: string[], env: NodeJS.ProcessEnv, readyPath: string) {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, script, {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  await waitReady(`${base}${readyPath}`, child, 60_000);
  return { child, base, readyMs: Math.round(performance.now() - started) };
}

interface Row {
  target: string;
  'first start → ready (ms)': number | string;
  'restart → ready (ms)': number | string;
  'idle RSS (MiB)': number;
  endpoint: string;
  'req/s': number;
  'p50 (ms)': number;
  'p99 (ms)': number;
  errors: number;
  'vs hello': string;
}

const rows: Row[] = [];
const imports: Record<string, string | number>[] = [];
const guidance: Record<string, string | number>[] = [];
const catalogMemory: Record<string, string | number>[] = [];
const achievementRows: Record<string, string | number>[] = [];
const webhookRows: Record<string, string | number>[] = [];
const resumeExportRows: Record<string, string | number>[] = [];
const main = ['dist/server/main.js'];

async function measureCareerOS(label: string, env: NodeJS.ProcessEnv) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'careeros-bench-'));
  const serverEnv = {
    ...env,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    // High enough not to throttle the load generator's single IP; the limiters still run.
    RATE_LIMIT_PER_MINUTE: '1000000000',
    RATE_LIMIT_SCALE: '100000',
  };
  const first = await launch(main, serverEnv, '/ready');
  await stop(first.child);
  const { child, base, readyMs } = await launch(main, serverEnv, '/ready');
  if (only === 'achievements' || only === 'webhooks' || only === 'resume-export') {
    if (only === 'achievements') await measureAchievementsOn(label, base);
    else if (only === 'webhooks') await measureWebhooksOn(label, base);
    else await measureResumeExportOn(label, base);
    await stop(child);
    rmSync(dataDir, { recursive: true, force: true });
    return;
  }
  await new Promise((r) => setTimeout(r, 2000));
  const rss = rssMiB(child.pid ?? 0);
  // The detail read goes to the database every time; the paginated list is served through the cache.
  for (const endpoint of ['/health', '/api/skills/python', '/api/skills?limit=20&offset=20']) {
    const result = await load(`${base}${endpoint}`);
    rows.push({
      target: label,
      'first start → ready (ms)': first.readyMs,
      'restart → ready (ms)': readyMs,
      'idle RSS (MiB)': rss,
      endpoint,
      'req/s': result.rps,
      'p50 (ms)': result.p50,
      'p99 (ms)': result.p99,
      errors: result.errors,
      'vs hello': `${((result.rps / hello.rps) * 100).toFixed(0)}% of hello req/s`,
    });
  }
  await measureAuth(label, base, rss, first.readyMs, readyMs);
  await measureAchievementsOn(label, base);
  await measureWebhooksOn(label, base);
  await measureResumeExportOn(label, base);
  await stop(child);
  await measureGuidanceOn(label, serverEnv);
  rmSync(dataDir, { recursive: true, force: true });
}

/** `npm run import:onet` of the full release, timed, then the guidance endpoints on it. */
async function measureGuidanceOn(label: string, serverEnv: NodeJS.ProcessEnv) {
  const started = performance.now();
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn('npx', ['--no-install', 'tsx', 'scripts/import-onet.ts', onetDir], {
      cwd: root,
      env: { ...process.env, ...serverEnv },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (code) =>
      code === 0 ? resolve(stderr) : reject(new Error(`import failed (${code}):\n${stderr}`)),
    );
  });
  const wallMs = Math.round(performance.now() - started);
  const own = /imported in ([\d.]+) s/.exec(output)?.[1];
  imports.push({
    target: label,
    'npm run import:onet (s)': Math.round(wallMs / 100) / 10,
    'import itself (s)': own ? Number(own) : '-',
    'target (s)': 60,
  });
  const { child, base } = await launch(main, serverEnv, '/ready');
  const before = rssMiB(child.pid ?? 0);
  for (const result of await measureGuidance(base, onetDir, DURATION)) {
    guidance.push({
      target: label,
      endpoint: result.endpoint,
      'req/s': result.rps,
      'p50 (ms)': result.p50,
      'p99 (ms)': result.p99,
      errors: result.errors,
      'p99 < 50 ms': result.endpoint.startsWith('POST')
        ? '(write)'
        : result.p99 < 50
          ? 'yes'
          : 'no',
    });
  }
  // The explorer's in-memory index and the other per-process copies of the catalog are built by
  // now: what they cost in resident memory.
  catalogMemory.push({
    target: label,
    'RSS after start (MiB)': before,
    'RSS after the guidance run (MiB)': rssMiB(child.pid ?? 0),
  });
  await stop(child);
}

/** Creating an achievement (skills and resume regenerated) for a user with 200 of them. */
async function measureAchievementsOn(label: string, base: string) {
  for (const result of await measureAchievements(base, DURATION)) {
    achievementRows.push({
      target: label,
      endpoint: result.endpoint,
      requests: result.requests,
      'p50 (ms)': result.p50,
      'p95 (ms)': result.p95,
      'p99 (ms)': result.p99,
      errors: result.errors,
      [`p95 < ${ACHIEVEMENTS_TARGET_P95_MS} ms`]:
        result.p95 < ACHIEVEMENTS_TARGET_P95_MS ? 'yes' : 'no',
    });
  }
}

/** Signed generic deliveries at 10 connections, each processed into a real achievement. */
async function measureWebhooksOn(label: string, base: string) {
  const result = await measureWebhooks(base, DURATION);
  webhookRows.push({
    target: label,
    sent: result.sent,
    accepted: result.accepted,
    refused: JSON.stringify(result.refused),
    'accepted/s': result.acceptedPerSecond,
    'processed/s': result.processedPerSecond,
    processed: result.processed,
    dead: result.dead,
  });
}

/** A two-page resume downloaded as PDF and DOCX through the API, at 1 and 10 connections. */
async function measureResumeExportOn(label: string, base: string) {
  for (const row of await measureResumeExport(base, DURATION)) {
    resumeExportRows.push({ target: label, ...row });
  }
}

/** Login throughput (argon2id dominates) and an authenticated read, at 50 connections. */
async function measureAuth(
  label: string,
  base: string,
  rss: number,
  firstMs: number,
  restartMs: number,
) {
  const account = {
    username: 'bench_user',
    email: 'bench@example.org',
    password: 'vivid-Otter-trumpet-42',
  };
  const registered = await fetch(`${base}/api/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...account, transport: 'api' }),
  });
  const { accessToken } = (await registered.json()) as { accessToken: string };
  const cores = os.cpus().length;
  const login = await load(`${base}/api/auth/login`, {
    connections: 50,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: account.username, password: account.password, transport: 'api' }),
  });
  const me = await load(`${base}/api/auth/me`, {
    connections: 50,
    headers: { authorization: `Bearer ${accessToken}` },
  });
  for (const [endpoint, result, note] of [
    [
      'POST /api/auth/login (50 conn.)',
      login,
      `${(login.rps / cores).toFixed(1)} logins/s per core`,
    ],
    [
      'GET /api/auth/me (50 conn.)',
      me,
      `${((me.rps / hello.rps) * 100).toFixed(0)}% of hello req/s`,
    ],
  ] as const) {
    rows.push({
      target: label,
      'first start → ready (ms)': firstMs,
      'restart → ready (ms)': restartMs,
      'idle RSS (MiB)': rss,
      endpoint,
      'req/s': result.rps,
      'p50 (ms)': result.p50,
      'p99 (ms)': result.p99,
      errors: result.errors,
      'vs hello': note,
    });
  }
}

const helloServer = await launch(['bench/hello-server.mjs'], {}, '/');
await new Promise((r) => setTimeout(r, 1000));
const helloRss = rssMiB(helloServer.child.pid ?? 0);
const hello = only ? { rps: 0, p50: 0, p99: 0, errors: 0 } : await load(`${helloServer.base}/`);
await stop(helloServer.child);
rows.push({
  target: 'bare Fastify hello',
  'first start → ready (ms)': helloServer.readyMs,
  'restart → ready (ms)': '-',
  'idle RSS (MiB)': helloRss,
  endpoint: '/',
  'req/s': hello.rps,
  'p50 (ms)': hello.p50,
  'p99 (ms)': hello.p99,
  errors: hello.errors,
  'vs hello': '100%',
});

await measureCareerOS('CareerOS embedded (PGlite, memory)', {});

const [postgres, redis] = await Promise.all([startPostgresServer(), startRedisServer()]);
try {
  await measureCareerOS('CareerOS scaled (PostgreSQL, Redis)', {
    DATABASE_URL: postgres.url,
    REDIS_URL: redis.url,
    JWT_SECRET: randomBytes(32).toString('hex'),
    ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  });
} finally {
  await redis.stop();
  await postgres.destroy();
}

if (achievementRows.length > 0) {
  console.log('\nAchievements: one connection, each write regenerates the resume:');
  console.table(achievementRows);
}
if (webhookRows.length > 0) {
  console.log(
    '\nWebhooks: signed generic deliveries, 10 connections, each becomes an achievement:',
  );
  console.table(webhookRows);
}
if (resumeExportRows.length > 0) {
  console.log('\nResume export through the API (a two-page resume), p50/p95 in ms:');
  console.table(resumeExportRows);
}
if (only) process.exit(0);

console.log(
  `\nautocannon: ${CONNECTIONS} connections, ${DURATION} s per endpoint after a 2 s warm-up; node ${process.version}, ${os.cpus().length} CPUs`,
);
console.table(rows);
console.log('\nFull O*NET import (the release beside the repository), from the command line:');
console.table(imports);
console.log(`\nGuidance on the full O*NET import, ${GUIDANCE_CONNECTIONS} connections:`);
console.table(guidance);
console.log('\nServer memory on the full O*NET import (search index, profiles, requirements):');
console.table(catalogMemory);
