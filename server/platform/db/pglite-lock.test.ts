import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from './pglite-lock.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'careeros-lock-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('embedded database lock', () => {
  it('refuses a second holder until the first releases it', () => {
    const dir = path.join(root, 'a');
    const release = lockDataDir(dir);
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    release();
    expect(existsSync(`${dir}.lock`)).toBe(false);
    lockDataDir(dir)();
  });

  it('refuses a lock held by another live process, and takes over one left by a dead one', () => {
    const dir = path.join(root, 'b');
    // The parent process of this test run is alive and is not this process.
    writeFileSync(`${dir}.lock`, String(process.ppid));
    expect(() => lockDataDir(dir)).toThrow(`in use by process ${process.ppid}`);
    writeFileSync(`${dir}.lock`, '2147483646');
    const release = lockDataDir(dir);
    release();
  });
});
