import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Invented occupations in O*NET's text format (see onet-fixture/), never O*NET's own data. */
export const onetFixtureDir = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  'onet-fixture',
);

/** A temporary copy of the fixture release, to change files in. */
export function copyOnetFixture(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'careeros-onet-fixture-'));
  cpSync(onetFixtureDir, dir, { recursive: true });
  return dir;
}

/** Rewrites one file of a fixture copy. */
export function editFixture(dir: string, file: string, edit: (text: string) => string): void {
  const target = path.join(dir, file);
  writeFileSync(target, edit(readFileSync(target, 'utf8')));
}
