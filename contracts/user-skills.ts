import { z } from 'zod';

export const proficiencies = ['beginner', 'intermediate', 'advanced', 'expert'] as const;
export const ZProficiency = z.enum(proficiencies);
export type TProficiency = z.infer<typeof ZProficiency>;

/** Where a user's skill came from; the skills service records it. */
export const skillSources = [
  'self',
  'achievement',
  'learning',
  'opportunity',
  'assessment',
  'import',
] as const;
export const ZSkillSource = z.enum(skillSources);
export type TSkillSource = z.infer<typeof ZSkillSource>;
