import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZReadyResponse, ZSystemInfoResponse } from '../../../contracts/system.js';
import { buildTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('probes and system info', () => {
  it('/health says the process is alive', async () => {
    const res = await t.app.inject({ url: '/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok' });
  });

  it('/ready checks database and cache', async () => {
    const res = await t.app.inject({ url: '/ready' });
    expect(res.statusCode).toBe(200);
    const body = ZReadyResponse.parse(res.json());
    expect(body.checks.database.ok).toBe(true);
    expect(body.checks.cache).toMatchObject({
      ok: true,
      backend: process.env.REDIS_URL ? 'redis' : 'memory',
    });
  });

  it('/api/system/info reports the mode the instance runs in', async () => {
    const info = ZSystemInfoResponse.parse(
      (await t.app.inject({ url: '/api/system/info' })).json(),
    );
    expect(info.mode.database).toBe(process.env.DATABASE_URL ? 'postgres' : 'embedded');
    expect(info.mode.cache).toBe(process.env.REDIS_URL ? 'redis' : 'memory');
    expect(info.mode.jobs).toBe(process.env.REDIS_URL ? 'bullmq' : 'in-process');
    expect(info.mode.mail).toBe('outbox');
  });

  it('/metrics exposes request counts, latency by route, event-loop lag and the pool', async () => {
    await t.app.inject({ url: '/api/skills?limit=1' });
    await t.app.inject({ url: '/api/skills/no-such-skill' });
    const res = await t.app.inject({ url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(
      /http_requests_total\{method="GET",route="\/api\/skills",status="200"\} \d+/,
    );
    expect(res.body).toMatch(
      /http_requests_total\{method="GET",route="\/api\/skills\/:slug",status="404"\} 1/,
    );
    expect(res.body).toContain(
      'http_request_duration_seconds_bucket{le="0.005",method="GET",route="/api/skills"',
    );
    expect(res.body).toContain('nodejs_eventloop_lag_seconds');
    expect(res.body).toMatch(/db_pool_connections_total \d+/);
  });

  it('serves OpenAPI generated from the zod schemas at /api/docs', async () => {
    const res = await t.app.inject({ url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json() as {
      openapi: string;
      paths: Record<string, { get?: { parameters?: { name: string }[] } }>;
    };
    expect(doc.openapi).toMatch(/^3\./);
    const params = doc.paths['/api/skills']?.get?.parameters?.map((p) => p.name);
    expect(params).toEqual(expect.arrayContaining(['q', 'category', 'limit', 'offset']));
    expect(doc.paths['/api/skills/{slug}']).toBeDefined();
    const ui = await t.app.inject({ url: '/api/docs/' });
    expect(ui.statusCode).toBe(200);
    expect(ui.body).toContain('swagger');
  });
});
