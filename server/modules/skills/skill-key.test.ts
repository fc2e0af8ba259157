import { describe, expect, it } from 'vitest';
import { skillKey, skillKeys, skillSlug } from './skill-key.js';
import { readSkillCatalog } from './skills.catalog.js';

describe('skillKey', () => {
  it('treats spellings of one skill alike', () => {
    expect(new Set(['Node.js', 'node js', 'NodeJS', ' node-JS '].map(skillKey))).toEqual(
      new Set(['nodejs']),
    );
    expect(skillKey('Résumé Writing')).toBe(skillKey('resume writing'));
  });

  it('keeps the marks that tell languages apart', () => {
    const keys = ['C', 'C++', 'C#'].map(skillKey);
    expect(new Set(keys).size).toBe(3);
  });

  it('gives nothing for text that names no skill', () => {
    expect(skillKey('  ..-- !! ')).toBe('');
    expect(skillKeys({ name: '...', aliases: ['', ' '] })).toEqual([]);
  });

  it('makes URL-safe slugs', () => {
    expect(skillSlug('C++')).toBe('c-plus-plus');
    expect(skillSlug('Microsoft Excel')).toBe('microsoft-excel');
  });
});

describe('the authored taxonomy', () => {
  it('never gives two skills the same key, so every text resolves to one skill', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const skill of readSkillCatalog()) {
      for (const key of skillKeys(skill)) {
        const other = owner.get(key);
        if (other && other !== skill.slug) clashes.push(`${key}: ${other} / ${skill.slug}`);
        owner.set(key, skill.slug);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('has unique slugs and maps each O*NET element to one skill', () => {
    const catalog = readSkillCatalog();
    expect(new Set(catalog.map((s) => s.slug)).size).toBe(catalog.length);
    const elements = catalog.flatMap((s) => s.onetElementIds);
    expect(new Set(elements).size).toBe(elements.length);
  });
});
