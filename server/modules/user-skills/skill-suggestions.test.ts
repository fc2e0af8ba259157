import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZSuggestSkillsResponse } from '../../../contracts/user-skills.js';
import { buildTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

async function suggest(q: string, limit?: number) {
  const query = new URLSearchParams({ q, ...(limit ? { limit: String(limit) } : {}) });
  const res = await t.app.inject({ url: `/api/skills/suggest?${query.toString()}` });
  expect(res.statusCode, res.body).toBe(200);
  return ZSuggestSkillsResponse.parse(res.json()).items;
}

describe('skill suggestions as you type', () => {
  it('an alias suggests the canonical skill and says which alias matched', async () => {
    const [first] = await suggest('js');
    expect(first).toEqual({
      slug: 'javascript',
      name: 'JavaScript',
      category: 'programming',
      matchedAlias: 'JS',
    });
  });

  it('a prefix of the name comes first, without an alias', async () => {
    const items = await suggest('kube');
    expect(items[0]).toMatchObject({ slug: 'kubernetes', matchedAlias: null });
  });

  it('tolerates typos', async () => {
    expect((await suggest('javscript'))[0]?.slug).toBe('javascript');
    expect((await suggest('javscrpt'))[0]?.slug).toBe('javascript');
    expect((await suggest('pyhton')).map((s) => s.slug)).toContain('python');
  });

  it('compares by the normal form, so punctuation and case do not matter', async () => {
    expect((await suggest('NODE J'))[0]?.slug).toBe('nodejs');
  });

  it('keeps to the limit and answers nothing for text that names no skill', async () => {
    expect(await suggest('a', 3)).toHaveLength(3);
    expect(await suggest('!!!')).toEqual([]);
  });

  it('refuses an empty query and a limit over 20 with field paths', async () => {
    const empty = await t.app.inject({ url: '/api/skills/suggest?q=' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.details[0].path).toBe('querystring.q');
    const big = await t.app.inject({ url: '/api/skills/suggest?q=ja&limit=21' });
    expect(big.statusCode).toBe(400);
    expect(big.json().error.details[0].path).toBe('querystring.limit');
  });
});
