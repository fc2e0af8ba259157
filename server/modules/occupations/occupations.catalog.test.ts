import { describe, expect, it } from 'vitest';
import { riasecAreas } from '../../../contracts/occupations.js';
import { readSkillCatalog } from '../skills/skills.catalog.js';
import { catalogProblems, readOccupationCatalog } from './occupations.catalog.js';

const occupations = readOccupationCatalog();

describe('the starter occupations catalog', () => {
  it('is consistent with itself and with the skills taxonomy', () => {
    expect(catalogProblems(occupations, readSkillCatalog())).toEqual([]);
  });

  it('has at least 60 occupations over every interest area and job zone', () => {
    expect(occupations.length).toBeGreaterThanOrEqual(60);
    const topAreas = new Set(
      occupations.map((o) =>
        riasecAreas.reduce((a, b) => (o.interests[b] > o.interests[a] ? b : a)),
      ),
    );
    expect([...topAreas].sort()).toEqual([...riasecAreas].sort());
    expect(new Set(occupations.map((o) => o.jobZone))).toEqual(new Set([1, 2, 3, 4, 5]));
  });

  it('describes every foundational skill and knowledge area it uses', () => {
    const described = readSkillCatalog().filter((s) => s.onetElementIds.length > 0);
    expect(described.filter((s) => s.description.length < 40).map((s) => s.slug)).toEqual([]);
  });
});
