import { OnetImportError } from './errors.js';
import { onetFiles, type OnetColumn, type OnetFileKey } from './files.js';

export interface TableRow<K extends OnetFileKey> {
  /** 1-based line in the file (the header is line 1). */
  line: number;
  get(column: OnetColumn<K>): string;
  /** The column as a number; stops the import when it is not one. */
  number(column: OnetColumn<K>): number;
}

export interface Table<K extends OnetFileKey> {
  file: string;
  rows: TableRow<K>[];
}

/**
 * Reads one tab-separated O*NET file: checks that the header has every column the importer
 * needs and that each row has as many fields as the header.
 */
export function parseTable<K extends OnetFileKey>(key: K, text: string): Table<K> {
  const { name: file, columns } = onetFiles[key];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  const header = (lines[0] ?? '').split('\t');
  const index = new Map<string, number>();
  for (const column of columns) {
    const at = header.indexOf(column);
    if (at < 0) throw new OnetImportError(`the header has no column "${column}"`, file, 1);
    index.set(column, at);
  }
  const rows: TableRow<K>[] = [];
  for (let i = 1; i < lines.length; i++) {
    const fields = (lines[i] ?? '').split('\t');
    const line = i + 1;
    if (fields.length !== header.length) {
      throw new OnetImportError(
        `expected ${header.length} tab-separated fields, found ${fields.length}`,
        file,
        line,
      );
    }
    const get = (column: OnetColumn<K>) => (fields[index.get(column) ?? -1] ?? '').trim();
    rows.push({
      line,
      get,
      number(column) {
        const raw = get(column);
        const value = Number(raw);
        if (raw === '' || !Number.isFinite(value)) {
          throw new OnetImportError(`"${column}" is not a number: "${raw}"`, file, line);
        }
        return value;
      },
    });
  }
  return { file, rows };
}
