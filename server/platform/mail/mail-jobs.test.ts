import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createInProcessJobQueue } from '../jobs/in-process-queue.js';
import type { JobInfo, JobQueue } from '../jobs/types.js';
import { EMAIL_SEND_JOB, enqueueEmail, registerMailJobs } from './mail-jobs.js';
import { createMailer } from './mailer.js';
import type { Mailer } from './types.js';

const logger = pino({ level: 'silent' });

describe('email.send job', () => {
  let dir: string;
  let queue: JobQueue;
  let mailer: Mailer;

  const waitForState = (id: string, state: string) =>
    vi.waitFor(
      async () => {
        const job = await queue.getJob(id);
        expect(job?.state).toBe(state);
        return job as JobInfo;
      },
      { timeout: 5_000, interval: 20 },
    );

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'careeros-mail-jobs-'));
    queue = createInProcessJobQueue({ logger });
    mailer = createMailer({ outboxDir: dir, from: 'CareerOS <no-reply@careeros.test>', logger });
    registerMailJobs(queue, mailer, { backoffMs: 10 });
    await queue.start();
  });
  afterEach(async () => {
    await queue.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('renders and sends a queued email into the outbox', async () => {
    const id = await enqueueEmail(queue, 'ada@example.org', 'mail-test', {
      recipientName: 'Ada',
      instanceUrl: 'https://careers.example.org',
      sentAt: new Date('2024-05-01T10:00:00Z'),
    });
    const job = await waitForState(id, 'completed');
    // The Date crossed the queue as an ISO string.
    expect(job.payload).toMatchObject({ vars: { sentAt: '2024-05-01T10:00:00.000Z' } });

    const files = await readdir(dir);
    expect(files).toHaveLength(1);
    const eml = await readFile(path.join(dir, String(files[0])), 'utf8');
    expect(eml).toMatch(/^To: ada@example\.org\r$/m);
    expect(eml).toMatch(/^Subject: Your CareerOS mail settings work\r$/m);
    expect(eml).toContain('Wed, 01 May 2024 10:00:00 GMT');
  });

  it('fails a bad payload permanently, without retries', async () => {
    const badPayloads = [
      { to: 'not-an-address', template: 'mail-test', vars: {} },
      { to: 'ada@example.org', template: 'no-such-template', vars: {} },
      {
        to: 'ada@example.org',
        template: 'mail-test',
        vars: { instanceUrl: 'ftp://x', sentAt: 'x' },
      },
    ];
    for (const payload of badPayloads) {
      const id = await queue.enqueue(EMAIL_SEND_JOB, payload);
      const job = await waitForState(id, 'failed');
      expect(job.attemptsMade).toBe(1);
      expect(job.failedReason).toMatch(/^invalid /);
    }
    expect(await readdir(dir)).toEqual([]);
  });

  it('retries when sending fails', async () => {
    let calls = 0;
    const send = mailer.send.bind(mailer);
    vi.spyOn(mailer, 'send').mockImplementation(async (msg) => {
      if (++calls === 1) throw new Error('SMTP 451 try again later');
      return send(msg);
    });
    const id = await enqueueEmail(queue, 'ada@example.org', 'mail-test', {
      instanceUrl: 'https://careers.example.org',
      sentAt: new Date(),
    });
    const job = await waitForState(id, 'completed');
    expect(job.attemptsMade).toBe(2);
    expect(await readdir(dir)).toHaveLength(1);
  });

  it('enqueueEmail rejects invalid input before queueing', async () => {
    const enqueue = vi.spyOn(queue, 'enqueue');
    await expect(
      enqueueEmail(queue, 'ada@example.org', 'mail-test', {
        instanceUrl: 'javascript:alert(1)',
        sentAt: new Date(),
      }),
    ).rejects.toBeInstanceOf(z.ZodError);
    await expect(
      enqueueEmail(queue, 'nope', 'mail-test', {
        instanceUrl: 'https://x.org',
        sentAt: new Date(),
      }),
    ).rejects.toBeInstanceOf(z.ZodError);
    expect(enqueue).not.toHaveBeenCalled();
  });
});
