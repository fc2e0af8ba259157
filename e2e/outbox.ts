import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';

/** Undoes quoted-printable: soft line breaks, then "=XX" bytes (decoded as UTF-8). */
export function decodeQuotedPrintable(text: string): string {
  const joined = text.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i += 1) {
    const hex = joined.slice(i + 1, i + 3);
    if (joined[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(joined[i] ?? '', 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

export interface OutboxMail {
  file: string;
  to: string;
  subject: string;
  /** The plain-text part, decoded. */
  text: string;
}

/** Parses the .eml files the server writes when no SMTP server is set (multipart/alternative). */
export function parseMail(file: string, raw: string): OutboxMail {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
  const header = (name: string) =>
    new RegExp(`^${name}: (.+)$`, 'mi').exec(head)?.[1]?.trim() ?? '';
  const body = rest.join('\n\n');
  const plain = /Content-Type: text\/plain[^]*?\r?\n\r?\n([^]*?)\r?\n--/i.exec(body)?.[1] ?? body;
  const encoded = /Content-Type: text\/plain[^]*?quoted-printable/i.test(body);
  return {
    file,
    to: header('To'),
    subject: header('Subject'),
    text: encoded ? decodeQuotedPrintable(plain) : plain,
  };
}

export async function readOutbox(dir: string): Promise<OutboxMail[]> {
  if (!existsSync(dir)) return [];
  const names = (await readdir(dir)).filter((name) => name.endsWith('.eml')).sort();
  return Promise.all(
    names.map(async (name) => parseMail(name, await readFile(path.join(dir, name), 'utf8'))),
  );
}

/**
 * Waits for the newest email to `to` whose subject matches and returns the path of its link on
 * the site, such as "/verify-email#token=...". `after` skips mails already seen.
 */
export async function waitForEmailLink(
  dir: string,
  to: string,
  subject: RegExp,
  {
    after = new Set<string>(),
    timeoutMs = 10_000,
  }: { after?: Set<string>; timeoutMs?: number } = {},
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mail = (await readOutbox(dir))
      .reverse()
      .find((m) => m.to === to && subject.test(m.subject) && !after.has(m.file));
    const link = mail ? /https?:\/\/\S+#token=[\w-]+/.exec(mail.text)?.[0] : undefined;
    if (link) {
      const url = new URL(link);
      return `${url.pathname}${url.hash}`;
    }
    if (Date.now() > deadline) throw new Error(`no email "${String(subject)}" to ${to}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The names of the mails in the outbox now, to wait for a newer one. */
export async function outboxFiles(dir: string): Promise<Set<string>> {
  return new Set((await readOutbox(dir)).map((mail) => mail.file));
}
