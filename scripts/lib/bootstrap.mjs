// Dependency-free helpers for the entry scripts: they run before `npm ci` has installed anything.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export function log(message) {
  process.stdout.write(`\x1b[36m[careeros]\x1b[0m ${message}\n`);
}

export function fail(message) {
  process.stderr.write(`\x1b[31m[careeros]\x1b[0m ${message}\n`);
  process.exit(1);
}

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error) fail(`${command} could not run: ${result.error.message}`);
  return result.status ?? 1;
}

export function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 11)) {
    fail(
      `Node.js 20.11 or newer is needed (this is ${process.versions.node}); see https://nodejs.org`,
    );
  }
}

function mtime(file) {
  return existsSync(file) ? statSync(file).mtimeMs : 0;
}

/** Installs npm packages on a fresh clone, and again whenever package-lock.json changed. */
export function ensureNpmPackages() {
  const stamp = path.join(root, 'node_modules', '.package-lock.json');
  if (mtime(stamp) >= mtime(path.join(root, 'package-lock.json'))) return;
  log('installing npm packages ...');
  // `npm install` at the locked versions rather than `npm ci`: some registries (mirrors) leave
  // other platforms' optional binaries out of the lock file, which `npm ci` refuses.
  if (run('npm', ['install', '--no-audit', '--no-fund', '--no-save']) !== 0) {
    fail(
      'npm install failed; check your access to the npm registry and run `npm install` yourself',
    );
  }
}

function newestIn(dir, skip) {
  let newest = 0;
  if (!existsSync(dir)) return 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (skip(full)) continue;
    newest = Math.max(newest, entry.isDirectory() ? newestIn(full, skip) : mtime(full));
  }
  return newest;
}

/** Builds server and web app when any source is newer than the last build. */
export function ensureBuild() {
  const stamp = path.join(root, 'dist', '.build-stamp');
  const skip = (p) => p.includes('node_modules') || p.endsWith('.test.ts');
  const sources = Math.max(
    ...['server', 'contracts', 'web'].map((d) => newestIn(path.join(root, d), skip)),
    mtime(path.join(root, 'package-lock.json')),
  );
  if (existsSync(path.join(root, 'dist', 'server', 'main.js')) && mtime(stamp) >= sources) return;
  log('building server and web app ...');
  if (run('npm', ['run', '--silent', 'build']) !== 0) fail('the build failed (see above)');
  writeFileSync(stamp, String(Date.now()));
}
