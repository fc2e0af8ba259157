import { eq, sql, type SQL } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import { ZAuthResponse } from '../../../contracts/auth.js';
import type { Db, DbOrTx } from '../../platform/db/index.js';
import type { App } from '../../app.js';
import { answersFor } from '../assessments/assessment-test-helpers.js';
import { bearer, registerUser } from '../auth/auth-test-helpers.js';
import { userIdentities } from '../auth/auth.tables.js';
import { multipartFile, pngImage, uploadAvatar } from '../profiles/profiles-test-helpers.js';
import { profileFiles } from '../profiles/profiles.user-data.js';
import { resumeDocx } from '../resume-imports/resume-import-test-helpers.js';
import { resumeImportFiles } from '../resume-imports/resume-imports.user-data.js';
import { seedOccupation } from '../roadmaps/roadmaps-test-helpers.js';
import { resumeVersions } from '../resumes/resumes.tables.js';
import { users } from '../users/users.tables.js';

export interface ForeignKey {
  child: string;
  column: string;
  parent: string;
  parentColumn: string;
  /** PostgreSQL's code: c = cascade, n = set null, a = no action, r = restrict, d = set default. */
  onDelete: string;
}

async function rows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  // Both drivers (PGlite, node-postgres) answer raw queries with `{ rows }`.
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

export async function foreignKeys(db: DbOrTx): Promise<ForeignKey[]> {
  return rows<ForeignKey>(
    db,
    sql`select cl.relname as child, a.attname as "column",
          pcl.relname as parent, pa.attname as "parentColumn", c.confdeltype as "onDelete"
        from pg_constraint c
        join pg_class cl on cl.oid = c.conrelid
        join pg_class pcl on pcl.oid = c.confrelid
        join pg_namespace n on n.oid = cl.relnamespace
        join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
        join pg_attribute pa on pa.attrelid = c.confrelid and pa.attnum = c.confkey[1]
        where c.contype = 'f' and n.nspname = current_schema()`,
  );
}

/** Columns that hold a user id by their name, with or without a foreign key. */
async function userIdColumns(db: DbOrTx): Promise<{ table: string; column: string }[]> {
  return rows(
    db,
    sql`select table_name as "table", column_name as "column"
        from information_schema.columns
        where table_schema = current_schema() and column_name ~ '(^|_)(user|actor|owner)_id$'`,
  );
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * For every table that holds rows of a user (through a foreign key to users, directly or through
 * another such table, or a column named like `user_id`), the condition that selects that user's
 * rows, as SQL text.
 */
export async function userRowConditions(db: DbOrTx, userId: string): Promise<Map<string, string>> {
  if (!/^[0-9a-f-]{36}$/.test(userId)) throw new Error(`not a uuid: ${userId}`);
  const keys = await foreignKeys(db);
  const direct = new Map<string, string[]>([['users', [`"id" = '${userId}'`]]]);
  for (const { table, column } of await userIdColumns(db)) {
    direct.set(table, [...(direct.get(table) ?? []), `${ident(column)}::text = '${userId}'`]);
  }
  const held = new Set(direct.keys());
  for (let grew = true; grew;) {
    grew = false;
    for (const key of keys) {
      if (held.has(key.parent) && !held.has(key.child)) {
        held.add(key.child);
        grew = true;
      }
    }
  }
  const condition = (table: string, path: readonly string[]): string => {
    const parts = [...(direct.get(table) ?? [])];
    for (const key of keys) {
      if (key.child !== table || !held.has(key.parent) || path.includes(key.parent)) continue;
      const parent = condition(key.parent, [...path, table]);
      parts.push(
        `${ident(key.column)} in (select ${ident(key.parentColumn)} from ${ident(key.parent)} where ${parent})`,
      );
    }
    return parts.map((p) => `(${p})`).join(' or ');
  };
  return new Map([...held].map((table) => [table, condition(table, [])]));
}

/** How many rows of the user each such table holds now. */
export async function userRowCounts(db: DbOrTx, userId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [table, condition] of await userRowConditions(db, userId)) {
    const [row] = await rows<{ n: number }>(
      db,
      sql.raw(`select count(*)::int as n from ${ident(table)} where ${condition}`),
    );
    counts[table] = row?.n ?? -1;
  }
  return counts;
}

/** Every table of the current schema, for checks that a registry names real tables. */
export async function tableNames(db: DbOrTx): Promise<string[]> {
  const list = await rows<{ name: string }>(
    db,
    sql`select table_name as name from information_schema.tables
        where table_schema = current_schema() and table_type = 'BASE TABLE'`,
  );
  return list.map((t) => t.name);
}

/** A fixed clock that tests move forward, so TOTP codes are known in advance. */
export function testClock(startIso = '2026-06-01T09:00:00Z') {
  let ms = Date.parse(startIso);
  return {
    now: () => new Date(ms),
    advance(byMs: number) {
      ms += byMs;
    },
  };
}

export function totpCode(secret: string, at: Date): string {
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate({
    timestamp: at.getTime(),
  });
}

async function call(
  app: App,
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  token?: string,
  payload?: object,
) {
  const res = await app.inject({
    method,
    url,
    ...(payload ? { payload } : {}),
    ...(token ? { headers: bearer(token) } : {}),
  });
  if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
  return res.json() as Record<string, unknown>;
}

/**
 * A user with a row in every table the auth module has: 2FA on (setup, enable, a login completed
 * with a backup code), two sessions, a linked provider account, the sign-up's verification email,
 * a failed login that named them and a revoked session; a profile with a photo; an uploaded
 * resume; and a skill a
 * mentor endorsed, plus an endorsement they gave.
 */
export async function userWithEverything(app: App, db: Db, clock: ReturnType<typeof testClock>) {
  const registered = await registerUser(app);
  const token = registered.accessToken;
  const { secret } = (await call(app, 'POST', '/api/auth/2fa/setup', token)) as { secret: string };
  const { backupCodes } = (await call(app, 'POST', '/api/auth/2fa/enable', token, {
    code: totpCode(secret, clock.now()),
  })) as { backupCodes: string[] };
  clock.advance(30_000);
  const login = { login: registered.input.username, transport: 'api' };
  const failed = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { ...login, password: 'not-the-password' },
  });
  if (failed.statusCode !== 401) throw new Error(`failed login: ${failed.statusCode}`);
  const { challengeToken } = (await call(app, 'POST', '/api/auth/login', undefined, {
    ...login,
    password: registered.input.password,
  })) as { challengeToken: string };
  const second = ZAuthResponse.parse(
    await call(app, 'POST', '/api/auth/2fa/verify', undefined, {
      challengeToken,
      backupCode: backupCodes[0],
      transport: 'api',
    }),
  );
  const { items } = (await call(app, 'GET', '/api/auth/sessions', token)) as {
    items: { id: string; current: boolean }[];
  };
  const other = items.find((s) => !s.current);
  if (!other) throw new Error('the second session is missing');
  const revoked = await app.inject({
    method: 'DELETE',
    url: `/api/auth/sessions/${other.id}`,
    headers: bearer(token),
  });
  if (revoked.statusCode !== 200) throw new Error(`revoke: ${revoked.statusCode}`);
  await db.insert(userIdentities).values({
    userId: registered.user.id,
    provider: 'github',
    subject: `gh-${registered.user.id}`,
    email: registered.input.email,
  });
  await call(app, 'PUT', `/api/users/${registered.user.id}`, token, { fullName: 'Ada Example' });
  await call(app, 'POST', '/api/me/goals', token, {
    title: 'Become a data analyst',
    category: 'career',
    milestones: [{ title: 'Finish a SQL course' }],
  });
  const photo = await uploadAvatar(app, registered.user.id, token, await pngImage());
  if (photo.statusCode !== 200) throw new Error(`avatar: ${photo.statusCode} ${photo.body}`);
  const resumeFile = multipartFile(await resumeDocx(), { filename: 'resume.docx' });
  const imported = await app.inject({
    method: 'POST',
    url: '/api/resume-imports',
    payload: resumeFile.payload,
    headers: { ...resumeFile.headers, ...bearer(token) },
  });
  if (imported.statusCode !== 201) throw new Error(`resume: ${imported.statusCode}`);
  const files = [
    ...(await profileFiles(db, registered.user.id)),
    ...(await resumeImportFiles(db, registered.user.id)),
  ];
  if (files.length !== 3) throw new Error('the photo or the resume was not stored');
  // Skills: one of theirs, endorsed by a mentor (evidence), and one of the mentor's they endorsed.
  const mentor = await registerUser(app);
  await db
    .update(users)
    .set({ roles: ['student', 'mentor'] })
    .where(eq(users.id, mentor.user.id));
  await call(app, 'POST', '/api/me/skills', token, { name: 'JS', proficiency: 'advanced' });
  await call(app, 'POST', '/api/me/skills', mentor.accessToken, {
    name: 'SQL',
    proficiency: 'expert',
  });
  const endorsements = (owner: string, skill: string) =>
    `/api/users/${owner}/skills/${skill}/endorsements`;
  await call(app, 'POST', endorsements(registered.user.id, 'javascript'), mentor.accessToken, {});
  await call(app, 'POST', endorsements(mentor.user.id, 'sql'), token, {});
  await call(app, 'POST', '/api/me/interest-results', token, {
    answers: answersFor({ social: 5, artistic: 4 }),
  });
  await call(app, 'PUT', '/api/me/soft-skills', token, {
    ratings: [{ skill: 'communication', currentLevel: 2, targetLevel: 4 }],
  });
  // An achievement naming a skill (its resume is generated), and a named version of that resume.
  const { effects } = (await call(app, 'POST', '/api/achievements', token, {
    type: 'internship',
    title: 'Data intern',
    startDate: '2026-01-05',
    skills: ['SQL'],
  })) as { effects: { resume: { resumeId: string } } };
  const resume = await call(app, 'GET', `/api/resumes/${effects.resume.resumeId}`, token);
  await db.insert(resumeVersions).values({
    resumeId: effects.resume.resumeId,
    number: 1,
    name: 'For Acme',
    template: 'classic',
    content: resume.content as typeof resumeVersions.$inferInsert.content,
  });
  await call(app, 'POST', '/api/cover-letters', token, { name: 'For Acme' });
  await seedOccupation(db, '99-0401.00');
  const roadmap = (await call(app, 'POST', '/api/roadmaps', token, {
    occupation: '99-0401.00',
    answers: { experience: 'some', timeline: 36, hoursPerWeek: 10, learningStyle: 'mixed' },
  })) as { id: string };
  await call(app, 'POST', `/api/roadmaps/${roadmap.id}/share`, token);
  // A webhook connection and one delivery to it (refused: it is unsigned).
  const { connection, secret: webhookSecret } = (await call(
    app,
    'POST',
    '/api/integrations/connections',
    token,
    { platform: 'generic' },
  )) as { connection: { id: string }; secret: string };
  const unsigned = await app.inject({
    method: 'POST',
    url: `/api/integrations/webhooks/generic/${connection.id}`,
    payload: {},
  });
  if (unsigned.statusCode !== 400) throw new Error(`webhook: ${unsigned.statusCode}`);
  return {
    webhookSecret,
    ...registered,
    secret,
    backupCodes,
    challengeToken,
    second,
    revokedSessionId: other.id,
    files,
  };
}
