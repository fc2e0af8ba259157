import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZListSkillsResponse, ZSkill } from '../../../contracts/skills.js';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { readSkillCatalog } from './skills.catalog.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

async function list(query: string) {
  const res = await t.app.inject({ url: `/api/skills?${query}` });
  expect(res.statusCode).toBe(200);
  return ZListSkillsResponse.parse(res.json());
}

describe('skills catalog', () => {
  it('lists the whole starter catalog in pages', async () => {
    const catalog = readSkillCatalog();
    const first = await list('limit=10');
    expect(first.total).toBe(catalog.length);
    expect(first.items).toHaveLength(10);
    const second = await list('limit=10&offset=10');
    expect(second.items[0]?.slug).not.toBe(first.items[0]?.slug);
    const names = first.items.map((s) => s.name.toLowerCase());
    expect(names).toEqual([...names].sort());
  });

  it('finds a skill by alias, exact matches first', async () => {
    const found = await list('q=js');
    expect(found.items[0]?.slug).toBe('javascript');
    const k8s = await list('q=K8S');
    expect(k8s.items.map((s) => s.slug)).toContain('kubernetes');
  });

  it('treats LIKE wildcards in the query as plain text', async () => {
    const found = await list('q=%25');
    expect(found.total).toBe(0);
  });

  it('filters by category', async () => {
    const soft = await list('category=soft&limit=100');
    expect(soft.total).toBeGreaterThan(0);
    expect(soft.items.every((s) => s.category === 'soft')).toBe(true);
  });

  it('returns one skill and a 404 for an unknown one', async () => {
    const res = await t.app.inject({ url: '/api/skills/python' });
    expect(res.statusCode).toBe(200);
    expect(ZSkill.parse(res.json()).name).toBe('Python');
    const missing = await t.app.inject({ url: '/api/skills/no-such-skill' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('NOT_FOUND');
  });

  it('never returns more than the maximum page size', async () => {
    const res = await t.app.inject({ url: '/api/skills?limit=1000' });
    expect(res.statusCode).toBe(400);
  });
});
