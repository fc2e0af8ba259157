import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PermanentJobError, UnknownJobError } from './errors.js';
import { createJobQueue } from './index.js';
import type { JobContext, JobInfo, JobQueue } from './types.js';

const redisUrl = process.env.REDIS_URL;

interface Backend {
  name: JobQueue['backend'];
  redisUrl?: string;
}
const backends: Backend[] = [{ name: 'in-process' }];
if (redisUrl) backends.push({ name: 'bullmq', redisUrl });

/** Removes a test's BullMQ keys; SCAN is fine here, it only runs against a test Redis. */
async function dropKeys(url: string, prefix: string): Promise<void> {
  const client = new Redis(url);
  try {
    for await (const keys of client.scanStream({ match: `${prefix}:*`, count: 500 })) {
      if ((keys as string[]).length > 0) await client.unlink(...(keys as string[]));
    }
  } finally {
    await client.quit();
  }
}

describe.each(backends)('job queue: $name', (backend) => {
  let queue: JobQueue;
  let prefix: string;
  const logger = { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() };

  const waitForState = (id: string, state: string, timeout = 5_000) =>
    vi.waitFor(
      async () => {
        const job = await queue.getJob(id);
        expect(job?.state).toBe(state);
        return job as JobInfo;
      },
      { timeout, interval: 20 },
    );

  beforeEach(() => {
    vi.clearAllMocks();
    prefix = `careeros-test-jobs:${randomUUID()}`;
    queue = createJobQueue({ redisUrl: backend.redisUrl, prefix, logger });
  });
  afterEach(async () => {
    await queue.close();
    if (backend.redisUrl) await dropKeys(backend.redisUrl, prefix);
  });

  it('reports its backend', () => {
    expect(queue.backend).toBe(backend.name);
  });

  it('runs a job with its JSON payload', async () => {
    const runs: { payload: unknown; ctx: JobContext }[] = [];
    queue.register<{ to: string; at: Date }>('test.echo', async (payload, ctx) => {
      runs.push({ payload, ctx });
    });
    await queue.start();
    const id = await queue.enqueue('test.echo', {
      to: 'a@b.c',
      at: new Date('2024-01-02T03:04:05Z'),
    });
    const job = await waitForState(id, 'completed');
    expect(runs).toEqual([
      {
        payload: { to: 'a@b.c', at: '2024-01-02T03:04:05.000Z' },
        ctx: { id, attempt: 1, name: 'test.echo' },
      },
    ]);
    expect(job.attemptsMade).toBe(1);
  });

  it('retries with exponential backoff until the handler succeeds', async () => {
    const starts: number[] = [];
    const attempts: number[] = [];
    queue.register(
      'test.flaky',
      async (_payload, ctx) => {
        starts.push(performance.now());
        attempts.push(ctx.attempt);
        if (ctx.attempt < 3) throw new Error(`failure ${ctx.attempt}`);
      },
      { attempts: 5, backoffMs: 150 },
    );
    await queue.start();
    const id = await queue.enqueue('test.flaky', {});
    const job = await waitForState(id, 'completed');
    expect(attempts).toEqual([1, 2, 3]);
    expect(job.attemptsMade).toBe(3);
    const [first, second, third] = starts as [number, number, number];
    // 150 ms then 300 ms; a little slack for timer granularity.
    expect(second - first).toBeGreaterThanOrEqual(140);
    expect(third - second).toBeGreaterThanOrEqual(290);
    expect(third - second).toBeGreaterThan(second - first);
    expect(logger.warn).toHaveBeenCalledTimes(2);
    expect(logger.error).not.toHaveBeenCalled();
  });

  it('keeps a job as failed after its last attempt and logs the error', async () => {
    let calls = 0;
    queue.register(
      'test.broken',
      async () => {
        calls++;
        throw new Error('always broken');
      },
      { attempts: 3, backoffMs: 10 },
    );
    await queue.start();
    const id = await queue.enqueue('test.broken', { n: 1 });
    const job = await waitForState(id, 'failed');
    expect(calls).toBe(3);
    expect(job).toMatchObject({
      attemptsMade: 3,
      failedReason: 'always broken',
      payload: { n: 1 },
    });
    await sleep(100);
    expect(calls).toBe(3);
    expect(logger.error).toHaveBeenCalledTimes(1);
    expect(logger.error).toHaveBeenCalledWith(
      expect.objectContaining({ jobId: id, job: 'test.broken', err: expect.any(Error) }),
      expect.any(String),
    );
  });

  it('fails at once on a PermanentJobError', async () => {
    let calls = 0;
    queue.register('test.invalid', async () => {
      calls++;
      throw new PermanentJobError('bad payload');
    });
    await queue.start();
    const id = await queue.enqueue('test.invalid', {});
    const job = await waitForState(id, 'failed');
    expect(calls).toBe(1);
    expect(job.failedReason).toBe('bad payload');
  });

  it('close() waits for a running job to finish', async () => {
    let started = false;
    let finished = false;
    queue.register('test.slow', async () => {
      started = true;
      await sleep(300);
      finished = true;
    });
    await queue.start();
    await queue.enqueue('test.slow', {});
    await vi.waitFor(() => expect(started).toBe(true), { interval: 10 });
    await queue.close();
    expect(finished).toBe(true);
  });

  it('rejects unregistered job names', async () => {
    await expect(queue.enqueue('test.nobody', {})).rejects.toBeInstanceOf(UnknownJobError);
  });

  it('does not run jobs until start() (a web instance without workers)', async () => {
    let calls = 0;
    queue.register('test.later', async () => {
      calls++;
    });
    const id = await queue.enqueue('test.later', {});
    await sleep(200);
    expect(calls).toBe(0);
    expect((await queue.getJob(id))?.state).toBe('waiting');
    await queue.start();
    await waitForState(id, 'completed');
    expect(calls).toBe(1);
  });

  it('de-duplicates by jobId', async () => {
    let calls = 0;
    queue.register('test.once', async () => {
      calls++;
    });
    const first = await queue.enqueue('test.once', { v: 1 }, { jobId: 'welcome-user-7' });
    const second = await queue.enqueue('test.once', { v: 2 }, { jobId: 'welcome-user-7' });
    expect(second).toBe(first);
    await queue.start();
    const job = await waitForState(first, 'completed');
    expect(job.payload).toEqual({ v: 1 });
    await queue.enqueue('test.once', { v: 3 }, { jobId: 'welcome-user-7' });
    await sleep(100);
    expect(calls).toBe(1);
    await expect(queue.enqueue('test.once', {}, { jobId: '42' })).rejects.toThrow(/integer/);
  });

  it('limits concurrency per job name', async () => {
    let running = 0;
    let peak = 0;
    queue.register(
      'test.parallel',
      async () => {
        running++;
        peak = Math.max(peak, running);
        await sleep(100);
        running--;
      },
      { concurrency: 2 },
    );
    await queue.start();
    const ids = await Promise.all(
      Array.from({ length: 5 }, () => queue.enqueue('test.parallel', {})),
    );
    for (const id of ids) await waitForState(id, 'completed');
    expect(peak).toBe(2);
  });

  it('honours delayMs', async () => {
    let ranAt = 0;
    queue.register('test.delayed', async () => {
      ranAt = performance.now();
    });
    await queue.start();
    const enqueuedAt = performance.now();
    const id = await queue.enqueue('test.delayed', {}, { delayMs: 300 });
    expect((await queue.getJob(id))?.state).toBe('delayed');
    await waitForState(id, 'completed');
    expect(ranAt - enqueuedAt).toBeGreaterThanOrEqual(290);
  });

  it('answers ping while open', async () => {
    await vi.waitFor(() => expect(queue.ping()).resolves.toBeUndefined(), { timeout: 5_000 });
  });
});
