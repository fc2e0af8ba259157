import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import type { TestProject } from 'vitest/node';
import { runSeeds } from '../modules/system/seed.service.js';
import { dumpPglite, openPglite } from '../platform/db/pglite.js';
import { openPostgres } from '../platform/db/postgres.js';
import { seedSteps } from '../seeds.js';
import { TEMPLATE_DATABASE, withDatabase } from './postgres-admin.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplatePath: string;
  }
}

/**
 * Migrates and seeds one template database per run; each test file then starts from a copy of it
 * (a PGlite dump, or `CREATE DATABASE ... TEMPLATE` on PostgreSQL), which is much faster than
 * migrating per file.
 */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'careeros-template-'));
  const embedded = await openPglite({});
  await embedded.migrate();
  await runSeeds(embedded, seedSteps());
  const dump = await dumpPglite(embedded);
  await embedded.close();
  const templatePath = path.join(dir, 'template.tar');
  writeFileSync(templatePath, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplatePath', templatePath);

  const url = process.env.DATABASE_URL;
  if (url) {
    await withDatabase(url, async (client: pg.Client) => {
      await client.query(`drop database if exists ${TEMPLATE_DATABASE} with (force)`);
      await client.query(`create database ${TEMPLATE_DATABASE}`);
    });
    const templateUrl = new URL(url);
    templateUrl.pathname = `/${TEMPLATE_DATABASE}`;
    const database = openPostgres({ url: templateUrl.href, poolSize: 2, logger: console });
    await database.migrate();
    await runSeeds(database, seedSteps());
    await database.close();
  }

  return () => rmSync(dir, { recursive: true, force: true });
}
