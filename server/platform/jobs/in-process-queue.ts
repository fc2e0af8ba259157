import { randomUUID } from 'node:crypto';
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
import {
  assertJobId,
  assertJobName,
  backoffDelay,
  resolveRegisterOptions,
  toJsonPayload,
} from './validation.js';

interface Registration {
  name: string;
  handler: JobHandler<unknown>;
  attempts: number;
  backoffMs: number;
  concurrency: number;
  running: number;
  waiting: JobRecord[];
}

interface JobRecord {
  id: string;
  name: string;
  payload: unknown;
  state: JobState;
  attemptsMade: number;
  failedReason?: string;
  timer?: NodeJS.Timeout;
}

/**
 * Runs jobs inside this process, for single-instance installs without Redis. Same retry,
 * de-duplication and concurrency rules as the BullMQ backend, but jobs live in memory: waiting
 * and delayed jobs are lost when the process stops.
 */
export function createInProcessJobQueue(opts: { logger: JobsLogger }): JobQueue {
  const { logger } = opts;
  const registrations = new Map<string, Registration>();
  const jobs = new Map<string, JobRecord>();
  const finished: Record<'completed' | 'failed', string[]> = { completed: [], failed: [] };
  const running = new Set<Promise<void>>();
  let started = false;
  let closed = false;

  const finish = (job: JobRecord, state: 'completed' | 'failed') => {
    job.state = state;
    const list = finished[state];
    list.push(job.id);
    const keep = state === 'completed' ? KEEP_COMPLETED : KEEP_FAILED;
    for (let dropped = list.length - keep; dropped > 0; dropped--) {
      const oldest = list.shift();
      if (oldest !== undefined) jobs.delete(oldest);
    }
  };

  const schedule = (reg: Registration, job: JobRecord, delayMs: number) => {
    job.state = 'delayed';
    // unref: pending in-memory jobs are not a reason to keep the process alive.
    job.timer = setTimeout(() => {
      job.timer = undefined;
      job.state = 'waiting';
      reg.waiting.push(job);
      pump(reg);
    }, delayMs).unref();
  };

  const pump = (reg: Registration) => {
    while (started && !closed && reg.running < reg.concurrency) {
      const job = reg.waiting.shift();
      if (!job) break;
      const run = execute(reg, job).finally(() => {
        running.delete(run);
        reg.running--;
        pump(reg);
      });
      reg.running++;
      running.add(run);
    }
  };

  const execute = async (reg: Registration, job: JobRecord): Promise<void> => {
    job.state = 'active';
    job.attemptsMade++;
    const attempt = job.attemptsMade;
    try {
      await reg.handler(job.payload, { id: job.id, attempt, name: job.name });
      finish(job, 'completed');
      logger.debug({ jobId: job.id, job: job.name, attempt }, 'job completed');
    } catch (err) {
      job.failedReason = err instanceof Error ? err.message : String(err);
      const permanent = err instanceof PermanentJobError;
      if (permanent || attempt >= reg.attempts) {
        finish(job, 'failed');
        logger.error(
          { err, jobId: job.id, job: job.name, attempts: attempt },
          permanent ? 'job failed permanently' : 'job failed after its last attempt',
        );
      } else if (closed) {
        job.state = 'failed';
        logger.warn({ err, jobId: job.id, job: job.name, attempt }, 'job failed during shutdown');
      } else {
        const delayMs = backoffDelay(reg.backoffMs, attempt);
        logger.warn(
          { err, jobId: job.id, job: job.name, attempt, delayMs },
          'job failed; retrying',
        );
        schedule(reg, job, delayMs);
      }
    }
  };

  return {
    backend: 'in-process',

    register(name, handler, options) {
      assertJobName(name);
      if (registrations.has(name)) throw new Error(`job "${name}" is already registered`);
      registrations.set(name, {
        name,
        handler: handler as JobHandler<unknown>,
        ...resolveRegisterOptions(options),
        running: 0,
        waiting: [],
      });
    },

    async enqueue(name, payload, options = {}) {
      const reg = registrations.get(name);
      if (!reg) throw new UnknownJobError(name);
      if (closed) throw new Error('job queue is closed');
      if (options.jobId !== undefined) {
        assertJobId(options.jobId);
        if (jobs.has(options.jobId)) return options.jobId;
      }
      const job: JobRecord = {
        id: options.jobId ?? randomUUID(),
        name,
        payload: toJsonPayload(payload),
        state: 'waiting',
        attemptsMade: 0,
      };
      jobs.set(job.id, job);
      if (options.delayMs && options.delayMs > 0) {
        schedule(reg, job, options.delayMs);
      } else {
        reg.waiting.push(job);
        pump(reg);
      }
      return job.id;
    },

    async start() {
      if (closed) throw new Error('job queue is closed');
      started = true;
      for (const reg of registrations.values()) pump(reg);
    },

    async close() {
      if (closed) return;
      closed = true;
      let dropped = 0;
      for (const job of jobs.values()) {
        if (job.timer) clearTimeout(job.timer);
        if (job.state === 'waiting' || job.state === 'delayed') dropped++;
      }
      if (dropped > 0) logger.warn({ dropped }, 'in-process job queue closed with unrun jobs');
      await Promise.allSettled([...running]);
    },

    async ping() {
      if (closed) throw new Error('job queue is closed');
    },

    async getJob(id) {
      const job = jobs.get(id);
      if (!job) return undefined;
      const info: JobInfo = {
        id: job.id,
        name: job.name,
        state: job.state,
        attemptsMade: job.attemptsMade,
        payload: job.payload,
      };
      if (job.failedReason !== undefined) info.failedReason = job.failedReason;
      return info;
    },
  };
}
