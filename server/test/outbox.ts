import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface OutboxMessage {
  to: string;
  subject: string;
  /** The raw message with quoted-printable soft breaks and "=3D" undone: good enough to search. */
  body: string;
}

export function readOutbox(dir: string): OutboxMessage[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .map((file) => {
      const raw = readFileSync(path.join(dir, file), 'utf8');
      const body = raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
      return {
        to: /^To: (.+)$/m.exec(raw)?.[1]?.trim() ?? '',
        subject: /^Subject: (.+)$/m.exec(raw)?.[1]?.trim() ?? '',
        body,
      };
    });
}

/** Waits for a message to `to` whose subject matches, and returns the token of its link. */
export async function waitForEmailToken(
  dir: string,
  to: string,
  subject: RegExp,
  timeoutMs = 5000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const message = readOutbox(dir)
      .reverse()
      .find((m) => m.to === to && subject.test(m.subject));
    const token = message ? /#token=([A-Za-z0-9_-]+)/.exec(message.body)?.[1] : undefined;
    if (token) return token;
    if (Date.now() > deadline) throw new Error(`no email "${String(subject)}" to ${to}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
