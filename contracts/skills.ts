import { z } from 'zod';
import { ZPage, ZPageQuery } from './pagination.js';

export const skillCategories = [
  'programming',
  'framework',
  'tool',
  'data',
  'cloud',
  'design',
  'soft',
  'language',
  'domain',
  'business',
  // O*NET's general skills (basic and cross-functional) and knowledge areas.
  'foundational',
  'knowledge',
] as const;

export const ZSkillCategory = z.enum(skillCategories);
export type TSkillCategory = z.infer<typeof ZSkillCategory>;

export const ZSkill = z.object({
  slug: z.string(),
  name: z.string(),
  category: ZSkillCategory,
  aliases: z.array(z.string()),
  description: z.string(),
});
export type TSkill = z.infer<typeof ZSkill>;

/** An entry of the authored taxonomy in data/catalog/skills/*.json. */
export const ZCatalogSkill = ZSkill.extend({
  /** The O*NET content-model elements (skills, knowledge) this skill stands for. */
  onetElementIds: z.array(z.string().regex(/^\d(\.[A-Za-z0-9]+)+$/)).default([]),
});
export type TCatalogSkill = z.infer<typeof ZCatalogSkill>;

export const ZListSkillsRequest = ZPageQuery.extend({
  q: z.string().trim().max(100).optional().describe('Matches name or alias, case-insensitive'),
  category: ZSkillCategory.optional(),
});
export type TListSkillsRequest = z.infer<typeof ZListSkillsRequest>;

export const ZListSkillsResponse = ZPage(ZSkill);
export type TListSkillsResponse = z.infer<typeof ZListSkillsResponse>;

export const ZGetSkillRequest = z.object({
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'lowercase letters, digits and hyphens'),
});
