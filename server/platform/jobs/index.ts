import { createBullmqJobQueue } from './bullmq-queue.js';
import { createInProcessJobQueue } from './in-process-queue.js';
import type { JobQueue, JobsLogger } from './types.js';

export type {
  EnqueueOptions,
  JobContext,
  JobHandler,
  JobInfo,
  JobQueue,
  JobsLogger,
  JobState,
  RegisterOptions,
} from './types.js';
export { JOB_DEFAULTS } from './types.js';
export { PermanentJobError, UnknownJobError } from './errors.js';
export { DEFAULT_JOBS_PREFIX } from './bullmq-queue.js';

/** BullMQ when redisUrl is set, otherwise an in-process runner with the same semantics. */
export function createJobQueue(opts: {
  redisUrl?: string;
  prefix?: string;
  logger: JobsLogger;
}): JobQueue {
  if (opts.redisUrl) {
    return createBullmqJobQueue({
      redisUrl: opts.redisUrl,
      prefix: opts.prefix,
      logger: opts.logger,
    });
  }
  return createInProcessJobQueue({ logger: opts.logger });
}
