import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import {
  access,
  constants,
  mkdir,
  open,
  readFile,
  rename,
  rm,
  stat,
  unlink,
  writeFile,
} from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { assertStorageKey, isValidStorageKey, META_SUFFIX } from './keys.js';
import { signaturesMatch, signDownload } from './signing.js';
import type { FileStorage, StoredObject } from './types.js';

export interface LocalStorageOptions {
  rootDir: string;
  /** Secret for download URL signatures, at least 32 bytes. */
  signingKey: Buffer;
  /** Where the HTTP layer serves files, e.g. `/api/files`. */
  publicPath: string;
  /** Clock in ms, for tests. */
  now?: () => number;
}

interface Meta {
  contentType: string;
}

const DEFAULT_CONTENT_TYPE = 'application/octet-stream';
// type/subtype with optional parameters; no CR/LF, since it is sent back as a header.
const CONTENT_TYPE = /^[a-zA-Z0-9!#$&^_.+-]+\/[a-zA-Z0-9!#$&^_.+-]+(\s*;[\x20-\x7e]*)?$/;
/** Hidden folder for in-progress writes; keys cannot start with '.', so it never clashes. */
const TEMP_DIR = '.tmp';

function isMissing(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR';
}

/**
 * Files under `rootDir` at their key's path, content type in a `<file>.meta.json` sidecar.
 * Writes go to a temp file first and are renamed into place, so readers never see partial data.
 * Like a file system (unlike S3), a key cannot be both an object and a prefix of other keys.
 */
export function createLocalStorage(opts: LocalStorageOptions): FileStorage {
  if (opts.signingKey.length < 32) throw new Error('storage signing key must be at least 32 bytes');
  const root = path.resolve(opts.rootDir);
  const tempDir = path.join(root, TEMP_DIR);
  const publicPath = opts.publicPath.replace(/\/+$/, '');
  const now = opts.now ?? Date.now;

  const fileFor = (key: string): string => {
    assertStorageKey(key);
    const file = path.resolve(root, key);
    // Defence in depth: validation already rules out anything that leaves the root.
    if (!file.startsWith(root + path.sep)) throw new Error(`storage key escapes the root: ${key}`);
    return file;
  };

  const readMeta = async (file: string): Promise<Meta> => {
    try {
      const meta = JSON.parse(await readFile(file + META_SUFFIX, 'utf8')) as Partial<Meta>;
      return { contentType: meta.contentType ?? DEFAULT_CONTENT_TYPE };
    } catch (err) {
      if (isMissing(err)) return { contentType: DEFAULT_CONTENT_TYPE };
      throw err;
    }
  };

  return {
    backend: 'local',

    async put(key, data, meta) {
      const file = fileFor(key);
      if (!CONTENT_TYPE.test(meta.contentType)) {
        throw new Error(`invalid content type: ${JSON.stringify(meta.contentType)}`);
      }
      await mkdir(tempDir, { recursive: true });
      const tempData = path.join(tempDir, randomUUID());
      const tempMeta = `${tempData}${META_SUFFIX}`;
      let size = 0;
      try {
        if (Buffer.isBuffer(data)) {
          await writeFile(tempData, data, { flag: 'wx' });
          size = data.length;
        } else {
          await pipeline(
            data,
            async function* count(source: AsyncIterable<Buffer | string>) {
              for await (const chunk of source) {
                const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
                size += buf.length;
                yield buf;
              }
            },
            createWriteStream(tempData, { flags: 'wx' }),
          );
        }
        await writeFile(tempMeta, JSON.stringify({ contentType: meta.contentType }), {
          flag: 'wx',
        });
        await mkdir(path.dirname(file), { recursive: true });
        await rename(tempData, file);
        await rename(tempMeta, file + META_SUFFIX);
      } finally {
        await rm(tempData, { force: true });
        await rm(tempMeta, { force: true });
      }
      return { key, size };
    },

    async get(key) {
      const file = fileFor(key);
      let handle;
      try {
        handle = await open(file, 'r');
      } catch (err) {
        if (isMissing(err)) return undefined;
        throw err;
      }
      try {
        // Stat and read through the same descriptor, so a concurrent replace cannot mix versions.
        const info = await handle.stat();
        if (!info.isFile()) {
          await handle.close();
          return undefined;
        }
        const { contentType } = await readMeta(file);
        const object: StoredObject = {
          stream: handle.createReadStream(),
          contentType,
          size: info.size,
        };
        return object;
      } catch (err) {
        await handle.close();
        throw err;
      }
    },

    async delete(key) {
      const file = fileFor(key);
      for (const target of [file, file + META_SUFFIX]) {
        try {
          await unlink(target);
        } catch (err) {
          if (!isMissing(err)) throw err;
        }
      }
    },

    async exists(key) {
      try {
        return (await stat(fileFor(key))).isFile();
      } catch (err) {
        if (isMissing(err)) return false;
        throw err;
      }
    },

    downloadUrl(key, { expiresInSeconds }) {
      assertStorageKey(key);
      if (!Number.isFinite(expiresInSeconds) || expiresInSeconds <= 0) {
        throw new RangeError('expiresInSeconds must be a positive number');
      }
      const expires = Math.floor(now() / 1000) + Math.ceil(expiresInSeconds);
      const sig = signDownload(opts.signingKey, key, expires);
      // Key characters are all URL-safe, so the key goes into the path as is.
      return `${publicPath}/${key}?expires=${expires}&sig=${sig}`;
    },

    verifyDownload(key, expires, signature) {
      if (!isValidStorageKey(key) || typeof signature !== 'string') return false;
      const text = String(expires);
      if (!/^\d{1,15}$/.test(text)) return false;
      const expiresAt = Number(text);
      if (expiresAt * 1000 < now()) return false;
      return signaturesMatch(signDownload(opts.signingKey, key, expiresAt), signature);
    },

    async ping() {
      await mkdir(root, { recursive: true });
      await access(root, constants.R_OK | constants.W_OK);
    },
  };
}
