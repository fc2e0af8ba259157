import { z } from 'zod';

export const ZHealthResponse = z.object({ status: z.literal('ok'), uptimeSeconds: z.number() });

export const ZReadyResponse = z.object({
  status: z.enum(['ready', 'unavailable']),
  checks: z.object({
    database: z.object({ ok: z.boolean(), error: z.string().optional() }),
    cache: z.object({ ok: z.boolean(), backend: z.string(), error: z.string().optional() }),
  }),
});
export type TReadyResponse = z.infer<typeof ZReadyResponse>;

export const ZSystemInfoResponse = z.object({
  name: z.literal('CareerOS'),
  version: z.string(),
  mode: z.object({
    database: z.enum(['embedded', 'postgres']),
    cache: z.enum(['memory', 'redis']),
    jobs: z.enum(['in-process', 'bullmq']),
    mail: z.enum(['outbox', 'smtp']),
    storage: z.enum(['local']),
  }),
});
export type TSystemInfoResponse = z.infer<typeof ZSystemInfoResponse>;
