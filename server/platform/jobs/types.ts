import type { Logger } from 'pino';

export type JobsLogger = Pick<Logger, 'debug' | 'info' | 'warn' | 'error'>;

export interface JobContext {
  id: string;
  /** 1 on the first run, 2 on the first retry, ... */
  attempt: number;
  name: string;
}

export type JobHandler<P> = (payload: P, ctx: JobContext) => Promise<void>;

export interface RegisterOptions {
  /** Total tries including the first (default 5). */
  attempts?: number;
  /** Delay before retry n is `backoffMs * 2^(n-1)` (default 1000 ms). */
  backoffMs?: number;
  /** Jobs of this name run at most this many at a time per process (default 1). */
  concurrency?: number;
}

export interface EnqueueOptions {
  delayMs?: number;
  /**
   * Enqueuing an id that is still known (waiting, running or kept as finished) is a no-op.
   * Make ids unique across job names (e.g. `welcome-email-user-7`).
   */
  jobId?: string;
}

export type JobState = 'waiting' | 'delayed' | 'active' | 'completed' | 'failed';

export interface JobInfo {
  id: string;
  name: string;
  state: JobState;
  /** Attempts started so far. */
  attemptsMade: number;
  /** Error message of the most recent failed attempt. */
  failedReason?: string;
  payload: unknown;
}

/**
 * Background jobs. Every process registers the same handlers (enqueue validates names against
 * them), but only processes that call `start()` run jobs. With BullMQ a web instance can skip
 * `start()` and leave the work to separate worker processes; the in-process runner keeps jobs in
 * this process's memory, so there `start()` must be called or the jobs never run.
 */
export interface JobQueue {
  readonly backend: 'in-process' | 'bullmq';
  register<P>(name: string, handler: JobHandler<P>, options?: RegisterOptions): void;
  /** Returns the job id. Throws for unregistered names. The payload must be JSON. */
  enqueue<P>(name: string, payload: P, options?: EnqueueOptions): Promise<string>;
  /** Begins processing registered jobs in this process. */
  start(): Promise<void>;
  /** Stops taking new jobs and waits for running ones to finish (graceful shutdown). */
  close(): Promise<void>;
  ping(): Promise<void>;
  /** Current state of a job, or undefined once it is unknown (never added or cleaned up). */
  getJob(id: string): Promise<JobInfo | undefined>;
}

export const JOB_DEFAULTS = { attempts: 5, backoffMs: 1_000, concurrency: 1 } as const;

/** Finished jobs kept for inspection (and de-duplication) before the oldest are dropped. */
export const KEEP_COMPLETED = 1_000;
/** Failed jobs are the dead letter: kept longer so someone can look at them. */
export const KEEP_FAILED = 10_000;
