import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { createLogger } from './logger.js';

const lines: Record<string, unknown>[] = [];
const sink = new Writable({
  write(chunk: Buffer, _encoding, done) {
    for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
    done();
  },
});

let t: TestApp;
beforeAll(async () => {
  const logger = createLogger({ logLevel: 'debug', logPretty: false }, sink);
  t = await buildTestApp(
    {},
    {
      logger,
      extraRoutes: (app) =>
        app.post('/api/test/log', async (request) => {
          request.log.info({ body: request.body, headers: request.headers }, 'handling');
          return { ok: true };
        }),
    },
  );
});
afterAll(() => t.close());

describe('request logs', () => {
  it('carry the request id on every line and redact secrets', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/test/log',
      headers: {
        authorization: 'Bearer very-secret-token',
        cookie: 'session=very-secret-cookie',
        'x-request-id': 'trace-log-test-1',
      },
      payload: { password: 'hunter2-secret', refreshToken: 'secret-refresh', name: 'Ada' },
    });
    expect(res.statusCode).toBe(200);
    const mine = lines.filter((l) => l.requestId === 'trace-log-test-1');
    // incoming request, the handler's line, request completed
    expect(mine.length).toBeGreaterThanOrEqual(3);
    expect(mine.map((l) => l.msg)).toContain('handling');
    const text = JSON.stringify(lines);
    for (const secret of ['very-secret-token', 'very-secret-cookie', 'hunter2', 'secret-refresh']) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('Ada');
    expect(text).toContain('[Redacted]');
  });
});
