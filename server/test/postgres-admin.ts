import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const TEMPLATE_DATABASE = 'careeros_test_template';

export async function withDatabase<T>(
  url: string,
  fn: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A new database copied from the migrated template; returns its URL. */
export async function createDatabaseFromTemplate(url: string): Promise<string> {
  const name = `careeros_test_${randomBytes(6).toString('hex')}`;
  await withDatabase(url, (client) =>
    client.query(`create database ${name} template ${TEMPLATE_DATABASE}`),
  );
  const copy = new URL(url);
  copy.pathname = `/${name}`;
  return copy.href;
}

export async function dropDatabase(url: string, databaseUrl: string): Promise<void> {
  const name = new URL(databaseUrl).pathname.slice(1);
  await withDatabase(url, (client) => client.query(`drop database if exists ${name} with (force)`));
}
