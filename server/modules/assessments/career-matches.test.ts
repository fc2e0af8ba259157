import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/http/app-error.js';
import { interests, profile } from './assessment-test-helpers.js';
import {
  matchReason,
  pearson,
  prepareProfiles,
  rankOccupations,
  toMatch,
} from './career-matches.js';
import { createInterestProfileCache } from './interest-profile-cache.js';
import { occupationsMissingSelfMatch } from './match-quality.js';

const catalog = [
  profile('99-0001.00', [2, 7, 1.5, 2, 2, 5], 4, 'Software Developers'), // I, C, then R/S/E
  profile('99-0002.00', [6.5, 3, 1.5, 2, 2.5, 4], 2, 'Mechanics'), // R, C, I
  profile('99-0003.00', [1.5, 2, 7, 3, 4, 1.5], 3, 'Designers'), // A, E, S
  profile('99-0004.00', [1.5, 3, 2.5, 7, 3.5, 2], 4, 'Counsellors'), // S, E, I
  profile('99-0005.00', [1.5, 2, 2, 3.5, 7, 5.5], 3, 'Managers'), // E, C, S
  profile('99-0006.00', [2, 4, 1.5, 2, 3, 7], 2, 'Accountants'), // C, I, E
  profile('99-0007.00', null, 3, 'Unrated Workers'),
  profile('99-0008.00', [4, 4, 4, 4, 4, 4], 3, 'Flat Workers'),
];
const prepared = prepareProfiles(catalog);
const codes = (scores: number[], zones?: number[]) =>
  rankOccupations(
    prepared,
    interests(scores as [number, number, number, number, number, number]),
    zones,
  ).map((r) => r.profile.code);

describe('career matches', () => {
  it('computes the Pearson correlation', () => {
    expect(pearson(interests([1, 2, 3, 4, 5, 6]), interests([2, 4, 6, 8, 10, 12]))).toBeCloseTo(1);
    expect(pearson(interests([1, 2, 3, 4, 5, 6]), interests([6, 5, 4, 3, 2, 1]))).toBeCloseTo(-1);
    // Known value: r of (1..6) and (1,3,2,5,4,6) is 31/35.
    expect(pearson(interests([1, 2, 3, 4, 5, 6]), interests([1, 3, 2, 5, 4, 6]))).toBeCloseTo(
      31 / 35,
      10,
    );
    expect(pearson(interests([3, 3, 3, 3, 3, 3]), interests([1, 2, 3, 4, 5, 6]))).toBeNull();
  });

  it('ranks occupations by correlation, leaving out those without a usable profile', () => {
    // Investigative and conventional highest: the developer first, the accountant next.
    const ranked = rankOccupations(prepared, interests([5, 38, 3, 6, 8, 30]));
    expect(ranked.map((r) => r.profile.code).slice(0, 2)).toEqual(['99-0001.00', '99-0006.00']);
    expect(ranked).toHaveLength(6);
    const correlations = ranked.map((r) => r.correlation);
    expect(correlations).toEqual([...correlations].sort((a, b) => b - a));
    expect(codes([30, 2, 0, 5, 4, 20])[0]).toBe('99-0002.00');
    expect(codes([0, 4, 40, 10, 20, 0])[0]).toBe('99-0003.00');
  });

  it('filters by one or several job zones', () => {
    expect(codes([5, 38, 3, 6, 8, 30], [2])).toEqual(['99-0006.00', '99-0002.00']);
    expect(new Set(codes([5, 38, 3, 6, 8, 30], [2, 4]))).toEqual(
      new Set(['99-0001.00', '99-0002.00', '99-0004.00', '99-0006.00']),
    );
    expect(codes([5, 38, 3, 6, 8, 30], [1])).toEqual([]);
  });

  it('breaks ties by code, so the same input always gives the same order', () => {
    const twins = prepareProfiles([
      profile('99-0300.00', [1, 2, 3, 4, 5, 6]),
      profile('99-0100.00', [2, 4, 6, 8, 10, 12]), // same shape: correlation 1 with both
      profile('99-0200.00', [1, 2, 3, 4, 5, 6]),
    ]);
    const order = () =>
      rankOccupations(twins, interests([1, 2, 3, 4, 5, 6])).map((r) => r.profile.code);
    expect(order()).toEqual(['99-0100.00', '99-0200.00', '99-0300.00']);
    expect(order()).toEqual(order());
    const reversed = prepareProfiles([...catalog].reverse());
    expect(
      rankOccupations(reversed, interests([10, 12, 9, 20, 14, 3])).map((r) => r.profile.code),
    ).toEqual(codes([10, 12, 9, 20, 14, 3]));
  });

  it('explains a match by the top areas both share', () => {
    expect(
      matchReason(
        'Software Developers',
        ['investigative', 'conventional', 'realistic'],
        ['investigative', 'conventional', 'enterprising'],
      ),
    ).toEqual({
      sharedAreas: ['investigative', 'conventional'],
      reason: 'Like you, Software Developers rank Investigative and Conventional highest.',
    });
    expect(
      matchReason(
        'Designers',
        ['social', 'artistic', 'realistic'],
        ['artistic', 'enterprising', 'social'],
      ).reason,
    ).toBe('Like you, Designers rank Social and Artistic highest.');
    expect(
      matchReason(
        'Mechanics',
        ['artistic', 'social', 'enterprising'],
        ['realistic', 'conventional', 'investigative'],
      ).reason,
    ).toBe(
      'Mechanics rank Realistic, Conventional and Investigative highest, none of them among your top three.',
    );
    const [top] = rankOccupations(prepared, interests([5, 38, 3, 6, 8, 30]));
    if (!top) throw new Error('no match');
    const match = toMatch(top, ['investigative', 'conventional', 'enterprising']);
    expect(match.fit.correlation).toBeGreaterThan(0.9);
    expect(match.fit.percent).toBeGreaterThan(95);
    expect(match.reason).toContain('Software Developers rank Investigative and Conventional');
  });

  it('refuses a flat profile with a 422 that says what to do', () => {
    try {
      rankOccupations(prepared, interests([20, 20, 20, 20, 20, 20]));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).status).toBe(422);
      expect((error as AppError).message).toContain('rate some activities higher than others');
    }
  });
});

describe('match quality', () => {
  it('finds every occupation in its own top matches on a well-spread set', () => {
    expect(occupationsMissingSelfMatch(catalog)).toEqual([]);
  });

  it('reports occupations crowded out of their own top matches', () => {
    // Eleven occupations with the same shape: the one with the highest code ranks itself 11th.
    const crowd = Array.from({ length: 11 }, (_, i) =>
      profile(`99-1${String(i).padStart(3, '0')}.00`, [1, 2, 3, 4, 5, 6 + i * 0]),
    );
    expect(occupationsMissingSelfMatch([...catalog, ...crowd])).toEqual([
      { code: '99-1010.00', title: 'Occupation 99-1010.00', rank: 11 },
    ]);
    expect(occupationsMissingSelfMatch(crowd, 11)).toEqual([]);
  });
});

describe('interest profile cache', () => {
  it('loads once, serves from memory and reloads when older than a minute', async () => {
    let clock = 0;
    let loads = 0;
    const rows = [profile('99-0001.00', [1, 7, 1, 1, 1, 5])];
    // A stand-in for the database: readInterestProfiles runs one select chain.
    const chain = {
      select: () => chain,
      from: () => chain,
      orderBy: async () => {
        loads += 1;
        return rows;
      },
    };
    const cache = createInterestProfileCache(chain as never, { now: () => clock });
    const [a, b] = await Promise.all([cache.get(), cache.get()]);
    expect(loads).toBe(1);
    expect(a).toBe(b);
    clock = 30_000;
    await cache.get();
    expect(loads).toBe(1);
    clock = 61_000;
    rows.push(profile('99-0002.00', [7, 1, 1, 1, 1, 5]));
    expect(await cache.get()).toHaveLength(1); // the stale copy while the reload runs
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(loads).toBe(2);
    expect(await cache.get()).toHaveLength(2);
  });
});
