import type { Logger } from 'pino';

export type MailLogger = Pick<Logger, 'debug' | 'info' | 'warn' | 'error'>;

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
}

export type MailTransportKind = 'smtp' | 'outbox';

export interface SendResult {
  messageId: string;
  transport: MailTransportKind;
}

export interface Mailer {
  /** 'smtp' when an SMTP URL is configured, otherwise 'outbox' (.eml files on disk). */
  readonly transport: MailTransportKind;
  send(msg: MailMessage): Promise<SendResult>;
  /** Throws if mail cannot be delivered (SMTP unreachable or rejecting, outbox not writable). */
  verify(): Promise<void>;
  close(): void;
}
