// Runs every suite: lint, types, server tests (embedded, then on real PostgreSQL + Redis), build,
// and the browser tests (embedded, then scaled). Ends with one line: "N passed, N failed".
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { startPostgresServer } from '../server/test/postgres-server.js';
import { startRedisServer } from '../server/test/redis-server.js';

const root = path.resolve(import.meta.dirname, '..');
const reports = path.join(root, '.tmp', 'test-reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

interface StepResult {
  name: string;
  passed: number;
  failed: number;
  seconds: number;
}
const results: StepResult[] = [];
const runStarted = Date.now();

/** A check that passed or failed as a whole, and how long it took since `started`. */
function checkResult(name: string, ok: boolean, started: number): StepResult {
  return { name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, seconds: (Date.now() - started) / 1000 };
}

function exec(command: string, args: string[], env: NodeJS.ProcessEnv = {}): number {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  return result.status ?? 1;
}

/** A check that passes or fails as a whole (lint, types, build). */
function check(name: string, command: string, args: string[]): boolean {
  const started = Date.now();
  console.log(`\n── ${name} ──`);
  const ok = exec(command, args) === 0;
  results.push(checkResult(name, ok, started));
  return ok;
}

/**
 * Checks run side by side, each lane in order: they are single-threaded, so on two or more cores
 * lanes overlap almost for free. Output is kept and printed per check when it ends, not mixed.
 */
async function checksInLanes(lanes: [name: string, command: string, args: string[]][][]) {
  const finished = await Promise.all(
    lanes.map(async (lane) => {
      const done: StepResult[] = [];
      for (const [name, command, args] of lane) {
        const started = Date.now();
        const { status, output } = await execCollected(command, args);
        console.log(`\n── ${name} ──`);
        process.stdout.write(output);
        done.push(checkResult(name, status === 0, started));
      }
      return done;
    }),
  );
  results.push(...finished.flat());
}

function execCollected(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ status: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => resolve({ status: 1, output: `${output}${String(error)}\n` }));
    child.on('close', (code) => resolve({ status: code ?? 1, output }));
  });
}

/**
 * A Vitest run; counts come from its JSON report. `besideOthers` keeps its output and prints it
 * when it ends, for runs side by side.
 */
async function vitest(
  name: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
  { besideOthers = false } = {},
): Promise<StepResult> {
  const started = Date.now();
  const report = path.join(reports, `${name.replace(/\W+/g, '-')}.json`);
  const argv = [
    '--no-install',
    'vitest',
    'run',
    ...args,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ];
  let status: number;
  if (besideOthers) {
    const collected = await execCollected('npx', argv, env);
    console.log(`\n── ${name} ──`);
    process.stdout.write(collected.output);
    status = collected.status;
  } else {
    console.log(`\n── ${name} ──`);
    status = exec('npx', argv, env);
  }
  let passed = 0;
  let failed = status === 0 ? 0 : 1;
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
      numFailedTestSuites: number;
    };
    passed = json.numPassedTests;
    // Suites count describe blocks too; they matter only when no test failed (a file that crashed).
    failed = json.numFailedTests || json.numFailedTestSuites;
    if (status !== 0 && failed === 0) failed = 1;
  }
  return { name, passed, failed, seconds: (Date.now() - started) / 1000 };
}

async function createDatabase(url: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  const copy = new URL(url);
  copy.pathname = `/${name}`;
  return copy.href;
}

const only = process.argv[2];
const scaledSecrets = {
  JWT_SECRET: randomBytes(32).toString('hex'),
  ENCRYPTION_KEY: randomBytes(32).toString('base64'),
};

if (!only || only === 'static') {
  await checksInLanes([
    [
      ['lint', 'npx', ['--no-install', 'eslint', '.']],
      ['format', 'npx', ['--no-install', 'prettier', '--check', '.']],
    ],
    [['types', 'npm', ['run', '--silent', 'typecheck']]],
  ]);
}
if (!only || only === 'server') results.push(await vitest('server (embedded)', []));

const needsServices = !only || only === 'server' || only === 'e2e';
if (needsServices) await runWithServices();

async function runWithServices(): Promise<void> {
  console.log('\n── starting PostgreSQL and Redis on loopback ──');
  const postgres = await startPostgresServer();
  const redis = await startRedisServer();
  try {
    if (!only || only === 'server') {
      results.push(
        await vitest('server (PostgreSQL + Redis)', [], {
          DATABASE_URL: postgres.url,
          REDIS_URL: redis.url,
        }),
      );
    }
    if (!only || only === 'e2e') {
      if (check('build', 'npm', ['run', '--silent', 'build'])) {
        const e2eDatabase = await createDatabase(postgres.url, 'careeros_e2e');
        // Side by side: each pass has its own server, data and Chromium, and one pass alone leaves
        // much of the machine idle while its test, browser and server wait on one another.
        const passes = await Promise.all([
          vitest(
            'browser (embedded)',
            ['--config', 'vitest.e2e.config.ts'],
            {},
            { besideOthers: true },
          ),
          vitest(
            'browser (PostgreSQL + Redis)',
            ['--config', 'vitest.e2e.config.ts'],
            { DATABASE_URL: e2eDatabase, REDIS_URL: redis.url, ...scaledSecrets },
            { besideOthers: true },
          ),
        ]);
        results.push(...passes);
      }
    }
  } finally {
    await redis.stop();
    await postgres.destroy();
  }
}

const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log('\n── summary ──');
console.table(
  results.map((r) => ({
    step: r.name,
    passed: r.passed,
    failed: r.failed,
    seconds: r.seconds.toFixed(1),
  })),
);
console.log(`wall clock ${((Date.now() - runStarted) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
