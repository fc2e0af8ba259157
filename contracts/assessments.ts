import { z } from 'zod';
import {
  ZJobZone,
  ZOccupationCode,
  ZRiasecArea,
  riasecAreas,
  type TRiasecArea,
} from './occupations.js';
import { ZPage, ZPageQuery } from './pagination.js';

export const INTEREST_ITEM_COUNT = 60;
export const ITEMS_PER_AREA = 10;
/** An area score is the sum of (rating - 1) over its ten items. */
export const MAX_AREA_SCORE = ITEMS_PER_AREA * 4;

export const ZInterestItem = z.object({
  id: z.string().regex(/^[riasec]\d{2}$/),
  area: ZRiasecArea,
  text: z.string().min(8).max(100),
});
export type TInterestItem = z.infer<typeof ZInterestItem>;

/** data/catalog/interest-items.json, and what GET /api/assessments/interest/items answers. */
export const ZInterestItems = z.object({
  /** Labels for ratings 1 to 5. */
  scale: z.array(z.string()).length(5),
  items: z.array(ZInterestItem).length(INTEREST_ITEM_COUNT),
});
export type TInterestItems = z.infer<typeof ZInterestItems>;

export const ZRating = z.number().int().min(1).max(5);

export const ZInterestAnswer = z.strictObject({ item: z.string().min(1).max(10), rating: ZRating });
export type TInterestAnswer = z.infer<typeof ZInterestAnswer>;

export const ZSubmitInterestAnswers = z.strictObject({
  answers: z
    .array(ZInterestAnswer)
    .length(INTEREST_ITEM_COUNT, `exactly ${INTEREST_ITEM_COUNT} answers, one per item`),
});
export type TSubmitInterestAnswers = z.infer<typeof ZSubmitInterestAnswers>;

const areaNumbers = (schema: () => z.ZodNumber) =>
  z.object(
    Object.fromEntries(riasecAreas.map((area) => [area, schema()])) as Record<
      TRiasecArea,
      z.ZodNumber
    >,
  );

/** Six area scores, each 0-40. */
export const ZInterestScores = areaNumbers(() => z.number().min(0).max(MAX_AREA_SCORE));
export type TInterestScores = z.infer<typeof ZInterestScores>;

export const ZInterestResultSummary = z.object({
  id: z.uuid(),
  createdAt: z.string(),
  scores: ZInterestScores,
  /** The three highest areas, highest first (ties in RIASEC order). */
  topAreas: z.array(ZRiasecArea),
  /** Their letters, e.g. "ISC". */
  interestCode: z.string(),
});
export type TInterestResultSummary = z.infer<typeof ZInterestResultSummary>;

export const ZInterestResult = ZInterestResultSummary.extend({
  /** Rating (1-5) by item id. */
  answers: z.record(z.string(), ZRating),
});
export type TInterestResult = z.infer<typeof ZInterestResult>;

export const ZInterestResultParams = z.object({ id: z.uuid() });
export const ZListInterestResultsRequest = ZPageQuery;
export const ZListInterestResultsResponse = ZPage(ZInterestResultSummary);
export type TListInterestResultsResponse = z.infer<typeof ZListInterestResultsResponse>;

export const ZCompareInterestResultsRequest = z.object({
  with: z.uuid().describe('The other result, usually the earlier one'),
});
export const ZInterestComparison = z.object({
  /** The earlier of the two. */
  before: ZInterestResultSummary,
  after: ZInterestResultSummary,
  /** after - before, per area. */
  differences: areaNumbers(() => z.number()),
  topAreasChanged: z.boolean(),
  /** In words, e.g. "Artistic moved into your top three; Social left it." */
  summary: z.string(),
});
export type TInterestComparison = z.infer<typeof ZInterestComparison>;

/** "2" or "2,3": one or several job zones. */
export const ZJobZoneFilter = z
  .string()
  .trim()
  .regex(/^[1-5](,[1-5])*$/, 'one or more job zones 1-5, separated by commas')
  .transform((value) => [...new Set(value.split(',').map(Number))].sort());

export const ZCareerMatchesQuery = ZPageQuery.extend({
  jobZone: ZJobZoneFilter.optional(),
});

/** GET /api/me/career-matches: the latest result, or the one named. */
export const ZMyCareerMatchesRequest = ZCareerMatchesQuery.extend({
  result: z.uuid().optional(),
});
export type TMyCareerMatchesRequest = z.infer<typeof ZMyCareerMatchesRequest>;

/** GET /api/career-matches: a profile given in the query string, no account needed. */
export const ZProfileCareerMatchesRequest = ZCareerMatchesQuery.extend(
  Object.fromEntries(
    riasecAreas.map((area) => [area, z.coerce.number().min(0).max(MAX_AREA_SCORE)]),
  ) as Record<TRiasecArea, z.ZodCoercedNumber>,
);
export type TProfileCareerMatchesRequest = z.infer<typeof ZProfileCareerMatchesRequest>;

export const ZCareerMatch = z.object({
  code: ZOccupationCode,
  title: z.string(),
  jobZone: ZJobZone.nullable(),
  /** The occupation's top areas, highest first. */
  topAreas: z.array(ZRiasecArea),
  fit: z.object({
    /** Pearson correlation between the two profiles, -1 to 1. */
    correlation: z.number(),
    /** The same on a 0-100 scale. */
    percent: z.number().int().min(0).max(100),
  }),
  /** Top areas the user and the occupation share. */
  sharedAreas: z.array(ZRiasecArea),
  reason: z.string(),
});
export type TCareerMatch = z.infer<typeof ZCareerMatch>;

export const ZCareerMatchesResponse = ZPage(ZCareerMatch).extend({
  profile: ZInterestScores,
  topAreas: z.array(ZRiasecArea),
  /** The result the matches were computed for (own matches only). */
  resultId: z.uuid().nullable(),
});
export type TCareerMatchesResponse = z.infer<typeof ZCareerMatchesResponse>;

/** Soft-skill self-assessment levels, 1 to 5. */
export const softSkillLevels = [1, 2, 3, 4, 5] as const;
export const softSkillLevelLabels: Readonly<Record<number, string>> = {
  1: 'Beginning',
  2: 'Developing',
  3: 'Capable',
  4: 'Strong',
  5: 'Exceptional',
};
export const ZSoftSkillLevel = z.number().int().min(1).max(5);

export const ZSoftSkillRating = z.object({
  skill: z.object({ slug: z.string(), name: z.string(), description: z.string() }),
  currentLevel: ZSoftSkillLevel.nullable(),
  targetLevel: ZSoftSkillLevel.nullable(),
  updatedAt: z.string().nullable(),
});
export type TSoftSkillRating = z.infer<typeof ZSoftSkillRating>;

export const ZListSoftSkillsRequest = ZPageQuery.extend({
  limit: z.coerce.number().int().min(1).max(100).default(100),
});
export const ZListSoftSkillsResponse = ZPage(ZSoftSkillRating);
export type TListSoftSkillsResponse = z.infer<typeof ZListSoftSkillsResponse>;

export const ZSetSoftSkills = z.strictObject({
  ratings: z
    .array(
      z.strictObject({
        skill: z.string().min(1).max(100).describe('slug of a soft skill'),
        currentLevel: ZSoftSkillLevel,
        targetLevel: ZSoftSkillLevel,
      }),
    )
    .min(1)
    .max(100),
});
export type TSetSoftSkills = z.infer<typeof ZSetSoftSkills>;
