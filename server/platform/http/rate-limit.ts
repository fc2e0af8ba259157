import rateLimit, {
  type FastifyRateLimitStore,
  type FastifyRateLimitStoreCtor,
} from '@fastify/rate-limit';
import LocalStore from '@fastify/rate-limit/store/LocalStore.js';
import RedisStore from '@fastify/rate-limit/store/RedisStore.js';
import type { FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';
import { AppError } from './app-error.js';

/** Per-minute budgets for route prefixes (most specific first); other /api routes get the default. */
export const routeBudgets: { prefix: string; perMinute: number }[] = [
  { prefix: '/api/ai/', perMinute: 10 },
  { prefix: '/api/coach/', perMinute: 10 },
  { prefix: '/api/uploads', perMinute: 5 },
  { prefix: '/api/messages', perMinute: 100 },
];

export function budgetFor(url: string, defaultPerMinute: number): number {
  return routeBudgets.find((b) => url.startsWith(b.prefix))?.perMinute ?? defaultPerMinute;
}

type IncrCallback = Parameters<ShippedRateLimitStore['incr']>[1];
interface Logger {
  warn(obj: object, msg: string): void;
  info(msg: string): void;
}

/** Whether Redis is usable, shared by every route's store; logs each transition once. */
class RedisHealth {
  private degraded = false;

  constructor(
    readonly redis: Redis,
    private readonly logger: Logger,
  ) {
    redis.on('ready', () => {
      if (this.degraded) logger.info('rate limiter: Redis is back, counting in Redis');
      this.degraded = false;
    });
  }

  markDegraded(err: unknown): void {
    if (!this.degraded)
      this.logger.warn({ err }, 'rate limiter: Redis unavailable, counting in memory');
    this.degraded = true;
  }
}

/**
 * Counts in Redis while it answers and in process memory while it does not, so the limiter
 * keeps limiting (per instance) during an outage instead of failing open or closed.
 */
class FailoverStore implements FastifyRateLimitStore {
  constructor(
    private readonly redisStore: ShippedRateLimitStore,
    private readonly localStore: ShippedRateLimitStore,
    private readonly health: RedisHealth,
  ) {}

  incr(key: string, callback: IncrCallback, timeWindow: number, max: number): void {
    if (this.health.redis.status !== 'ready') {
      this.health.markDegraded(new Error(`Redis connection is ${this.health.redis.status}`));
      this.localStore.incr(key, callback, timeWindow, max);
      return;
    }
    this.redisStore.incr(
      key,
      (err, result) => {
        if (!err) return callback(null, result);
        this.health.markDegraded(err);
        this.localStore.incr(key, callback, timeWindow, max);
      },
      timeWindow,
      max,
    );
  }

  child(routeOptions: object): FailoverStore {
    return new FailoverStore(
      this.redisStore.child(routeOptions),
      this.localStore.child(routeOptions),
      this.health,
    );
  }
}

function failoverStore(redis: Redis, logger: Logger, keyPrefix: string): FastifyRateLimitStoreCtor {
  const health = new RedisHealth(redis, logger);
  return class extends FailoverStore {
    constructor(params: { continueExceeding?: boolean; exponentialBackoff?: boolean }) {
      const continueExceeding = params.continueExceeding ?? false;
      const exponentialBackoff = params.exponentialBackoff ?? false;
      super(
        new RedisStore(continueExceeding, exponentialBackoff, redis, `${keyPrefix}rl:`),
        new LocalStore(continueExceeding, exponentialBackoff),
        health,
      );
    }
  };
}

export interface RateLimitOptions {
  defaultPerMinute: number;
  redis?: Redis;
  redisKeyPrefix: string;
  /** Multiplies the budgets routes set for themselves. */
  scale: number;
  logger: Logger;
}

/** Per-IP limits on /api routes; health, metrics and static files are not limited. */
export async function registerRateLimits(app: FastifyInstance, options: RateLimitOptions) {
  // Runs before the plugin's own onRoute hook, so the budget is in place when it reads config.
  app.addHook('onRoute', (route) => {
    const config = (route.config ?? {}) as { rateLimit?: false | { max?: number } };
    if (config.rateLimit !== undefined) {
      if (config.rateLimit && typeof config.rateLimit.max === 'number') {
        const max = Math.max(1, Math.round(config.rateLimit.max * options.scale));
        route.config = {
          ...config,
          rateLimit: { ...config.rateLimit, max },
        } as typeof route.config;
      }
      return;
    }
    route.config = {
      ...config,
      rateLimit: route.url.startsWith('/api/')
        ? { max: budgetFor(route.url, options.defaultPerMinute), timeWindow: 60_000 }
        : false,
    } as typeof route.config;
  });
  await app.register(rateLimit, {
    global: true,
    max: options.defaultPerMinute,
    timeWindow: 60_000,
    ...(options.redis
      ? { store: failoverStore(options.redis, options.logger, options.redisKeyPrefix) }
      : {}),
    errorResponseBuilder: (_request, context) =>
      new AppError('RATE_LIMITED', `Too many requests; try again in ${context.after}`),
  });
}
