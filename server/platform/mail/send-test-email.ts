import type { Config } from '../../config.js';
import { createJobQueue, type JobInfo } from '../jobs/index.js';
import { createMailer } from './mailer.js';
import { enqueueEmail, registerMailJobs } from './mail-jobs.js';
import type { MailLogger } from './types.js';

/**
 * Sends the `mail-test` email through the job queue, as the platform sends every email, and waits
 * for the outcome. With Redis the job goes through BullMQ (a running server's worker may take it);
 * embedded, this process runs it. Opens no database, so it works beside a running server.
 */
export async function sendTestEmail(
  config: Readonly<Config>,
  logger: MailLogger,
  to: string,
  options: { recipientName?: string; timeoutMs?: number } = {},
): Promise<JobInfo> {
  const jobs = createJobQueue({
    redisUrl: config.redisUrl,
    prefix: `${config.redisKeyPrefix}jobs`,
    logger,
  });
  const mailer = createMailer({ ...config.mail, logger });
  // One try: a person is waiting at the terminal for the answer.
  registerMailJobs(jobs, mailer, { attempts: 1 });
  try {
    await jobs.start();
    const id = await enqueueEmail(jobs, to, 'mail-test', {
      recipientName: options.recipientName,
      instanceUrl: config.publicUrl,
      sentAt: new Date(),
    });
    const deadline = Date.now() + (options.timeoutMs ?? 30_000);
    for (;;) {
      const job = await jobs.getJob(id);
      if (job && (job.state === 'completed' || job.state === 'failed')) return job;
      if (Date.now() > deadline) throw new Error(`the email job ${id} did not finish in time`);
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    await jobs.close();
    mailer.close();
  }
}
