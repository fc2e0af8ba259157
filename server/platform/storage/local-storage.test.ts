import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InvalidStorageKeyError } from './keys.js';
import { createLocalStorage } from './local-storage.js';
import type { FileStorage, StoredObject } from './types.js';

const signingKey = randomBytes(32);

async function readAll(object: StoredObject | undefined): Promise<string> {
  if (!object) throw new Error('object not found');
  return text(object.stream);
}

describe('local file storage', () => {
  let base: string;
  let rootDir: string;
  let storage: FileStorage;
  let clock: number;

  beforeEach(async () => {
    base = await mkdtemp(path.join(os.tmpdir(), 'careeros-storage-'));
    rootDir = path.join(base, 'files');
    clock = Date.UTC(2024, 4, 1, 10, 0, 0);
    storage = createLocalStorage({
      rootDir,
      signingKey,
      publicPath: '/api/files',
      now: () => clock,
    });
  });
  afterEach(async () => {
    await rm(base, { recursive: true, force: true });
  });

  it('round-trips a Buffer with its content type', async () => {
    const key = 'avatars/user-1/photo.png';
    expect(await storage.exists(key)).toBe(false);
    expect(await storage.put(key, Buffer.from('png-bytes'), { contentType: 'image/png' })).toEqual({
      key,
      size: 9,
    });
    expect(await storage.exists(key)).toBe(true);

    const object = await storage.get(key);
    expect(object).toMatchObject({ contentType: 'image/png', size: 9 });
    expect(await readAll(object)).toBe('png-bytes');
    expect(JSON.parse(await readFile(path.join(rootDir, `${key}.meta.json`), 'utf8'))).toEqual({
      contentType: 'image/png',
    });

    await storage.delete(key);
    expect(await storage.exists(key)).toBe(false);
    expect(await storage.get(key)).toBeUndefined();
    expect(await readdir(path.join(rootDir, 'avatars/user-1'))).toEqual([]);
  });

  it('stores a stream and counts its size', async () => {
    const chunks = ['hello ', 'streamed ', 'world'].map((c) => Buffer.from(c));
    const result = await storage.put('exports/report.csv', Readable.from(chunks), {
      contentType: 'text/csv; charset=utf-8',
    });
    expect(result.size).toBe(20);
    const object = await storage.get('exports/report.csv');
    expect(object?.contentType).toBe('text/csv; charset=utf-8');
    expect(object?.size).toBe(20);
    expect(await readAll(object)).toBe('hello streamed world');
  });

  it('replaces an object atomically and leaves no temp files', async () => {
    await storage.put('doc.txt', Buffer.from('one'), { contentType: 'text/plain' });
    await storage.put('doc.txt', Buffer.from('second'), { contentType: 'application/json' });
    const object = await storage.get('doc.txt');
    expect(object?.contentType).toBe('application/json');
    expect(await readAll(object)).toBe('second');
    expect(await readdir(path.join(rootDir, '.tmp'))).toEqual([]);
  });

  it('removes the temp file when a stream fails', async () => {
    const failing = new Readable({
      read() {
        this.destroy(new Error('upload aborted'));
      },
    });
    await expect(
      storage.put('broken.bin', failing, { contentType: 'application/octet-stream' }),
    ).rejects.toThrow('upload aborted');
    expect(await storage.exists('broken.bin')).toBe(false);
    expect(await readdir(path.join(rootDir, '.tmp'))).toEqual([]);
  });

  it('treats missing objects as absent', async () => {
    expect(await storage.get('nope/none.txt')).toBeUndefined();
    expect(await storage.exists('nope/none.txt')).toBe(false);
    await expect(storage.delete('nope/none.txt')).resolves.toBeUndefined();
  });

  it('rejects traversal, absolute and malformed keys with a clear error', async () => {
    const outside = path.join(base, 'outside.txt');
    await writeFile(outside, 'secret');
    const bad = [
      '../outside.txt',
      'a/../../outside.txt',
      '..',
      '/etc/passwd',
      'a//b',
      'a/',
      '.hidden',
      'a/./b',
      'a\\b',
      'with space',
      'ümlaut',
      '',
      'file.meta.json',
      'x'.repeat(1025),
    ];
    for (const key of bad) {
      await expect(
        storage.put(key, Buffer.from('x'), { contentType: 'text/plain' }),
      ).rejects.toThrow(InvalidStorageKeyError);
      await expect(storage.get(key)).rejects.toThrow(InvalidStorageKeyError);
      await expect(storage.exists(key)).rejects.toThrow(InvalidStorageKeyError);
      await expect(storage.delete(key)).rejects.toThrow(InvalidStorageKeyError);
      expect(() => storage.downloadUrl(key, { expiresInSeconds: 60 })).toThrow(
        InvalidStorageKeyError,
      );
      expect(storage.verifyDownload(key, clock / 1000 + 60, 'sig')).toBe(false);
    }
    await expect(storage.get('../outside.txt')).rejects.toThrow(/path traversal/);
    expect(await readFile(outside, 'utf8')).toBe('secret');
  });

  it('rejects content types that could inject headers', async () => {
    await expect(
      storage.put('a.txt', Buffer.from('x'), { contentType: 'text/plain\r\nX-Evil: 1' }),
    ).rejects.toThrow(/content type/);
    await expect(
      storage.put('a.txt', Buffer.from('x'), { contentType: 'nonsense' }),
    ).rejects.toThrow(/content type/);
  });

  describe('signed download URLs', () => {
    const key = 'certificates/course-7/user-1.pdf';
    const parse = (url: string) => {
      const parsed = new URL(url, 'http://localhost');
      return {
        pathname: parsed.pathname,
        expires: parsed.searchParams.get('expires') ?? '',
        sig: parsed.searchParams.get('sig') ?? '',
      };
    };

    it('verifies a fresh URL for its key', () => {
      const url = storage.downloadUrl(key, { expiresInSeconds: 300 });
      expect(url).toMatch(
        /^\/api\/files\/certificates\/course-7\/user-1\.pdf\?expires=\d+&sig=[\w-]{43}$/,
      );
      const { pathname, expires, sig } = parse(url);
      expect(pathname).toBe(`/api/files/${key}`);
      expect(Number(expires)).toBe(clock / 1000 + 300);
      expect(storage.verifyDownload(key, expires, sig)).toBe(true);
      expect(storage.verifyDownload(key, Number(expires), sig)).toBe(true);
    });

    it('fails when the key, expiry or signature is tampered with', () => {
      const { expires, sig } = parse(storage.downloadUrl(key, { expiresInSeconds: 300 }));
      expect(storage.verifyDownload('certificates/course-7/user-2.pdf', expires, sig)).toBe(false);
      expect(storage.verifyDownload(key, String(Number(expires) + 1000), sig)).toBe(false);
      expect(storage.verifyDownload(key, `${expires}.0`, sig)).toBe(false);
      const flipped = (sig[0] === 'A' ? 'B' : 'A') + sig.slice(1);
      expect(storage.verifyDownload(key, expires, flipped)).toBe(false);
      expect(storage.verifyDownload(key, expires, sig.slice(0, -1))).toBe(false);
      expect(storage.verifyDownload(key, expires, `${sig}=`)).toBe(false);
      expect(storage.verifyDownload(key, expires, '')).toBe(false);

      const otherKey = createLocalStorage({
        rootDir,
        signingKey: randomBytes(32),
        publicPath: '/api/files',
        now: () => clock,
      });
      expect(otherKey.verifyDownload(key, expires, sig)).toBe(false);
    });

    it('fails once expired', () => {
      const { expires, sig } = parse(storage.downloadUrl(key, { expiresInSeconds: 60 }));
      clock += 60_000;
      expect(storage.verifyDownload(key, expires, sig)).toBe(true);
      clock += 1_000;
      expect(storage.verifyDownload(key, expires, sig)).toBe(false);
    });

    it('requires a positive lifetime and a strong signing key', () => {
      expect(() => storage.downloadUrl(key, { expiresInSeconds: 0 })).toThrow(RangeError);
      expect(() =>
        createLocalStorage({ rootDir, signingKey: Buffer.alloc(16), publicPath: '/api/files' }),
      ).toThrow(/32 bytes/);
    });
  });

  it('ping creates the root and checks it is writable', async () => {
    await expect(storage.ping()).resolves.toBeUndefined();
    expect(await readdir(rootDir)).toEqual([]);

    const fileAsRoot = path.join(base, 'not-a-dir');
    await writeFile(fileAsRoot, '');
    const broken = createLocalStorage({
      rootDir: fileAsRoot,
      signingKey,
      publicPath: '/api/files',
    });
    await expect(broken.ping()).rejects.toThrow();
  });
});
