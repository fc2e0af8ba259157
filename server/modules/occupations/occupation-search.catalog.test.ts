import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZOccupation, ZSearchOccupationsResponse } from '../../../contracts/occupations.js';
import { buildTestApp, type TestApp } from '../../test/test-app.js';

/** The explorer against the seeded starter catalog, as people will use it. */
let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

async function firstHit(q: string) {
  const res = await t.app.inject({ url: `/api/occupations?q=${encodeURIComponent(q)}` });
  expect(res.statusCode).toBe(200);
  return ZSearchOccupationsResponse.parse(res.json()).items[0];
}

describe('career explorer on the starter catalog', () => {
  it.each([
    ['sofware develper', '15-1252.00'],
    ['software engineer', '15-1252.00'],
    ['nurce', '29-1141.00'],
    ['acountant', '13-2011.00'],
    ['RN', '29-1141.00'],
    ['front end developer', '15-1254.00'],
  ])('"%s" finds %s first', async (q, code) => {
    expect((await firstHit(q))?.code).toBe(code);
  });

  it('shows a whole occupation page, with no O*NET attribution for authored content', async () => {
    const res = await t.app.inject({ url: '/api/occupations/15-1252.00' });
    expect(res.statusCode).toBe(200);
    const page = ZOccupation.parse(res.json());
    expect(page.title).toBe('Software Developers');
    expect(page.tasks.length).toBeGreaterThanOrEqual(6);
    expect(page.skills.length).toBeGreaterThanOrEqual(8);
    expect(page.related.length).toBeGreaterThanOrEqual(3);
    expect(page.attribution).toBeNull();
  });
});
