import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TListAchievementsResponse } from '../../../contracts/achievements.js';
import type {
  TConnectionWithSecret,
  TDeliveryStatus,
  TIntegrationStatsResponse,
  TWebhookDeliveryDetail,
} from '../../../contracts/integrations.js';
import { ZResume } from '../../../contracts/resumes.js';
import type { TUserSkillsResponse } from '../../../contracts/user-skills.js';
import { PermanentJobError } from '../../platform/jobs/index.js';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { bearer, registerUser } from '../auth/auth-test-helpers.js';
import {
  achievementSink,
  type AchievementSinkRequest,
  type ApplyAchievement,
} from './achievement-sink.js';
import { pruneDeliveries, sweepStuckDeliveries } from './delivery-sweep.js';
import { webhookDeliveries } from './integrations.tables.js';
import { genericSignature, githubSignature } from './signatures.js';

// The real sink, wrapped to record each call or to fail as told: a transient failure of the
// achievements write (the retries, a dead delivery) cannot be provoked from outside on demand.
const calls: { userId: string; request: AchievementSinkRequest }[] = [];
let failures: { times: number; error: () => Error } = { times: 0, error: () => new Error() };
let realSink: ApplyAchievement;
const recordingSink: ApplyAchievement = async (tx, userId, request) => {
  if (failures.times > 0) {
    failures.times--;
    throw failures.error();
  }
  calls.push({ userId, request });
  return realSink(tx, userId, request);
};

let t: TestApp;
let token: string;
let userId: string;
let github: TConnectionWithSecret;
let generic: TConnectionWithSecret;

const api = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: bearer(token), ...(payload ? { payload } : {}) });

async function connect(body: object): Promise<TConnectionWithSecret> {
  const res = await api('POST', '/api/integrations/connections', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const release = (tag: string, repo = 'octo-org/hello-world') => ({
  action: 'published',
  release: {
    tag_name: tag,
    name: null,
    body: 'First line\nSecond line',
    html_url: `https://github.com/${repo}/releases/tag/${tag}`,
    published_at: '2026-11-30T18:04:05Z',
  },
  repository: {
    name: repo.split('/')[1],
    full_name: repo,
    html_url: `https://github.com/${repo}`,
    language: 'TypeScript',
    owner: { login: repo.split('/')[0] },
  },
});

function sendGitHub(
  payload: object,
  opts: { event?: string; delivery?: string; secret?: string; signature?: string } = {},
) {
  const body = JSON.stringify(payload);
  return t.app.inject({
    method: 'POST',
    url: `/api/integrations/webhooks/github/${github.connection.id}`,
    headers: {
      'content-type': 'application/json',
      'x-github-event': opts.event ?? 'release',
      'x-github-delivery': opts.delivery ?? randomUUID(),
      'x-hub-signature-256': opts.signature ?? githubSignature(opts.secret ?? github.secret, body),
    },
    payload: body,
  });
}

const course = (id: string) => ({
  event: 'course.completed',
  occurredAt: '2026-11-28T15:30:00Z',
  issuer: { name: 'Open Learning' },
  item: { id, title: 'Intro to SQL', skills: ['SQL'] },
});

function sendGeneric(
  payload: unknown,
  opts: { timestamp?: number; connectionId?: string; delivery?: string } = {},
) {
  const body = Buffer.from(JSON.stringify(payload));
  const timestamp = String(opts.timestamp ?? Math.floor(Date.now() / 1000));
  return t.app.inject({
    method: 'POST',
    url: `/api/integrations/webhooks/generic/${opts.connectionId ?? generic.connection.id}`,
    headers: {
      'content-type': 'application/json',
      'x-careeros-delivery': opts.delivery ?? randomUUID(),
      'x-careeros-timestamp': timestamp,
      'x-careeros-signature': genericSignature(generic.secret, timestamp, body),
    },
    payload: body,
  });
}

const delivery = async (id: string): Promise<TWebhookDeliveryDetail> =>
  (await api('GET', `/api/integrations/deliveries/${id}`)).json();

/** Waits for the processing job to leave the delivery in a final state. */
const settled = (id: string) =>
  vi.waitFor(
    async () => {
      const found = await delivery(id);
      expect(['processed', 'ignored', 'dead']).toContain(found.status);
      return found;
    },
    { timeout: 10_000, interval: 20 },
  );

async function rejectedCount(): Promise<number> {
  const res = await api('GET', '/api/integrations/deliveries?status=rejected&limit=100');
  return res.json().total as number;
}

beforeAll(async () => {
  t = await buildTestApp(
    {},
    {
      startJobs: true,
      overrides: {
        // The sweep runs when a test calls it, not on a timer.
        integrations: {
          applyAchievement: recordingSink,
          job: { attempts: 3, backoffMs: 5 },
          sweepEveryMs: 0,
        },
      },
    },
  );
  realSink = achievementSink({ events: t.platform.events, now: t.platform.now });
  const user = await registerUser(t.app);
  token = user.accessToken;
  userId = user.user.id;
  github = await connect({ platform: 'github', repositories: ['octo-org/hello-world'] });
  generic = await connect({ platform: 'generic', label: 'Open Learning' });
});
afterAll(() => t.close());
beforeEach(() => {
  calls.length = 0;
  failures = { times: 0, error: () => new Error() };
});

describe('GitHub deliveries', () => {
  it('a signed release is accepted, processed once into a project, and a repeat is a duplicate', async () => {
    const id = randomUUID();
    const first = await sendGitHub(release('v1.0.0'), { delivery: id });
    expect(first.statusCode, first.body).toBe(202);
    expect(first.json()).toMatchObject({ status: 'received', duplicate: false });
    const done = await settled(first.json().id);
    expect(done).toMatchObject({ status: 'processed', attempts: 1, eventType: 'release' });
    expect(done.result).toMatchObject({
      externalRef: 'github:octo-org/hello-world/releases/v1.0.0',
    });
    expect(calls).toEqual([
      {
        userId,
        request: expect.objectContaining({
          externalRef: 'github:octo-org/hello-world/releases/v1.0.0',
          input: expect.objectContaining({
            type: 'project',
            title: 'octo-org/hello-world v1.0.0',
            highlights: ['First line', 'Second line'],
          }),
        }),
      },
    ]);

    const again = await sendGitHub(release('v1.0.0'), { delivery: id });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ id: first.json().id, status: 'processed', duplicate: true });
    expect(calls).toHaveLength(1);
  });

  it('answers a ping at once and ignores repositories outside the accepted list', async () => {
    const ping = await sendGitHub({ zen: 'Keep it simple.', hook_id: 1 }, { event: 'ping' });
    expect(ping.statusCode).toBe(200);
    expect(ping.json()).toMatchObject({ status: 'processed' });
    const other = await sendGitHub(release('v9', 'octo-org/elsewhere'));
    expect(other.statusCode).toBe(202);
    expect((await settled(other.json().id)).status).toBe('ignored');
    expect(calls).toEqual([]);
  });

  it('refuses a bad signature or missing headers with a logged rejection, nothing processed', async () => {
    const before = await rejectedCount();
    const forged = await sendGitHub(release('v2'), { signature: `sha256=${'0'.repeat(64)}` });
    expect(forged.statusCode).toBe(401);
    const missing = await t.app.inject({
      method: 'POST',
      url: `/api/integrations/webhooks/github/${github.connection.id}`,
      headers: { 'content-type': 'application/json' },
      payload: '{}',
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details).toEqual(
      expect.arrayContaining([{ path: 'headers.x-hub-signature-256', message: 'is required' }]),
    );
    expect(await rejectedCount()).toBe(before + 2);
    expect(calls).toEqual([]);
  });

  it('after rotation the old secret is refused and the new one accepted', async () => {
    const old = github.secret;
    const res = await api(
      'POST',
      `/api/integrations/connections/${github.connection.id}/rotate-secret`,
    );
    expect(res.statusCode).toBe(200);
    github = res.json();
    expect(github.secret).not.toBe(old);
    expect(github.connection.rotatedAt).not.toBeNull();
    expect((await sendGitHub(release('v3'), { secret: old })).statusCode).toBe(401);
    const accepted = await sendGitHub(release('v3'));
    expect(accepted.statusCode).toBe(202);
    // Processed before the next test, whose sink must see no calls (a queue runs it later).
    expect(await settled(accepted.json().id)).toMatchObject({ status: 'processed' });
  });
});

describe('generic deliveries', () => {
  it('refuses stale and future timestamps, malformed bodies and unknown connections', async () => {
    const before = await rejectedCount();
    // Whole seconds rounded away from the window, read just before each request: a second
    // rounded the other way, plus a slow first request, once let "now + 301" land inside it.
    const stale = Math.floor(Date.now() / 1000) - 301;
    expect((await sendGeneric(course('a'), { timestamp: stale })).statusCode).toBe(401);
    const future = Math.ceil(Date.now() / 1000) + 301;
    expect((await sendGeneric(course('a'), { timestamp: future })).statusCode).toBe(401);
    const bad = await sendGeneric({ ...course('a'), event: 'course.started' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toEqual([expect.objectContaining({ path: 'body.event' })]);
    const unknown = await sendGeneric(course('a'), { connectionId: randomUUID() });
    expect(unknown.statusCode).toBe(404);
    // The unknown connection's rejection is logged too, but belongs to no user.
    expect(await rejectedCount()).toBe(before + 3);
    expect(calls).toEqual([]);
  });

  it('retries a failing write with backoff until it works', async () => {
    failures = { times: 2, error: () => new Error('database busy') };
    const res = await sendGeneric(course('retried'));
    expect(res.statusCode).toBe(202);
    const done = await settled(res.json().id);
    expect(done).toMatchObject({ status: 'processed', attempts: 3, error: null });
    expect(calls).toEqual([
      expect.objectContaining({
        request: expect.objectContaining({
          input: expect.objectContaining({ type: 'course', organization: 'Open Learning' }),
          verification: expect.objectContaining({ state: 'verified', verifiedBy: 'Open Learning' }),
        }),
      }),
    ]);
  });

  it('is dead after the last attempt, or at once for a permanent error; a retry revives it', async () => {
    failures = { times: 3, error: () => new Error('still down') };
    const exhausted = await settled((await sendGeneric(course('exhausted'))).json().id);
    expect(exhausted).toMatchObject({ status: 'dead', attempts: 3, error: 'still down' });

    failures = { times: 1, error: () => new PermanentJobError('never') };
    const permanent = await settled((await sendGeneric(course('permanent'))).json().id);
    expect(permanent).toMatchObject({ status: 'dead', attempts: 1, error: 'never' });
    expect(calls).toEqual([]);

    const retry = await api('POST', `/api/integrations/deliveries/${permanent.id}/retry`);
    expect(retry.statusCode).toBe(202);
    expect(await settled(permanent.id)).toMatchObject({ status: 'processed', attempts: 2 });
    expect(calls).toHaveLength(1);
    const twice = await api('POST', `/api/integrations/deliveries/${permanent.id}/retry`);
    expect(twice.statusCode).toBe(409);
  });
});

describe('through the achievements module', () => {
  const achievement = async (externalRefTitle: string) => {
    const res = await api('GET', '/api/achievements?limit=100');
    expect(res.statusCode).toBe(200);
    return (res.json() as TListAchievementsResponse).items.filter(
      (a) => a.title === externalRefTitle,
    );
  };

  it('a release becomes a project with its skill and on the resume; merged PRs add to one record', async () => {
    const repo = 'octo-org/hello-world';
    const rel = await sendGitHub(release('v4.0.0'));
    const processed = await settled(rel.json().id);
    expect(processed).toMatchObject({ status: 'processed', result: { created: true } });
    const [project] = await achievement(`${repo} v4.0.0`);
    expect(project).toMatchObject({ type: 'project', origin: 'integration' });
    expect(project?.skills.map((s) => s.name)).toEqual(['TypeScript']);
    const skills = await api('GET', `/api/users/${userId}/skills?limit=100`);
    const names = (skills.json() as TUserSkillsResponse).items.map((s) => s.skill.name);
    expect(names).toContain('TypeScript');
    const resumes = await api('GET', '/api/resumes');
    const resumeId = (resumes.json() as { items: { id: string }[] }).items[0]?.id;
    const resume = ZResume.parse((await api('GET', `/api/resumes/${resumeId}`)).json());
    const projects = resume.content.sections.find((s) => s.kind === 'projects');
    expect(projects?.items.map((i) => i.sourceId)).toContain(project?.id);

    const merge = (n: number, mergedAt: string) => ({
      action: 'closed',
      number: n,
      pull_request: {
        title: `Change ${n}`,
        html_url: `https://github.com/${repo}/pull/${n}`,
        merged: true,
        merged_at: mergedAt,
      },
      repository: { ...release('x').repository, language: 'Klingon Script' },
    });
    for (const [n, at] of [
      [7, '2026-11-20T10:00:00Z'],
      [8, '2026-11-25T10:00:00Z'],
    ] as const) {
      const pr = await sendGitHub(merge(n, at), { event: 'pull_request' });
      expect(await settled(pr.json().id)).toMatchObject({
        status: 'processed',
        // An unknown language is left off and said so; the record still lands.
        result: { created: n === 7, droppedSkills: ['Klingon Script'] },
      });
    }
    const records = await achievement(repo);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      highlights: ['Merged PR #7: Change 7', 'Merged PR #8: Change 8'],
      startDate: '2026-11-20',
      endDate: '2026-11-25',
    });
  });

  it('a generic certificate is a certification verified by its issuer', async () => {
    const res = await sendGeneric({
      event: 'certificate.earned',
      occurredAt: '2026-11-29T09:00:00Z',
      issuer: { name: 'Cloud Academy' },
      item: { id: 'cert-1', title: 'Cloud Practitioner', skills: ['SQL'] },
    });
    expect(await settled(res.json().id)).toMatchObject({ status: 'processed' });
    const [cert] = await achievement('Cloud Practitioner');
    expect(cert).toMatchObject({
      type: 'certification',
      organization: 'Cloud Academy',
      verification: { state: 'verified', verifiedBy: 'Cloud Academy' },
    });
  });
});

describe('settings', () => {
  it('counts deliveries per platform', async () => {
    const res = await api('GET', '/api/integrations/stats');
    expect(res.statusCode).toBe(200);
    const stats: TIntegrationStatsResponse = res.json();
    const byPlatform = Object.fromEntries(stats.platforms.map((p) => [p.platform, p]));
    const list = async (status: TDeliveryStatus) =>
      (await api('GET', `/api/integrations/deliveries?status=${status}`)).json().total as number;
    for (const platform of stats.platforms) {
      const sum = platform.processed + platform.ignored + platform.failed + platform.dead;
      expect(platform.received).toBeGreaterThanOrEqual(sum + platform.rejected);
    }
    expect(byPlatform.github).toMatchObject({ ignored: 1, rejected: 3 });
    expect(byPlatform.generic).toMatchObject({ processed: 3, dead: 1, rejected: 3 });
    expect(byPlatform.github?.processed).toBeGreaterThanOrEqual(2);
    expect(byPlatform.generic?.p50ProcessingMs).toBeGreaterThanOrEqual(0);
    expect(await list('dead')).toBe(1);
  });

  it('refuses repositories on a generic connection and stops deliveries when disabled', async () => {
    const refused = await api('PATCH', `/api/integrations/connections/${generic.connection.id}`, {
      repositories: ['a/b'],
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details).toEqual([
      expect.objectContaining({ path: 'body.repositories' }),
    ]);
    const off = await api('PATCH', `/api/integrations/connections/${generic.connection.id}`, {
      enabled: false,
    });
    expect(off.json()).toMatchObject({ enabled: false });
    expect((await sendGeneric(course('off'))).statusCode).toBe(403);
  });
});

describe('deliveries whose job was lost', () => {
  it('are queued again by the sweep, once they have waited past the grace time', async () => {
    const on = await api('PATCH', `/api/integrations/connections/${generic.connection.id}`, {
      enabled: true,
    });
    expect(on.statusCode, on.body).toBe(200);
    // Logged, but the job never queued (or lost with a restart of the in-process queue).
    const logged = (minutesAgo: number, item: string) => ({
      connectionId: generic.connection.id,
      userId,
      platform: 'generic',
      deliveryId: randomUUID(),
      eventType: 'course.completed',
      payload: course(item),
      status: 'received',
      receivedAt: new Date(Date.now() - minutesAgo * 60_000),
    });
    const [old, fresh] = await t.platform.database.db
      .insert(webhookDeliveries)
      .values([logged(3, 'lost-course'), logged(0, 'just-now')])
      .returning({ id: webhookDeliveries.id });
    expect(await sweepStuckDeliveries(t.platform)).toBe(1);
    const done = await settled(old?.id ?? '');
    expect(done).toMatchObject({ status: 'processed', attempts: 1 });
    expect(calls.map((c) => c.request.externalRef)).toEqual([
      expect.stringContaining('lost-course'),
    ]);
    expect((await delivery(fresh?.id ?? '')).status).toBe('received');
    // Swept again, the processed one is left alone.
    expect(await sweepStuckDeliveries(t.platform)).toBe(0);
    await t.platform.database.db
      .delete(webhookDeliveries)
      .where(eq(webhookDeliveries.id, fresh?.id ?? ''));
  });

  it('past the retention, finished deliveries are deleted and waiting ones kept', async () => {
    const DAY = 24 * 60 * 60_000;
    const row = (status: string, daysAgo: number) => ({
      connectionId: generic.connection.id,
      userId,
      platform: 'generic',
      deliveryId: randomUUID(),
      eventType: 'course.completed',
      payload: course(`${status}-${daysAgo}`),
      status,
      receivedAt: new Date(Date.now() - daysAgo * DAY),
    });
    const inserted = await t.platform.database.db
      .insert(webhookDeliveries)
      .values([row('processed', 100), row('dead', 100), row('failed', 100), row('processed', 1)])
      .returning({ id: webhookDeliveries.id, status: webhookDeliveries.status });
    expect(await pruneDeliveries(t.platform, 90 * DAY)).toBe(2);
    const left = await t.platform.database.db
      .select({ id: webhookDeliveries.id })
      .from(webhookDeliveries)
      .where(
        inArray(
          webhookDeliveries.id,
          inserted.map((r) => r.id),
        ),
      );
    expect(left.map((r) => r.id).sort()).toEqual([inserted[2]?.id, inserted[3]?.id].sort());
    await t.platform.database.db.delete(webhookDeliveries).where(
      inArray(
        webhookDeliveries.id,
        left.map((r) => r.id),
      ),
    );
  });
});
