import { randomBytes } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

let sequence = 0;

/**
 * `2024-05-01T10-00-00-123Z-000001-9f2c4a1b7e3d.eml`: sorts by time (and by send order within a
 * process); the random part keeps names unique across processes.
 */
export function outboxFileName(now = new Date()): string {
  sequence = (sequence + 1) % 1_000_000;
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  return `${stamp}-${String(sequence).padStart(6, '0')}-${randomBytes(6).toString('hex')}.eml`;
}

/** Writes atomically (temp file + rename), so anything watching the folder never sees half a mail. */
export async function writeOutboxFile(outboxDir: string, message: Buffer): Promise<string> {
  await mkdir(outboxDir, { recursive: true });
  const name = outboxFileName();
  const file = path.join(outboxDir, name);
  const temp = path.join(outboxDir, `.${name}.tmp`);
  await writeFile(temp, message, { flag: 'wx' });
  await rename(temp, file);
  return file;
}
