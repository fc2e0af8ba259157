import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { createLogger } from '../http/logger.js';
import { sendTestEmail } from './send-test-email.js';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'careeros-mailtest-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const logger = createLogger({ logLevel: 'silent', logPretty: false });

// Goes through the job queue: in-process here, BullMQ in the scaled pass.
describe('the mail test command', () => {
  it('sends the test email through the email job into the outbox', async () => {
    const config = loadConfig({
      DATA_DIR: dataDir,
      PUBLIC_URL: 'https://careers.example',
      ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}),
    });
    const job = await sendTestEmail(config, logger, 'ada@example.org', { recipientName: 'Ada' });
    expect(job.state).toBe('completed');
    const files = readdirSync(config.mail.outboxDir);
    expect(files).toHaveLength(1);
    const eml = readFileSync(path.join(config.mail.outboxDir, files[0] ?? ''), 'utf8');
    expect(eml).toMatch(/^To: ada@example.org$/m);
    expect(eml).toContain('Subject: Your CareerOS mail settings work');
    expect(eml).toContain('https://careers.example');
    expect(eml).toMatch(/Content-Type: text\/html/);
  });

  it('refuses an invalid address before queueing anything', async () => {
    const config = loadConfig({ DATA_DIR: dataDir });
    await expect(sendTestEmail(config, logger, 'not-an-address')).rejects.toThrow();
  });
});
