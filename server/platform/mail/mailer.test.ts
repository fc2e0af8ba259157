import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { SMTPServer, type SMTPServerEnvelope } from 'smtp-server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMailer } from './mailer.js';
import { renderEmail } from './render.js';

const logger = pino({ level: 'silent' });
const from = 'CareerOS <no-reply@careeros.test>';
const rendered = () =>
  renderEmail('mail-test', {
    recipientName: 'Ada',
    instanceUrl: 'https://careers.example.org',
    sentAt: new Date('2024-05-01T10:00:00Z'),
  });

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'careeros-mail-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('outbox mailer', () => {
  it('writes an .eml with To, Subject and both parts', async () => {
    const outboxDir = path.join(dir, 'outbox'); // created on demand
    const mailer = createMailer({ outboxDir, from, logger });
    expect(mailer.transport).toBe('outbox');
    const result = await mailer.send({ to: 'ada@example.org', ...rendered() });
    expect(result.transport).toBe('outbox');

    const files = await readdir(outboxDir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(
      /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z-\d{6}-[0-9a-f]{12}\.eml$/,
    );
    const eml = await readFile(path.join(outboxDir, String(files[0])), 'utf8');
    expect(eml).toMatch(/^To: ada@example\.org\r$/m);
    expect(eml).toMatch(/^From: CareerOS <no-reply@careeros\.test>\r$/m);
    expect(eml).toMatch(/^Subject: Your CareerOS mail settings work\r$/m);
    expect(eml).toContain(`Message-ID: ${result.messageId}`);
    expect(eml).toMatch(/^Content-Type: multipart\/alternative;/m);
    expect(eml).toMatch(/^Content-Type: text\/plain; charset=utf-8\r$/m);
    expect(eml).toMatch(/^Content-Type: text\/html; charset=utf-8\r$/m);
    expect(eml).toContain('Hello Ada,');
  });

  it('names files so they sort in send order and never collide', async () => {
    const mailer = createMailer({ outboxDir: dir, from, logger });
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      ids.push((await mailer.send({ to: `u${i}@example.org`, ...rendered() })).messageId);
    }
    const files = (await readdir(dir)).sort();
    expect(files).toHaveLength(5);
    const inFileOrder = await Promise.all(
      files.map(
        async (f) =>
          (await readFile(path.join(dir, f), 'utf8')).match(/^Message-ID: (.+)\r$/m)?.[1],
      ),
    );
    expect(inFileOrder).toEqual(ids);
  });

  it('verifies that the outbox is writable', async () => {
    const outboxDir = path.join(dir, 'new', 'outbox');
    await expect(createMailer({ outboxDir, from, logger }).verify()).resolves.toBeUndefined();
    expect(await readdir(outboxDir)).toEqual([]);
  });
});

describe('SMTP mailer', () => {
  let server: SMTPServer;
  let port: number;
  const received: { envelope: SMTPServerEnvelope; data: string }[] = [];

  beforeEach(async () => {
    received.length = 0;
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          received.push({
            envelope: session.envelope,
            data: Buffer.concat(chunks).toString('utf8'),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.server.address() as AddressInfo).port;
  });
  afterEach(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('delivers the message with the right envelope and content', async () => {
    const mailer = createMailer({
      smtpUrl: `smtp://127.0.0.1:${port}`,
      outboxDir: dir,
      from,
      logger,
    });
    expect(mailer.transport).toBe('smtp');
    await expect(mailer.verify()).resolves.toBeUndefined();
    const result = await mailer.send({
      to: 'ada@example.org',
      ...rendered(),
      headers: { 'X-CareerOS-Test': 'yes' },
    });
    mailer.close();

    expect(result.transport).toBe('smtp');
    expect(received).toHaveLength(1);
    const [{ envelope, data }] = received as [(typeof received)[number]];
    expect(envelope.mailFrom && envelope.mailFrom.address).toBe('no-reply@careeros.test');
    expect(envelope.rcptTo.map((r) => r.address)).toEqual(['ada@example.org']);
    expect(data).toMatch(/^Subject: Your CareerOS mail settings work\r$/m);
    expect(data).toMatch(/^X-CareerOS-Test: yes\r$/im);
    expect(data).toContain(`Message-ID: ${result.messageId}`);
    expect(data).toMatch(/^Content-Type: text\/plain; charset=utf-8\r$/m);
    expect(data).toMatch(/^Content-Type: text\/html; charset=utf-8\r$/m);
    expect(await readdir(dir)).toEqual([]); // nothing went to the outbox
  });

  it('fails verify() when the server is unreachable', async () => {
    const closed = net.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const deadPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const smtpUrl = `smtp://127.0.0.1:${deadPort}`;
    await expect(
      createMailer({ smtpUrl, outboxDir: dir, from, logger }).verify(),
    ).rejects.toThrow();
  });
});
