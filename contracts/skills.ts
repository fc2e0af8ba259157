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
