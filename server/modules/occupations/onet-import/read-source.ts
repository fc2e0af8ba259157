import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { OnetImportError } from './errors.js';
import { requiredFileNames } from './files.js';

export interface SourceFiles {
  /** What was read, for the release record: a file or folder name, or the URL. */
  origin: string;
  /** File name -> text, for every required file. */
  files: Map<string, string>;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function decode(name: string, bytes: Uint8Array): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new OnetImportError('is not UTF-8 text', name);
  }
}

function checkComplete(files: Map<string, string>, where: string): void {
  const missing = requiredFileNames.filter((name) => !files.has(name));
  if (missing.length > 0) {
    throw new OnetImportError(`${where} lacks ${missing.map((m) => `"${m}"`).join(', ')}`);
  }
}

function readFolder(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of requiredFileNames) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path.join(dir, name));
    } catch {
      continue;
    }
    files.set(name, decode(name, bytes));
  }
  return files;
}

/** The required files of a zip, wherever they sit in it (releases use a db_29_3_text/ folder). */
export function readZip(bytes: Uint8Array): Map<string, string> {
  const wanted = new Set(requiredFileNames);
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, { filter: (file) => wanted.has(path.posix.basename(file.name)) });
  } catch (error) {
    throw new OnetImportError(`the zip file cannot be read (${(error as Error).message})`);
  }
  const files = new Map<string, string>();
  for (const [entry, data] of Object.entries(entries)) {
    const name = path.posix.basename(entry);
    if (files.has(name)) throw new OnetImportError(`the zip holds "${name}" more than once`);
    files.set(name, decode(name, data));
  }
  return files;
}

async function download(url: string): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new OnetImportError(`cannot download ${url} (${(error as Error).message})`);
  }
  if (!response.ok) throw new OnetImportError(`downloading ${url} answered ${response.status}`);
  // Kept in a temporary file while it is read, then removed.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'careeros-onet-'));
  try {
    const file = path.join(dir, 'release.zip');
    writeFileSync(file, new Uint8Array(await response.arrayBuffer()));
    return readFileSync(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Reads a release from a zip file, a folder of .txt files, or an http(s) URL of a zip. */
export async function readSource(source: string): Promise<SourceFiles> {
  if (/^https?:\/\//i.test(source)) {
    const files = readZip(await download(source));
    checkComplete(files, 'the downloaded zip');
    return { origin: source, files };
  }
  let isFolder: boolean;
  try {
    isFolder = statSync(source).isDirectory();
  } catch {
    throw new OnetImportError(`"${source}" is neither a file, a folder nor a URL`);
  }
  const origin = path.basename(path.resolve(source));
  const files = isFolder ? readFolder(source) : readZip(readFileSync(source));
  checkComplete(files, isFolder ? 'the folder' : 'the zip');
  return { origin, files };
}
