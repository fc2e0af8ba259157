import { z } from 'zod';
import { ZPage, ZPageQuery } from './pagination.js';
import { ZSkillCategory } from './skills.js';

/** Holland's six interest areas, in the order O*NET lists them. */
export const riasecAreas = [
  'realistic',
  'investigative',
  'artistic',
  'social',
  'enterprising',
  'conventional',
] as const;
export const ZRiasecArea = z.enum(riasecAreas);
export type TRiasecArea = z.infer<typeof ZRiasecArea>;

/** An occupation's interest profile on O*NET's occupational-interest scale, 1 (low) to 7 (high). */
export const ZOccupationInterests = z.object(
  Object.fromEntries(riasecAreas.map((area) => [area, z.number().min(1).max(7)])) as Record<
    TRiasecArea,
    z.ZodNumber
  >,
);
export type TOccupationInterests = z.infer<typeof ZOccupationInterests>;

/** O*NET-SOC code, e.g. 15-1252.00. */
export const ZOccupationCode = z
  .string()
  .regex(/^\d{2}-\d{4}\.\d{2}$/, 'an O*NET-SOC code such as 15-1252.00');

export const ZJobZone = z.number().int().min(1).max(5);

export const ZEducationShare = z.object({
  label: z.string().min(1),
  /** Share of workers, 0-100. */
  percent: z.number().min(0).max(100),
});

/** Education and experience: a one-line summary of each, and how education levels are spread. */
export const ZOccupationEducation = z.object({
  typicalEducation: z.string().min(1),
  relatedExperience: z.string().min(1),
  onTheJobTraining: z.string().min(1),
  levels: z.array(ZEducationShare),
});
export type TOccupationEducation = z.infer<typeof ZOccupationEducation>;

/**
 * Importance on O*NET's 1-5 scale (3 and above is important for the job) and level on its 0-7
 * scale (how much of it the job needs).
 */
export const ZRatedSkillRef = z.object({
  skill: z.string().min(1).describe('slug of a taxonomy skill'),
  importance: z.number().min(1).max(5),
  level: z.number().min(0).max(7),
});

export const ZTechnologySkillRef = z.object({
  skill: z.string().min(1).describe('slug of a taxonomy skill'),
  /** Frequently named in current job postings (O*NET's "hot technology"). */
  hot: z.boolean(),
});

/** One occupation of the authored starter catalog (data/catalog/occupations/*.json). */
export const ZCatalogOccupation = z.object({
  code: ZOccupationCode,
  title: z.string().min(3),
  description: z.string().min(80),
  alternateTitles: z.array(z.string().min(2)).min(4),
  tasks: z.array(z.string().min(20)).min(6),
  interests: ZOccupationInterests,
  jobZone: ZJobZone,
  education: ZOccupationEducation,
  skills: z.array(ZRatedSkillRef).min(8),
  knowledge: z.array(ZRatedSkillRef).min(4),
  technology: z.array(ZTechnologySkillRef).min(3),
  related: z.array(ZOccupationCode).min(3),
});
export type TCatalogOccupation = z.infer<typeof ZCatalogOccupation>;

export const occupationSources = ['catalog', 'onet'] as const;
export const ZOccupationSource = z.enum(occupationSources);

export const skillKinds = ['skill', 'knowledge', 'technology'] as const;
export const ZSkillKind = z.enum(skillKinds);
export type TSkillKind = z.infer<typeof ZSkillKind>;

export const ZOccupationSummary = z.object({
  code: ZOccupationCode,
  title: z.string(),
  /** The first sentence or so of the description. */
  summary: z.string(),
  jobZone: ZJobZone.nullable(),
  /** Top interest areas as letters, highest first, e.g. "IRC". */
  interestCode: z.string(),
  source: ZOccupationSource,
});
export type TOccupationSummary = z.infer<typeof ZOccupationSummary>;

export const ZOccupationSkill = z.object({
  slug: z.string(),
  name: z.string(),
  category: ZSkillCategory,
  importance: z.number().nullable(),
  level: z.number().nullable(),
  hot: z.boolean(),
});
export type TOccupationSkill = z.infer<typeof ZOccupationSkill>;

export const ZAttribution = z.object({
  release: z.string(),
  text: z.string(),
  licenseUrl: z.string(),
});
export type TAttribution = z.infer<typeof ZAttribution>;

export const ZOccupation = ZOccupationSummary.extend({
  description: z.string(),
  alternateTitles: z.array(z.string()),
  tasks: z.array(z.object({ statement: z.string(), core: z.boolean() })),
  interests: ZOccupationInterests.nullable(),
  education: ZOccupationEducation.nullable(),
  skills: z.array(ZOccupationSkill),
  knowledge: z.array(ZOccupationSkill),
  technology: z.array(ZOccupationSkill),
  related: z.array(ZOccupationSummary.pick({ code: true, title: true, jobZone: true })),
  /** Present when the content comes from an O*NET release; pages show it. */
  attribution: ZAttribution.nullable(),
});
export type TOccupation = z.infer<typeof ZOccupation>;

export const ZSearchOccupationsRequest = ZPageQuery.extend({
  q: z.string().trim().max(100).optional().describe('Title or alternate title; typos tolerated'),
  jobZone: z.coerce.number().int().min(1).max(5).optional(),
  area: ZRiasecArea.optional().describe('Only occupations whose top interest area this is'),
});
export type TSearchOccupationsRequest = z.infer<typeof ZSearchOccupationsRequest>;

export const ZOccupationHit = ZOccupationSummary.extend({
  /** The title that matched (an alternate title when that is what the query found). */
  matchedTitle: z.string().nullable(),
});
export type TOccupationHit = z.infer<typeof ZOccupationHit>;
export const ZSearchOccupationsResponse = ZPage(ZOccupationHit).extend({
  attribution: ZAttribution.nullable(),
});
export type TSearchOccupationsResponse = z.infer<typeof ZSearchOccupationsResponse>;

/** Where the platform's occupational data comes from: the O*NET release last imported, if any. */
export const ZDataSourcesResponse = z.object({ onet: ZAttribution.nullable() });
export type TDataSourcesResponse = z.infer<typeof ZDataSourcesResponse>;

export const ZOccupationParams = z.object({ code: ZOccupationCode });
