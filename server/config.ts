import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseDotenv } from 'dotenv';
import { z } from 'zod';
import type { PasswordHashing } from './modules/auth/passwords.js';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const optionalUrl = (protocols: string[]) =>
  z
    .string()
    .trim()
    .url()
    .refine((v) => protocols.some((p) => v.startsWith(`${p}://`)), {
      message: `must start with ${protocols.map((p) => `${p}://`).join(' or ')}`,
    })
    .optional();

const commaList = z
  .string()
  .transform((v) =>
    v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.string().url('each entry must be an origin such as https://example.org')));

const base64Key = z
  .string()
  .refine((v) => Buffer.from(v, 'base64').length === 32, {
    message: 'must be 32 bytes encoded as base64 (generate with: openssl rand -base64 32)',
  })
  .optional();

const zEndpoints = z.strictObject({
  authorize: z.url(),
  token: z.url(),
  userinfo: z.url(),
});

/** Every setting the platform reads. Documented in README's configuration table. */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PUBLIC_URL: z.string().url().optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_PRETTY: bool.optional(),
  DATABASE_URL: optionalUrl(['postgres', 'postgresql']),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  REDIS_URL: optionalUrl(['redis', 'rediss']),
  SMTP_URL: optionalUrl(['smtp', 'smtps']),
  MAIL_FROM: z.string().min(3).default('CareerOS <no-reply@careeros.local>'),
  CORS_ORIGINS: commaList.optional(),
  TRUST_PROXY: bool.default(false),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(100_000_000).default(1_048_576),
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9:_-]{1,64}$/, 'letters, digits, ":", "_" and "-" (at most 64)')
    .default('careeros:'),
  RATE_LIMIT_SCALE: z.coerce.number().min(0.01).max(100_000).default(1),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000_000).default(300),
  RUN_JOBS: bool.default(true),
  DEMO_ACCOUNT: bool.default(false),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  WEBHOOK_LOG_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  ACCESS_TOKEN_MINUTES: z.coerce.number().int().min(1).max(60).default(15),
  SESSION_IDLE_DAYS: z.coerce.number().min(0.01).max(365).default(7),
  SESSION_MAX_DAYS: z.coerce.number().min(0.01).max(365).default(30),
  PRIVILEGED_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(10_080).default(30),
  PRIVILEGED_SESSION_MAX_HOURS: z.coerce.number().min(0.1).max(720).default(12),
  GOOGLE_CLIENT_ID: z.string().min(1).optional(),
  GOOGLE_CLIENT_SECRET: z.string().min(1).optional(),
  GITHUB_CLIENT_ID: z.string().min(1).optional(),
  GITHUB_CLIENT_SECRET: z.string().min(1).optional(),
  LINKEDIN_CLIENT_ID: z.string().min(1).optional(),
  LINKEDIN_CLIENT_SECRET: z.string().min(1).optional(),
  OAUTH_ENDPOINTS: z
    .string()
    .transform((v, ctx) => {
      try {
        return JSON.parse(v) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'must be JSON' });
        return z.NEVER;
      }
    })
    .pipe(z.partialRecord(z.enum(['google', 'github', 'linkedin']), zEndpoints))
    .optional(),
  PASSWORD_HASHING: z.enum(['owasp', 'test-minimal']).default('owasp'),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  ENCRYPTION_KEY: base64Key,
});

export type Env = z.infer<typeof envSchema>;

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export interface Config {
  nodeEnv: Env['NODE_ENV'];
  host: string;
  port: number;
  publicUrl: string;
  dataDir: string;
  logLevel: Env['LOG_LEVEL'];
  logPretty: boolean;
  database: { url?: string; poolSize: number; pgliteDir: string };
  redisUrl?: string;
  /** Prefix of every Redis key, so several deployments can share one Redis. */
  redisKeyPrefix: string;
  mail: { smtpUrl?: string; from: string; outboxDir: string };
  storageDir: string;
  corsOrigins: string[];
  trustProxy: boolean;
  bodyLimitBytes: number;
  rateLimitPerMinute: number;
  /** Multiplies every per-route budget (many people behind one address, load tests). */
  rateLimitScale: number;
  runJobs: boolean;
  /** Create a demo learner on an empty platform and say how to log in as it (npm start). */
  demoAccount: boolean;
  shutdownTimeoutMs: number;
  /** How long finished webhook deliveries stay in the log (waiting ones stay until done). */
  webhookLogRetentionMs: number;
  /** OAuth sign-in providers; a provider is enabled when both its id and secret are set. */
  oauth: {
    google?: { clientId: string; clientSecret: string };
    github?: { clientId: string; clientSecret: string };
    linkedin?: { clientId: string; clientSecret: string };
    endpoints?: Partial<Record<'google' | 'github' | 'linkedin', z.infer<typeof zEndpoints>>>;
  };
  /** Token and session lifetimes, in milliseconds. */
  auth: {
    accessTokenMs: number;
    sessionIdleMs: number;
    sessionMaxMs: number;
    privilegedSessionIdleMs: number;
    privilegedSessionMaxMs: number;
  };
  /** argon2 cost of new password hashes; `test-minimal` only under NODE_ENV=test. */
  passwordHashing: PasswordHashing;
  /** Secrets given in the environment; in embedded mode missing ones are generated under DATA_DIR. */
  secrets: { jwtSecret?: string; encryptionKey?: string };
  scaled: boolean;
}

function credentials(clientId?: string, clientSecret?: string) {
  return clientId && clientSecret ? { clientId, clientSecret } : undefined;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads `.env` from the working directory when present; real environment variables win. */
export function readEnvFile(cwd = process.cwd()): Record<string, string> {
  const file = path.join(cwd, '.env');
  return existsSync(file) ? parseDotenv(readFileSync(file)) : {};
}

export function loadConfig(
  source: Record<string, string | undefined> = { ...readEnvFile(), ...process.env },
): Readonly<Config> {
  // Empty strings mean "unset", as in most .env conventions.
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([k, v]) => k in envSchema.shape && v !== undefined && v !== ''),
  );
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`),
    );
  }
  const env = parsed.data;
  const dataDir = path.resolve(env.DATA_DIR);
  const scaled = Boolean(env.DATABASE_URL);
  const problems: string[] = [];
  if (scaled && !env.JWT_SECRET)
    problems.push('JWT_SECRET: required when DATABASE_URL is set (instances must share it)');
  if (scaled && !env.ENCRYPTION_KEY)
    problems.push('ENCRYPTION_KEY: required when DATABASE_URL is set (instances must share it)');
  if (env.PASSWORD_HASHING !== 'owasp' && env.NODE_ENV !== 'test')
    problems.push(`PASSWORD_HASHING: ${env.PASSWORD_HASHING} is only allowed with NODE_ENV=test`);
  if (problems.length) throw new ConfigError(problems);

  const publicUrl = (
    env.PUBLIC_URL ?? `http://${env.HOST === '0.0.0.0' ? 'localhost' : env.HOST}:${env.PORT}`
  ).replace(/\/$/, '');
  return Object.freeze({
    nodeEnv: env.NODE_ENV,
    host: env.HOST,
    port: env.PORT,
    publicUrl,
    dataDir,
    logLevel: env.LOG_LEVEL,
    logPretty: env.LOG_PRETTY ?? false,
    database: {
      url: env.DATABASE_URL,
      poolSize: env.DATABASE_POOL_SIZE,
      pgliteDir: path.join(dataDir, 'pglite'),
    },
    redisUrl: env.REDIS_URL,
    redisKeyPrefix: env.REDIS_KEY_PREFIX,
    mail: { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM, outboxDir: path.join(dataDir, 'outbox') },
    storageDir: path.join(dataDir, 'files'),
    corsOrigins: env.CORS_ORIGINS ?? [],
    trustProxy: env.TRUST_PROXY,
    bodyLimitBytes: env.BODY_LIMIT_BYTES,
    rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
    rateLimitScale: env.RATE_LIMIT_SCALE,
    runJobs: env.RUN_JOBS,
    demoAccount: env.DEMO_ACCOUNT,
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    webhookLogRetentionMs: env.WEBHOOK_LOG_RETENTION_DAYS * DAY,
    oauth: {
      google: credentials(env.GOOGLE_CLIENT_ID, env.GOOGLE_CLIENT_SECRET),
      github: credentials(env.GITHUB_CLIENT_ID, env.GITHUB_CLIENT_SECRET),
      linkedin: credentials(env.LINKEDIN_CLIENT_ID, env.LINKEDIN_CLIENT_SECRET),
      endpoints: env.OAUTH_ENDPOINTS,
    },
    auth: {
      accessTokenMs: env.ACCESS_TOKEN_MINUTES * MINUTE,
      sessionIdleMs: env.SESSION_IDLE_DAYS * DAY,
      sessionMaxMs: env.SESSION_MAX_DAYS * DAY,
      privilegedSessionIdleMs: env.PRIVILEGED_SESSION_IDLE_MINUTES * MINUTE,
      privilegedSessionMaxMs: env.PRIVILEGED_SESSION_MAX_HOURS * 60 * MINUTE,
    },
    passwordHashing: env.PASSWORD_HASHING,
    secrets: { jwtSecret: env.JWT_SECRET, encryptionKey: env.ENCRYPTION_KEY },
    scaled,
  });
}
