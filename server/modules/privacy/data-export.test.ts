import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZAccountExport, type TAccountExport } from '../../../contracts/privacy.js';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { recordAudit } from '../audit/audit.service.js';
import { auditLog } from '../audit/audit.tables.js';
import { bearer, registerUser } from '../auth/auth-test-helpers.js';
import {
  backupCodes,
  emailTokens,
  loginChallenges,
  refreshTokens,
  sessions,
  userTotp,
} from '../auth/auth.tables.js';
import { integrationConnections } from '../integrations/integrations.tables.js';
import { users } from '../users/users.tables.js';
import { exportUserData } from './data-export.service.js';
import { testClock, userWithEverything } from './privacy-test-helpers.js';
import { userDataSections, type UserDataSection } from './user-data.js';

const clock = testClock();
let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({}, { now: clock.now });
});
afterAll(() => t.close());

const exportOf = (id: string, token?: string) =>
  t.app.inject({ url: `/api/users/${id}/export`, ...(token ? { headers: bearer(token) } : {}) });

describe('data export', () => {
  it('returns every section with the real records, as a dated attachment, and audits it', async () => {
    const user = await userWithEverything(t.app, t.platform.database.db, clock);
    const admin = await registerUser(t.app);
    await recordAudit(
      t.platform.database.db,
      {
        action: 'admin.user.suspend',
        actorId: admin.user.id,
        targetId: user.user.id,
        ip: '10.20.30.40',
        userAgent: 'AdminBrowser/1.0',
        details: { reason: 'a test' },
      },
      clock.now(),
    );
    const res = await exportOf(user.user.id, user.accessToken);
    expect(res.statusCode, res.body).toBe(200);
    // What the admin did is there, but not the admin's address or browser.
    expect(res.body).not.toContain('10.20.30.40');
    expect(res.body).not.toContain('AdminBrowser');
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="careeros-${user.input.username}-2026-06-01.json"`,
    );
    expect(res.headers['cache-control']).toBe('private, no-store');

    const doc: TAccountExport = ZAccountExport.parse(res.json());
    expect(doc).toMatchObject({
      format: 'careeros-account-export',
      formatVersion: 1,
      exportedAt: clock.now().toISOString(),
      user: { id: user.user.id, username: user.input.username },
    });
    // The profile photo, in both sizes, and the uploaded resume, each with a link to download it.
    expect(doc.files.map((f) => f.key).sort()).toEqual([...user.files].sort());
    expect(doc.files.map((f) => f.section).sort()).toEqual(['profile', 'profile', 'resumeImports']);
    expect(Object.keys(doc.sections)).toEqual(userDataSections.map((s) => s.name));
    const s = doc.sections;
    expect(s.profile).toMatchObject({ fullName: 'Ada Example', hasAvatar: true });
    expect(s.resumeImports).toMatchObject([{ filename: 'resume.docx', status: 'parsed' }]);
    expect(s.account).toMatchObject({
      id: user.user.id,
      username: user.input.username,
      email: user.input.email,
      hasPassword: true,
      roles: ['student'],
      status: 'active',
    });
    expect(s.sessions).toHaveLength(2);
    expect(s.sessions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: user.revokedSessionId, revokedReason: 'revoked-by-user' }),
        expect.objectContaining({ revokedAt: null, refreshTokensIssued: 1 }),
      ]),
    );
    expect(s.twoFactor).toMatchObject({
      enabled: true,
      backupCodes: { total: 10, remaining: 9 },
      loginChallenges: [expect.objectContaining({ failedAttempts: 0 })],
    });
    expect(s.oauthIdentities).toEqual([
      expect.objectContaining({ provider: 'github', email: user.input.email }),
    ]);
    expect(s.emailTokens).toEqual([
      expect.objectContaining({ purpose: 'verify-email', email: user.input.email, usedAt: null }),
    ]);
    const actions = (s.auditLog as { action: string }[]).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'auth.register',
        'auth.2fa.enable',
        'auth.login.failure',
        'auth.login.success',
        'auth.session.revoke',
        'admin.user.suspend',
      ]),
    );
    expect(s.auditLog).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'admin.user.suspend', byYou: false, ip: '' }),
        expect.objectContaining({ action: 'auth.register', byYou: true, ip: '127.0.0.1' }),
      ]),
    );

    const exported = await t.platform.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'account.exported'));
    expect(exported).toEqual([expect.objectContaining({ actorId: user.user.id })]);
  });

  it('contains no password hash, TOTP secret, token or code, nor their hashes', async () => {
    const user = await userWithEverything(t.app, t.platform.database.db, clock);
    const db = t.platform.database.db;
    const id = user.user.id;
    const [account] = await db.select().from(users).where(eq(users.id, id));
    const [totp] = await db.select().from(userTotp).where(eq(userTotp.userId, id));
    const codes = await db.select().from(backupCodes).where(eq(backupCodes.userId, id));
    const mails = await db.select().from(emailTokens).where(eq(emailTokens.userId, id));
    const challenges = await db
      .select()
      .from(loginChallenges)
      .where(eq(loginChallenges.userId, id));
    const tokens = await db
      .select({ hash: refreshTokens.tokenHash })
      .from(refreshTokens)
      .innerJoin(sessions, eq(sessions.id, refreshTokens.sessionId))
      .where(eq(sessions.userId, id));
    const secrets = [
      account?.passwordHash,
      user.input.password,
      totp?.secretSealed,
      user.secret,
      ...codes.map((c) => c.codeHash),
      ...user.backupCodes,
      ...mails.map((m) => m.tokenHash),
      ...challenges.map((c) => c.tokenHash),
      user.challengeToken,
      ...tokens.map((r) => r.hash),
      user.refreshToken,
      user.second.refreshToken,
      user.accessToken,
      user.second.accessToken,
      user.webhookSecret,
      ...(await db.select().from(integrationConnections)).map((c) => c.secretSealed),
    ];
    expect(secrets.every((secret) => typeof secret === 'string' && secret.length >= 10)).toBe(true);
    expect(tokens.length).toBeGreaterThanOrEqual(2);

    const body = (await exportOf(id, user.accessToken)).body;
    expect(body).toContain(user.input.email);
    for (const secret of secrets) expect(body).not.toContain(secret);
  });

  it('refuses someone else (403), a signed-out caller (401) and a malformed id (400)', async () => {
    const owner = await registerUser(t.app);
    const other = await registerUser(t.app);
    const foreign = await exportOf(owner.user.id, other.accessToken);
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().error.code).toBe('FORBIDDEN');
    expect(foreign.body).not.toContain(owner.input.email);
    expect((await exportOf(owner.user.id)).statusCode).toBe(401);
    const malformed = await exportOf('not-a-uuid', owner.accessToken);
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.details[0].path).toBe('params.id');
  });

  it('links to the files a section names, through signed links that download them', async () => {
    const user = await registerUser(t.app);
    const key = `test-files/${user.user.id}/notes.txt`;
    await t.platform.storage.put(key, Buffer.from('my notes'), { contentType: 'text/plain' });
    const withFiles: UserDataSection = {
      name: 'notes',
      tables: [],
      export: async () => ({ count: 1 }),
      files: async (_db, userId) => [`test-files/${userId}/notes.txt`, `test-files/${userId}/gone`],
    };
    const doc = await exportUserData(
      {
        database: t.platform.database,
        storage: t.platform.storage,
        publicUrl: t.config.publicUrl,
        now: clock.now,
        sections: [...userDataSections, withFiles],
      },
      user.user.id,
    );
    expect(doc.sections.notes).toEqual({ count: 1 });
    // A file the section names but storage no longer has is left out.
    expect(doc.files).toEqual([
      { section: 'notes', key, downloadUrl: expect.stringMatching(/^http:\/\/.+\/api\/files\//) },
    ]);
    const link = new URL(doc.files[0]?.downloadUrl ?? '');
    const download = await t.app.inject({ url: `${link.pathname}${link.search}` });
    expect(download.statusCode).toBe(200);
    expect(download.body).toBe('my notes');
  });
});

describe('data export rate limit', () => {
  let limited: TestApp;
  beforeAll(async () => {
    // A tenth of the budget: one export per hour.
    limited = await buildTestApp({ RATE_LIMIT_SCALE: '0.1' });
  });
  afterAll(() => limited.close());

  it('answers 429 once the budget is spent', async () => {
    const user = await registerUser(limited.app);
    const url = `/api/users/${user.user.id}/export`;
    const first = await limited.app.inject({ url, headers: bearer(user.accessToken) });
    expect(first.statusCode).toBe(200);
    const second = await limited.app.inject({ url, headers: bearer(user.accessToken) });
    expect(second.statusCode).toBe(429);
    expect(second.json().error.code).toBe('RATE_LIMITED');
  });
});
