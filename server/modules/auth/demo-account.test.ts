import { stat } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { bearer, registerUser, STRONG_PASSWORD } from './auth-test-helpers.js';
import { ensureDemoAccount } from './demo-account.js';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const depsOf = (app: TestApp) => ({ ...app.platform, dataDir: app.config.dataDir });

async function logIn(app: TestApp, login: string, password: string) {
  return app.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { login, password, transport: 'api' },
  });
}

describe('the demo account', () => {
  it('is made once on an empty platform, logs in with the saved password, and has a profile', async () => {
    t = await buildTestApp();
    const demo = await ensureDemoAccount(depsOf(t));
    expect(demo?.username).toBe('demo');
    const file = await stat(path.join(t.config.dataDir, 'demo-account.json'));
    expect(file.mode & 0o777).toBe(0o600);

    const login = await logIn(t, 'demo', demo?.password ?? '');
    expect(login.statusCode).toBe(200);
    const me = await t.app.inject({
      url: '/api/auth/me',
      headers: bearer(login.json().accessToken as string),
    });
    expect(me.json()).toMatchObject({ username: 'demo', emailVerified: true });
    const profile = await t.app.inject({ url: '/api/users/demo' });
    expect(profile.json()).toMatchObject({ basics: { fullName: 'Demo Learner' } });
    const token = bearer(login.json().accessToken as string);
    const records = await t.app.inject({ url: '/api/achievements', headers: token });
    expect(records.json()).toMatchObject({ total: 3 });
    const list = await t.app.inject({ url: '/api/resumes', headers: token });
    const generated = (list.json() as { items: { id: string; kind: string }[] }).items.find(
      (r) => r.kind === 'generated',
    );
    const resume = await t.app.inject({ url: `/api/resumes/${generated?.id}`, headers: token });
    const kinds = (resume.json() as { content: { sections: { kind: string }[] } }).content.sections;
    expect(kinds.map((k) => k.kind)).toEqual(['work', 'education', 'projects', 'skills']);

    // A second start finds the same account and the same password.
    expect(await ensureDemoAccount(depsOf(t))).toEqual(demo);
  });

  it('is not made when accounts exist', async () => {
    t = await buildTestApp();
    await registerUser(t.app);
    expect(await ensureDemoAccount(depsOf(t))).toBeUndefined();
    expect((await t.app.inject({ url: '/api/users/demo' })).statusCode).toBe(404);
  });

  it('is no longer announced once its password has changed', async () => {
    t = await buildTestApp();
    const demo = await ensureDemoAccount(depsOf(t));
    const login = await logIn(t, 'demo', demo?.password ?? '');
    const changed = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password/change',
      headers: bearer(login.json().accessToken as string),
      payload: { currentPassword: demo?.password, newPassword: STRONG_PASSWORD },
    });
    expect(changed.statusCode).toBe(200);
    expect(await ensureDemoAccount(depsOf(t))).toBeUndefined();
  });
});
