import { access, constants, mkdir } from 'node:fs/promises';
import { Readable } from 'node:stream';
import nodemailer from 'nodemailer';
import { writeOutboxFile } from './outbox.js';
import type { MailLogger, Mailer, MailMessage } from './types.js';

export interface CreateMailerOptions {
  /** smtp:// or smtps:// URL with credentials; without it mail goes to the outbox folder. */
  smtpUrl?: string;
  outboxDir: string;
  /** Sender, e.g. `CareerOS <no-reply@example.org>`. */
  from: string;
  logger: MailLogger;
}

// A hung SMTP server must not hold a job (and a worker slot) forever.
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

export function createMailer(opts: CreateMailerOptions): Mailer {
  return opts.smtpUrl
    ? createSmtpMailer({ ...opts, smtpUrl: opts.smtpUrl })
    : createOutboxMailer(opts);
}

function createSmtpMailer(opts: CreateMailerOptions & { smtpUrl: string }): Mailer {
  const { logger } = opts;
  const transporter = nodemailer.createTransport({ url: opts.smtpUrl, ...SMTP_TIMEOUTS });
  return {
    transport: 'smtp',
    async send(msg: MailMessage) {
      const info = await transporter.sendMail({ from: opts.from, ...msg });
      logger.info({ messageId: info.messageId, transport: 'smtp' }, 'mail sent');
      return { messageId: info.messageId, transport: 'smtp' };
    },
    async verify() {
      await transporter.verify();
    },
    close() {
      transporter.close();
    },
  };
}

/** Development and no-SMTP installs: each message becomes an RFC 822 .eml file. */
function createOutboxMailer(opts: CreateMailerOptions): Mailer {
  const { logger, outboxDir } = opts;
  const transporter = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: 'windows', // RFC 5322 line endings, as a real SMTP delivery would have
  });
  return {
    transport: 'outbox',
    async send(msg: MailMessage) {
      const info = await transporter.sendMail({ from: opts.from, ...msg });
      const message = Buffer.isBuffer(info.message)
        ? info.message
        : Buffer.concat(await Readable.from(info.message).toArray());
      const file = await writeOutboxFile(outboxDir, message);
      logger.info(
        { messageId: info.messageId, transport: 'outbox', file },
        'mail written to outbox',
      );
      return { messageId: info.messageId, transport: 'outbox' };
    },
    async verify() {
      await mkdir(outboxDir, { recursive: true });
      await access(outboxDir, constants.W_OK);
    },
    close() {
      transporter.close();
    },
  };
}
