import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onetFixtureFiles } from './onet-fixture-files.js';

/**
 * Writes the invented release into a fresh folder as the importer reads a real one: CRLF line
 * endings, except the read-me, which O*NET ships with LF.
 */
function writeFixtureRelease(): string {
  // The import records the folder's name as the release's origin.
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'careeros-onet-')), 'onet-fixture');
  mkdirSync(dir);
  for (const [name, lines] of Object.entries(onetFixtureFiles)) {
    const eol = name === 'Read Me.txt' ? '\n' : '\r\n';
    writeFileSync(path.join(dir, name), lines.map((line) => `${line}${eol}`).join(''));
  }
  return dir;
}

/** Invented occupations in O*NET's text format, never O*NET's own data; written once per test file. */
export const onetFixtureDir = writeFixtureRelease();

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
