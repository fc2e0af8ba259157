import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZErrorResponse } from '../../../contracts/errors.js';
import { buildTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;

beforeAll(async () => {
  t = await buildTestApp(
    { BODY_LIMIT_BYTES: '2048' },
    {
      extraRoutes: (app) => {
        app.post('/api/test/echo', async (request) => ({ received: request.body }));
        app.get('/api/test/explode', async () => {
          throw new Error('secret internal detail: /srv/careeros/db.ts line 42');
        });
      },
    },
  );
});
afterAll(() => t.close());

function errorOf(body: string) {
  return ZErrorResponse.parse(JSON.parse(body)).error;
}

describe('HTTP error contract', () => {
  it('answers invalid query input with 400 and field-level details', async () => {
    const res = await t.app.inject({ url: '/api/skills?limit=0&category=astrology' });
    expect(res.statusCode).toBe(400);
    const error = errorOf(res.body);
    expect(error.code).toBe('VALIDATION_FAILED');
    const paths = error.details?.map((d) => d.path).sort();
    expect(paths).toEqual(['querystring.category', 'querystring.limit']);
    expect(error.requestId).toBe(res.headers['x-request-id']);
  });

  it('answers invalid path parameters with 400', async () => {
    const res = await t.app.inject({ url: '/api/skills/NOT..valid' });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res.body).details?.[0]?.path).toBe('params.slug');
  });

  it('names each unknown key of a strict body as a field of its own', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: 'someone', password: 'secret', role: 'admin', credits: 5 },
    });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res.body).details).toEqual([
      { path: 'body.role', message: 'is not a field that can be set here' },
      { path: 'body.credits', message: 'is not a field that can be set here' },
    ]);
  });

  it('answers malformed JSON with 400 MALFORMED_JSON', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/test/echo',
      headers: { 'content-type': 'application/json' },
      payload: '{"name": "unterminated',
    });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res.body).code).toBe('MALFORMED_JSON');
  });

  it('answers a body over the limit with 413', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/test/echo',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ text: 'x'.repeat(4096) }),
    });
    expect(res.statusCode).toBe(413);
    expect(errorOf(res.body).code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers an unsupported content type with 415', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/test/echo',
      headers: { 'content-type': 'application/x-unknown' },
      payload: 'abc',
    });
    expect(res.statusCode).toBe(415);
    expect(errorOf(res.body).code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers unknown /api routes with a JSON 404', async () => {
    const res = await t.app.inject({
      url: '/api/does-not-exist',
      headers: { accept: 'text/html' },
    });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(errorOf(res.body).code).toBe('NOT_FOUND');
  });

  it('answers unexpected errors with a 500 that reveals nothing internal', async () => {
    const res = await t.app.inject({ url: '/api/test/explode' });
    expect(res.statusCode).toBe(500);
    const error = errorOf(res.body);
    expect(error.code).toBe('INTERNAL');
    expect(res.body).not.toContain('secret internal detail');
    expect(res.body).not.toContain('db.ts');
    expect(error.requestId).toBeTruthy();
  });

  it('keeps a sane caller request id and replaces a suspicious one', async () => {
    const kept = await t.app.inject({
      url: '/health',
      headers: { 'x-request-id': 'abc-123-def-456' },
    });
    expect(kept.headers['x-request-id']).toBe('abc-123-def-456');
    const replaced = await t.app.inject({
      url: '/health',
      headers: { 'x-request-id': 'bad id<script>' },
    });
    expect(replaced.headers['x-request-id']).not.toBe('bad id<script>');
  });
});

describe('security headers', () => {
  it('sends a Content-Security-Policy without inline scripts, and other helmet headers', async () => {
    const res = await t.app.inject({ url: '/health' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('sends CORS headers only to allowed origins', async () => {
    const other = await buildTestApp({ CORS_ORIGINS: 'https://allowed.example' });
    try {
      const allowed = await other.app.inject({
        url: '/health',
        headers: { origin: 'https://allowed.example' },
      });
      expect(allowed.headers['access-control-allow-origin']).toBe('https://allowed.example');
      const denied = await other.app.inject({
        url: '/health',
        headers: { origin: 'https://evil.example' },
      });
      expect(denied.headers['access-control-allow-origin']).toBeUndefined();
    } finally {
      await other.close();
    }
  });

  it('compresses large responses', async () => {
    const res = await t.app.inject({
      url: '/api/skills?limit=100',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
  });
});
