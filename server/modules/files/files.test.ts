import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
  await t.platform.storage.put('reports/summary.txt', Buffer.from('hello from storage'), {
    contentType: 'text/plain',
  });
});
afterAll(() => t.close());

describe('signed file downloads', () => {
  it('serves a file through a signed link', async () => {
    const url = t.platform.storage.downloadUrl('reports/summary.txt', { expiresInSeconds: 60 });
    const res = await t.app.inject({ url });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe('hello from storage');
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.headers['content-disposition']).toBe('attachment; filename="summary.txt"');
  });

  it('refuses a tampered or expired link with 403', async () => {
    const url = new URL(
      t.platform.storage.downloadUrl('reports/summary.txt', { expiresInSeconds: 60 }),
      'http://x',
    );
    url.searchParams.set('expires', String(Number(url.searchParams.get('expires')) + 3600));
    const tampered = await t.app.inject({ url: `${url.pathname}${url.search}` });
    expect(tampered.statusCode).toBe(403);
    expect(tampered.json().error.code).toBe('FORBIDDEN');

    const other = t.platform.storage.downloadUrl('reports/other.txt', { expiresInSeconds: 60 });
    const sig = new URL(other, 'http://x').searchParams;
    const swapped = await t.app.inject({
      url: `/api/files/reports/summary.txt?expires=${sig.get('expires')}&sig=${sig.get('sig')}`,
    });
    expect(swapped.statusCode).toBe(403);
  });

  it('answers a missing signature with 400 and a missing file with 404', async () => {
    const unsigned = await t.app.inject({ url: '/api/files/reports/summary.txt' });
    expect(unsigned.statusCode).toBe(400);
    const paths = unsigned.json().error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['querystring.expires', 'querystring.sig']));
    const gone = await t.app.inject({
      url: t.platform.storage.downloadUrl('reports/none.txt', { expiresInSeconds: 60 }),
    });
    expect(gone.statusCode).toBe(404);
  });

  it('refuses keys that try to leave the storage folder', async () => {
    const res = await t.app.inject({
      url: '/api/files/..%2F..%2Fsecrets.json?expires=1&sig=' + 'a'.repeat(43),
    });
    expect([400, 403]).toContain(res.statusCode);
    expect(res.body).not.toContain('jwtSecret');
  });
});
