import { describe, expect, it } from 'vitest';
import {
  MAX_TECHNOLOGY,
  analyseGaps,
  proficiencyFor,
  type OccupationRequirement,
} from './gap-analysis.js';

const occupation = { code: '99-0001.00', title: 'Example Analysts' };

function req(
  skillId: number,
  kind: OccupationRequirement['kind'],
  importance: number | null,
  level: number | null,
  hot = false,
): OccupationRequirement {
  return {
    skillId,
    slug: `skill-${skillId}`,
    name: `Skill ${skillId}`,
    category: kind === 'knowledge' ? 'knowledge' : kind === 'technology' ? 'tool' : 'foundational',
    kind,
    importance,
    level,
    hot,
  };
}

const requirements = [
  req(1, 'skill', 4.5, 5.5), // very important, high level
  req(2, 'skill', 3.2, 3.0), // important, modest level
  req(3, 'skill', 2.1, 4.0), // not important: left out
  req(4, 'knowledge', 4.0, 4.5),
  req(5, 'technology', null, null, true),
  req(6, 'technology', null, null, false),
];

describe('gap analysis', () => {
  it('orders gaps by importance-weighted shortfall and leaves out what is not important', () => {
    const result = analyseGaps(occupation, requirements, []);
    expect(result.items.map((i) => i.skill.slug)).toEqual([
      'skill-1',
      'skill-4',
      'skill-5',
      'skill-2',
      'skill-6',
    ]);
    expect(result.items.every((i) => i.status === 'missing')).toBe(true);
    expect(result.readiness).toBe(0);
    expect(result.counts).toEqual({ missing: 5, below: 0, met: 0 });
  });

  it('counts what the user has, at the level they have it', () => {
    const result = analyseGaps(occupation, requirements, [
      { skillId: 1, proficiency: 'intermediate' },
      { skillId: 2, proficiency: 'advanced' },
      { skillId: 5, proficiency: 'expert' },
    ]);
    const bySlug = new Map(result.items.map((i) => [i.skill.slug, i]));
    expect(bySlug.get('skill-1')).toMatchObject({
      status: 'below',
      currentProficiency: 'intermediate',
      targetProficiency: 'expert',
    });
    expect(bySlug.get('skill-2')?.status).toBe('met');
    expect(bySlug.get('skill-5')?.status).toBe('met');
    // Met requirements come last, gaps keep their order.
    expect(result.items.slice(-2).map((i) => i.status)).toEqual(['met', 'met']);
    expect(result.readiness).toBeGreaterThan(0);
    expect(result.readiness).toBeLessThan(100);
    expect(result.counts).toEqual({ missing: 2, below: 1, met: 2 });
  });

  it('explains each gap from the data', () => {
    const [first] = analyseGaps(occupation, requirements, []).items;
    expect(first?.why).toContain('4.5 of 5');
    expect(first?.why).toContain('Example Analysts');
    expect(first?.why).toContain('not added it');
    const tool = analyseGaps(occupation, requirements, []).items.find((i) => i.hot);
    expect(tool?.why).toBe(
      'A technology Example Analysts job postings often ask for; working knowledge (intermediate) is expected; you have not added it yet.',
    );
  });

  it('keeps one entry per taxonomy skill, the larger need', () => {
    const result = analyseGaps(
      occupation,
      [req(7, 'skill', 3.5, 3), req(7, 'knowledge', 4.5, 5)],
      [],
    );
    expect(result.items).toHaveLength(1);
    expect(result.items[0]).toMatchObject({ kind: 'knowledge', importance: 4.5 });
  });

  it('is 100 % ready when nothing important is asked', () => {
    expect(analyseGaps(occupation, [req(3, 'skill', 2, 4)], []).readiness).toBe(100);
  });

  it('maps a level to the lowest proficiency that meets it', () => {
    expect(proficiencyFor(1)).toBe('beginner');
    expect(proficiencyFor(3.5)).toBe('intermediate');
    expect(proficiencyFor(4.2)).toBe('advanced');
    expect(proficiencyFor(7)).toBe('expert');
  });
});

describe('technology in the gaps', () => {
  it('keeps the most asked-for tools: in demand, then hot, then by name', () => {
    const tools = Array.from({ length: 30 }, (_, i) => ({
      ...req(100 + i, 'technology', null, null, i % 3 === 0),
      inDemand: i === 29,
    }));
    const result = analyseGaps(occupation, tools, []);
    expect(result.items).toHaveLength(MAX_TECHNOLOGY);
    expect(result.items[0]?.skill.slug).toBe('skill-129');
    expect(result.items.slice(1, 10).every((i) => i.hot)).toBe(true);
  });
});
