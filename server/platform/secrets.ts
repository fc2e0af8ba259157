import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Config } from '../config.js';

export interface Secrets {
  /** Signs access tokens. */
  jwtSecret: string;
  /** AES-256 key for data encrypted at rest. */
  encryptionKey: Buffer;
}

const ZStoredSecrets = z.object({
  jwtSecret: z.string().min(32),
  encryptionKey: z.string().refine((v) => Buffer.from(v, 'base64').length === 32),
});

/**
 * Secrets come from the environment when given (required in scaled mode, see config); otherwise
 * they are generated once and kept in DATA_DIR/secrets.json, readable by the owner only.
 */
export function loadSecrets(config: Pick<Config, 'dataDir' | 'secrets'>): Secrets {
  const file = path.join(config.dataDir, 'secrets.json');
  let stored: z.infer<typeof ZStoredSecrets> | undefined;
  if (existsSync(file)) {
    const parsed = ZStoredSecrets.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) {
      throw new Error(
        `${file} is damaged; restore it from a backup (data encrypted with it needs it)`,
      );
    }
    stored = parsed.data;
  } else if (!config.secrets.jwtSecret || !config.secrets.encryptionKey) {
    stored = {
      jwtSecret: randomBytes(48).toString('base64url'),
      encryptionKey: randomBytes(32).toString('base64'),
    };
    mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
    writeFileSync(file, `${JSON.stringify(stored, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
    chmodSync(file, 0o600);
  }
  const jwtSecret = config.secrets.jwtSecret ?? stored?.jwtSecret;
  const encryptionKey = config.secrets.encryptionKey ?? stored?.encryptionKey;
  if (!jwtSecret || !encryptionKey) throw new Error('secrets are missing');
  return { jwtSecret, encryptionKey: Buffer.from(encryptionKey, 'base64') };
}
