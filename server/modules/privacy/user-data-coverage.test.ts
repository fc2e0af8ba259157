import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import {
  foreignKeys,
  tableNames,
  userRowConditions,
  type ForeignKey,
} from './privacy-test-helpers.js';
import { tablesWithoutUserData, userDataSections } from './user-data.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('the user-data registry', () => {
  it('covers every table that holds rows of a user: exported by a section or excluded with a reason', async () => {
    const userTables = [
      ...(await userRowConditions(t.platform.database.db, crypto.randomUUID())).keys(),
    ];
    // The schema today: guards against the introspection itself finding nothing.
    expect(userTables).toEqual(
      expect.arrayContaining(['users', 'sessions', 'refresh_tokens', 'audit_log']),
    );
    const covered = new Set(userDataSections.flatMap((s) => s.tables));
    const uncovered = userTables.filter(
      (table) => !covered.has(table) && !Object.hasOwn(tablesWithoutUserData, table),
    );
    expect(uncovered, 'register these in server/modules/privacy/user-data.ts').toEqual([]);
  });

  it('deletes every row of a user with the account: foreign keys into user tables cascade', async () => {
    const db = t.platform.database.db;
    const userTables = new Set((await userRowConditions(db, crypto.randomUUID())).keys());
    const keys = (await foreignKeys(db)).filter((k) => userTables.has(k.parent));
    expect(keys.length).toBeGreaterThanOrEqual(8);
    // The audit log alone outlives the account: it is anonymised, its actor set to null. A
    // letter outlives the resume it was based on (the letter itself cascades from the user).
    const expected = (k: ForeignKey) =>
      k.child === 'audit_log' || (k.child === 'cover_letters' && k.column === 'based_on')
        ? 'n'
        : 'c';
    const wrong = keys.filter((k) => k.onDelete !== expected(k));
    expect(wrong, 'reference users with onDelete: "cascade"').toEqual([]);
  });

  it('names only real tables, each once, and gives every exclusion a reason', async () => {
    const real = new Set(await tableNames(t.platform.database.db));
    const named = [
      ...userDataSections.flatMap((s) => s.tables),
      ...Object.keys(tablesWithoutUserData),
    ];
    expect(named.filter((table) => !real.has(table))).toEqual([]);
    expect(new Set(named).size).toBe(named.length);
    for (const reason of Object.values(tablesWithoutUserData))
      expect(reason.length).toBeGreaterThan(10);
    const names = userDataSections.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
