// `npm test`: install what is missing (npm packages; PostgreSQL, Redis and Chromium through apt when
// running as root on Debian), then run every suite (see run-tests.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { checkNode, ensureNpmPackages, fail, log, run } from './lib/bootstrap.mjs';

function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

function hasPostgresServer() {
  const base = '/usr/lib/postgresql';
  if (process.env.PG_BIN) return existsSync(`${process.env.PG_BIN}/initdb`);
  return existsSync(base) && readdirSync(base).some((v) => existsSync(`${base}/${v}/bin/initdb`));
}

/** What the suites need from the system, with the Debian package that provides each. */
function missingSystemPackages() {
  const missing = [];
  if (!hasPostgresServer()) missing.push('postgresql');
  if (!hasCommand(process.env.REDIS_SERVER_BIN ?? 'redis-server')) missing.push('redis-server');
  if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) missing.push('chromium');
  return missing;
}

checkNode();
ensureNpmPackages();
let missing = missingSystemPackages();
if (missing.length) {
  const isRoot = process.getuid?.() === 0;
  if (isRoot && hasCommand('apt-get')) {
    log(`installing ${missing.join(', ')} with apt-get ...`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    if (
      run('apt-get', ['update', '-qq'], { env }) !== 0 ||
      run('apt-get', ['install', '-y', '-qq', ...missing], { env }) !== 0
    ) {
      fail(`apt-get could not install ${missing.join(', ')}; install them and run npm test again`);
    }
    missing = missingSystemPackages();
  }
  if (missing.length) {
    fail(
      `missing system packages: ${missing.join(', ')}.\n` +
        `  On Debian or Ubuntu run: sudo apt-get install -y ${missing.join(' ')}\n` +
        '  Elsewhere, install PostgreSQL (server), Redis and Chromium, and set PG_BIN (folder with\n' +
        '  initdb and postgres), REDIS_SERVER_BIN and CHROMIUM_PATH if they are not on the usual paths.',
    );
  }
}
process.exit(run('npx', ['--no-install', 'tsx', 'scripts/run-tests.ts', ...process.argv.slice(2)]));
