import { randomUUID } from 'node:crypto';
import { Queue, UnrecoverableError, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { PermanentJobError, UnknownJobError } from './errors.js';
import {
  KEEP_COMPLETED,
  KEEP_FAILED,
  type JobHandler,
  type JobInfo,
  type JobQueue,
  type JobsLogger,
  type JobState,
} from './types.js';
import { assertJobId, assertJobName, resolveRegisterOptions, toJsonPayload } from './validation.js';

export const DEFAULT_JOBS_PREFIX = 'careeros:jobs';

interface Registration {
  handler: JobHandler<unknown>;
  attempts: number;
  backoffMs: number;
  concurrency: number;
}

const STATES: Record<string, JobState | undefined> = {
  waiting: 'waiting',
  prioritized: 'waiting',
  'waiting-children': 'waiting',
  delayed: 'delayed',
  active: 'active',
  completed: 'completed',
  failed: 'failed',
};

/**
 * BullMQ backend: one queue per job name (so each name has its own worker concurrency), all
 * under one key prefix. Queues share a single fail-fast connection, so an enqueue during a Redis
 * outage errors instead of hanging; workers use their own blocking connections, as BullMQ needs.
 */
export function createBullmqJobQueue(opts: {
  redisUrl: string;
  prefix?: string;
  logger: JobsLogger;
}): JobQueue {
  const { logger } = opts;
  const prefix = opts.prefix ?? DEFAULT_JOBS_PREFIX;
  const registrations = new Map<string, Registration>();
  const queues = new Map<string, Queue>();
  const workers: Worker[] = [];
  let started = false;
  let closed = false;

  const producer = new Redis(opts.redisUrl, {
    enableOfflineQueue: false,
    connectionName: 'careeros-jobs',
  });
  producer.on('error', (err) => logger.debug({ err }, 'job queue connection error'));
  // Workers duplicate this template for their blocking connections; it never connects itself.
  const workerTemplate = new Redis(opts.redisUrl, {
    lazyConnect: true,
    maxRetriesPerRequest: null,
    connectionName: 'careeros-worker',
  });

  const queueFor = (name: string): Queue => {
    let queue = queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: producer, prefix });
      queue.on('error', (err) => logger.error({ err, job: name }, 'job queue error'));
      queues.set(name, queue);
    }
    return queue;
  };

  const startWorker = (name: string, reg: Registration) => {
    const processor = async (job: Job) => {
      try {
        // attemptsMade counts finished attempts, so this run is the next one.
        // Ids are always set: enqueue passes one.
        const id = job.id ?? '';
        await reg.handler(job.data, { id, attempt: job.attemptsMade + 1, name });
      } catch (err) {
        if (err instanceof PermanentJobError) {
          const unrecoverable = new UnrecoverableError(err.message);
          unrecoverable.cause = err;
          throw unrecoverable;
        }
        throw err;
      }
    };
    const worker = new Worker(name, processor, {
      connection: workerTemplate,
      prefix,
      concurrency: reg.concurrency,
    });
    worker.on('failed', (job, err) => {
      if (!job) return;
      const final = err instanceof UnrecoverableError || job.attemptsMade >= reg.attempts;
      const fields = { err, jobId: job.id, job: name, attempt: job.attemptsMade };
      if (final) logger.error(fields, 'job failed permanently');
      else logger.warn(fields, 'job failed; retrying');
    });
    worker.on('error', (err) => logger.error({ err, job: name }, 'job worker error'));
    workers.push(worker);
  };

  return {
    backend: 'bullmq',

    register(name, handler, options) {
      assertJobName(name);
      if (registrations.has(name)) throw new Error(`job "${name}" is already registered`);
      const reg = { handler: handler as JobHandler<unknown>, ...resolveRegisterOptions(options) };
      registrations.set(name, reg);
      if (started) startWorker(name, reg);
    },

    async enqueue(name, payload, options = {}) {
      const reg = registrations.get(name);
      if (!reg) throw new UnknownJobError(name);
      if (closed) throw new Error('job queue is closed');
      if (options.jobId !== undefined) assertJobId(options.jobId);
      // BullMQ's default ids are counters per queue; UUIDs keep ids unique across job names.
      const jobId = options.jobId ?? randomUUID();
      const job = await queueFor(name).add(name, toJsonPayload(payload), {
        jobId,
        delay: options.delayMs,
        attempts: reg.attempts,
        backoff: { type: 'exponential', delay: reg.backoffMs },
        removeOnComplete: { count: KEEP_COMPLETED },
        removeOnFail: { count: KEEP_FAILED },
      });
      return job.id ?? jobId;
    },

    async start() {
      if (closed) throw new Error('job queue is closed');
      if (started) return;
      started = true;
      for (const [name, reg] of registrations) startWorker(name, reg);
      await Promise.all(workers.map((worker) => worker.waitUntilReady()));
    },

    async close() {
      if (closed) return;
      closed = true;
      // Worker.close() lets running jobs finish before it resolves.
      await Promise.all(workers.map((worker) => worker.close()));
      await Promise.all([...queues.values()].map((queue) => queue.close()));
      workerTemplate.disconnect();
      if (producer.status === 'ready') await producer.quit().catch(() => producer.disconnect());
      else producer.disconnect();
    },

    async ping() {
      await producer.ping();
    },

    async getJob(id) {
      for (const name of registrations.keys()) {
        const queue = queueFor(name);
        // State first: job data read afterwards is at least as new, so a 'failed' state always
        // comes with its failedReason.
        const state = STATES[await queue.getJobState(id)];
        if (!state) continue;
        const job = await queue.getJob(id);
        if (!job) continue;
        const info: JobInfo = {
          id,
          name,
          state,
          // attemptsMade counts finished attempts; a running one has been started too.
          attemptsMade: state === 'active' ? job.attemptsMade + 1 : job.attemptsMade,
          payload: job.data,
        };
        if (job.failedReason) info.failedReason = job.failedReason;
        return info;
      }
      return undefined;
    },
  };
}
