import { count } from 'drizzle-orm';
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { ensureDemoAccount } from './modules/auth/demo-account.js';
import { searchSnapshot } from './modules/occupations/occupation-search-index.js';
import { runSeeds } from './modules/system/seed.service.js';
import { users } from './modules/users/users.tables.js';
import { createLogger } from './platform/http/logger.js';
import { createPlatform } from './platform/platform.js';
import { repeatEvery } from './platform/repeat.js';
import { seedSteps } from './seeds.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG: a configuration error, not a crash.
    }
    throw error;
  }
  const logger = createLogger(config);
  const startedAt = performance.now();
  const platform = await createPlatform(config, logger);
  await platform.database.migrate();
  const seeded = await runSeeds(platform.database, seedSteps());
  if (seeded.length) logger.info({ seeded }, 'built-in data loaded');
  const demo = config.demoAccount
    ? await ensureDemoAccount({ ...platform, dataDir: config.dataDir })
    : undefined;
  const app = await buildApp(config, platform);
  if (config.runJobs) await platform.jobs.start();

  // Embedded: statistics for what migrations, seeds or an import wrote, before the first
  // request, then every 15 seconds (PostgreSQL's autovacuum does this on its own).
  const { maintain } = platform.database;
  const maintenanceFailed = (err: unknown) =>
    logger.warn({ err }, 'embedded database maintenance failed');
  const maintainRound = async () => {
    const report = await maintain?.();
    if (report?.analyzed.length) logger.debug(report, 'embedded database maintained');
  };
  if (maintain) await maintainRound().catch(maintenanceFailed);
  const maintenance = maintain
    ? repeatEvery(maintainRound, { everyMs: 15_000, firstAfterMs: 15_000 }, maintenanceFailed)
    : undefined;

  let stoppingSince = 0;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (stoppingSince) {
      // npm and the terminal may both deliver one Ctrl-C; only a later one means "force".
      if (Date.now() - stoppingSince < 1000) return;
      logger.warn({ signal }, 'signal repeated: exiting without waiting');
      process.exit(1);
    }
    stoppingSince = Date.now();
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    const timer = setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, config.shutdownTimeoutMs);
    timer.unref();
    try {
      await app.close();
      await maintenance?.stop();
      await platform.close();
      logger.info('shut down cleanly');
      logger.flush();
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGINT', (s) => void shutdown(s));
  process.on('SIGTERM', (s) => void shutdown(s));

  await app.listen({ port: config.port, host: config.host });
  logger.info(
    {
      url: config.publicUrl,
      mode: platform.info.mode,
      startMs: Math.round(performance.now() - startedAt),
    },
    'CareerOS is ready',
  );
  // Built now rather than by the first search, which would otherwise wait for it (seconds with a
  // full O*NET release); a failure here is retried by that search.
  searchSnapshot(platform.database.db).catch((error: unknown) =>
    logger.warn({ err: error }, 'occupation search index not built yet'),
  );
  // A plain line for people (and scripts) reading the terminal, whatever the log format.
  process.stdout.write(`\nCareerOS is running at ${config.publicUrl}\n`);
  const grantHint = `  npm run user:grant -- <your username> admin   (stop the server first in embedded mode)\n`;
  if (demo) {
    process.stdout.write(
      `Log in at ${config.publicUrl}/login as "${demo.username}" with the password ${demo.password}\n` +
        `(a demo learner; DEMO_ACCOUNT=false leaves it out). For your own account, sign up at\n` +
        `${config.publicUrl}/register; to make it admin:\n${grantHint}\n`,
    );
  } else {
    const [accounts] = await platform.database.db.select({ n: count() }).from(users);
    process.stdout.write(
      accounts?.n
        ? `Log in at ${config.publicUrl}/login\n\n`
        : `No accounts yet: sign up at ${config.publicUrl}/register, then make yourself admin with\n${grantHint}\n`,
    );
  }
}

main().catch((error: unknown) => {
  console.error('CareerOS failed to start:', error);
  process.exit(1);
});
