/** Why an import stopped: names the file and, when it is about one row, the line. */
export class OnetImportError extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
  ) {
    const where = file ? `${file}${line ? `, line ${line}` : ''}: ` : '';
    super(`${where}${message}`);
    this.name = 'OnetImportError';
  }
}
