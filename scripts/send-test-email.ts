// `npm run mail:test -- someone@example.org [Name]`: checks the mail settings by sending an email.
import { z } from 'zod';
import { loadConfig } from '../server/config.js';
import { createLogger } from '../server/platform/http/logger.js';
import { sendTestEmail } from '../server/platform/mail/send-test-email.js';

const [to, recipientName] = process.argv.slice(2);
if (!to || !z.email().safeParse(to).success) {
  console.error('usage: npm run mail:test -- <email address> [recipient name]');
  process.exit(2);
}
const config = loadConfig();
const logger = createLogger({ logLevel: 'warn', logPretty: false });
const job = await sendTestEmail(config, logger, to, { recipientName });
if (job.state === 'completed') {
  const where = config.mail.smtpUrl ? 'through SMTP' : `into ${config.mail.outboxDir}`;
  console.log(`Sent a test email to ${to} ${where}.`);
  process.exit(0);
}
console.error(`Sending failed: ${job.failedReason ?? 'unknown error'}`);
process.exit(1);
