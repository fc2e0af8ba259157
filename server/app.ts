import { randomUUID } from 'node:crypto';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import cookie from '@fastify/cookie';
import { accessTokenKeys } from './modules/auth/access-token.js';
import { adminRoutes } from './modules/admin/admin.routes.js';
import { assessmentsRoutes } from './modules/assessments/assessments.routes.js';
import { createInterestProfileCache } from './modules/assessments/interest-profile-cache.js';
import { createAuthGuard } from './modules/auth/auth.guard.js';
import { authRoutes } from './modules/auth/auth.routes.js';
import { badgesRoutes } from './modules/badges/badges.routes.js';
import { subscribeBadges } from './modules/badges/badges.service.js';
import { subscribeResumeRefresh } from './modules/resumes/generated-resume.js';
import { filesRoutes } from './modules/files/files.routes.js';
import { careerPlanRoutes } from './modules/career-plan/career-plan.routes.js';
import { coverLettersRoutes } from './modules/cover-letters/cover-letters.routes.js';
import { goalsRoutes } from './modules/goals/goals.routes.js';
import { achievementSink } from './modules/integrations/achievement-sink.js';
import {
  integrationsRoutes,
  type IntegrationsRoutesDeps,
} from './modules/integrations/integrations.routes.js';
import { achievementsRoutes } from './modules/achievements/achievements.routes.js';
import { resumeBuilderRoutes } from './modules/resumes/resume-builder.routes.js';
import { resumesRoutes } from './modules/resumes/resumes.routes.js';
import { guidanceRoutes } from './modules/guidance/guidance.routes.js';
import { notificationsRoutes } from './modules/notifications/notifications.routes.js';
import { occupationsRoutes } from './modules/occupations/occupations.routes.js';
import { privacyRoutes } from './modules/privacy/privacy.routes.js';
import { userDataSections } from './modules/privacy/user-data.js';
import { profilesRoutes } from './modules/profiles/profiles.routes.js';
import { resumeImportsRoutes } from './modules/resume-imports/resume-imports.routes.js';
import { readRoadmapState } from './modules/roadmaps/roadmap-state.js';
import { roadmapsRoutes } from './modules/roadmaps/roadmaps.routes.js';
import { skillsRoutes } from './modules/skills/skills.routes.js';
import { systemRoutes } from './modules/system/system.routes.js';
import { userSkillsRoutes } from './modules/user-skills/user-skills.routes.js';
import { registerErrorHandler } from './platform/http/error-handler.js';
import { registerMetrics } from './platform/http/metrics.js';
import { registerNotFound } from './platform/http/not-found.js';
import { registerOpenApi } from './platform/http/openapi.js';
import { registerRateLimits } from './platform/http/rate-limit.js';
import { registerSecurity } from './platform/http/security.js';
import { registerWebAssets } from './platform/http/web-assets.js';
import { paths } from './platform/paths.js';
import type { Platform } from './platform/platform.js';

export type App = FastifyInstance;

/** Parts a test may swap: a sink that fails on demand, or timings. */
export interface AppOverrides {
  integrations?: Partial<Pick<IntegrationsRoutesDeps, 'applyAchievement' | 'job' | 'sweepEveryMs'>>;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;

/** Builds the HTTP application on an already opened platform (database, cache, jobs ...). */
export async function buildApp(
  config: Readonly<Config>,
  platform: Platform,
  overrides: AppOverrides = {},
): Promise<App> {
  const app = Fastify({
    // Widened to Fastify's logger type so plugins typed for the default instance accept the app.
    loggerInstance: platform.logger as FastifyBaseLogger,
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    // Keep a caller's request id (from a proxy) when it looks sane, so logs correlate end to end.
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    logController: new LogController({
      requestIdLogLabel: 'requestId',
      // Access lines only when debugging; metrics count every request anyway.
      disableRequestLogging: !platform.logger.isLevelEnabled('debug'),
    }),
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  // While shutting down, keep-alive connections close after their in-flight response, so the
  // server does not wait for idle sockets to time out.
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
  });

  registerErrorHandler(app, {
    databaseReachable: () =>
      platform.database.ping(500).then(
        () => true,
        () => false,
      ),
  });
  await registerSecurity(app, {
    corsOrigins: config.corsOrigins,
    https: config.publicUrl.startsWith('https://'),
  });
  await registerRateLimits(app, {
    defaultPerMinute: config.rateLimitPerMinute,
    redis: platform.redis,
    redisKeyPrefix: config.redisKeyPrefix,
    scale: config.rateLimitScale,
    logger: app.log,
  });
  registerMetrics(app, () => platform.database.poolStats());
  await registerOpenApi(app, { version: platform.version, publicUrl: config.publicUrl });

  await app.register(
    systemRoutes({ database: platform.database, cache: platform.cache, info: platform.info }),
  );
  await app.register(skillsRoutes({ db: platform.database.db, cache: platform.cache }), {
    prefix: '/api',
  });

  await app.register(occupationsRoutes({ db: platform.database.db, cache: platform.cache }), {
    prefix: '/api',
  });

  await app.register(filesRoutes({ storage: platform.storage }), { prefix: '/api' });
  await app.register(cookie);
  const keys = accessTokenKeys(platform.secrets.jwtSecret, config.publicUrl);
  const cookies = {
    https: config.publicUrl.startsWith('https://'),
    trustedOrigins: [new URL(config.publicUrl).origin, ...config.corsOrigins],
  };
  const requireAuth = createAuthGuard({
    keys,
    db: platform.database.db,
    cache: platform.cache,
    now: platform.now,
  });
  await app.register(
    authRoutes({
      database: platform.database,
      cache: platform.cache,
      jobs: platform.jobs,
      publicUrl: config.publicUrl,
      oauth: config.oauth,
      rateLimitScale: config.rateLimitScale,
      encryptionKey: platform.secrets.encryptionKey,
      lifetimes: config.auth,
      passwordHashing: config.passwordHashing,
      now: platform.now,
      keys,
      cookies,
    }),
    { prefix: '/api/auth' },
  );

  await app.register(
    profilesRoutes({
      database: platform.database,
      storage: platform.storage,
      events: platform.events,
      now: platform.now,
      requireAuth,
    }),
    { prefix: '/api' },
  );

  await app.register(
    userSkillsRoutes({
      database: platform.database,
      storage: platform.storage,
      now: platform.now,
      events: platform.events,
      requireAuth,
    }),
    { prefix: '/api' },
  );

  await app.register(
    adminRoutes({
      database: platform.database,
      cache: platform.cache,
      now: platform.now,
      requireAuth,
    }),
    { prefix: '/api/admin' },
  );

  await app.register(
    privacyRoutes({
      database: platform.database,
      cache: platform.cache,
      storage: platform.storage,
      encryptionKey: platform.secrets.encryptionKey,
      publicUrl: config.publicUrl,
      now: platform.now,
      sections: userDataSections,
      logger: app.log,
      cookies,
      requireAuth,
    }),
    { prefix: '/api' },
  );

  await app.register(guidanceRoutes({ database: platform.database, requireAuth }), {
    prefix: '/api',
  });

  await app.register(
    assessmentsRoutes({
      database: platform.database,
      profiles: createInterestProfileCache(platform.database.db),
      requireAuth,
    }),
    { prefix: '/api' },
  );
  await app.register(goalsRoutes({ database: platform.database, now: platform.now, requireAuth }), {
    prefix: '/api',
  });
  await app.register(
    careerPlanRoutes({
      db: platform.database.db,
      now: platform.now,
      readRoadmapState: (db, userId) => readRoadmapState(db, userId, undefined, platform.now()),
      requireAuth,
    }),
    { prefix: '/api' },
  );
  await app.register(
    roadmapsRoutes({
      database: platform.database,
      events: platform.events,
      now: platform.now,
      requireAuth,
    }),
    { prefix: '/api' },
  );

  // Badges are awarded inside the transactions that emit the events they count.
  const unsubscribeBadges = subscribeBadges({ events: platform.events, now: platform.now });
  app.addHook('onClose', async () => unsubscribeBadges());
  // So is the generated resume's refresh when the profile or the skills change.
  const unsubscribeResume = subscribeResumeRefresh({ events: platform.events, now: platform.now });
  app.addHook('onClose', async () => unsubscribeResume());
  const ownData = { db: platform.database.db, now: platform.now, requireAuth };
  await app.register(badgesRoutes(ownData), { prefix: '/api' });
  await app.register(notificationsRoutes(ownData), { prefix: '/api' });
  await app.register(
    integrationsRoutes({
      database: platform.database,
      jobs: platform.jobs,
      encryptionKey: platform.secrets.encryptionKey,
      publicUrl: config.publicUrl,
      now: platform.now,
      applyAchievement: achievementSink({ events: platform.events, now: platform.now }),
      logRetentionMs: config.webhookLogRetentionMs,
      requireAuth,
      ...overrides.integrations,
    }),
    { prefix: '/api' },
  );
  await app.register(
    achievementsRoutes({
      database: platform.database,
      events: platform.events,
      now: platform.now,
      requireAuth,
    }),
    { prefix: '/api' },
  );
  await app.register(
    resumeImportsRoutes({ database: platform.database, storage: platform.storage, requireAuth }),
    { prefix: '/api' },
  );
  await app.register(
    resumesRoutes({ database: platform.database, now: platform.now, requireAuth }),
    { prefix: '/api' },
  );
  await app.register(
    resumeBuilderRoutes({
      database: platform.database,
      now: platform.now,
      publicUrl: config.publicUrl,
      requireAuth,
    }),
    { prefix: '/api' },
  );
  await app.register(
    coverLettersRoutes({ database: platform.database, now: platform.now, requireAuth }),
    { prefix: '/api' },
  );

  const spa = await registerWebAssets(app, paths.webDist());
  registerNotFound(app, spa);
  return app;
}
