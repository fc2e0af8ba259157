import { z } from 'zod';
import { MAX_PAGE_SIZE, ZPage, ZPageQuery } from './pagination.js';
import { ZProfileLookupParams } from './profiles.js';
import { ZGetSkillRequest, ZSkillCategory } from './skills.js';

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

/** What can back a skill; a skill with at least one piece of evidence is verified. */
export const evidenceKinds = [
  'achievement',
  'project_submission',
  'assessment',
  'mentor_endorsement',
] as const;
export const ZEvidenceKind = z.enum(evidenceKinds);
export type TEvidenceKind = z.infer<typeof ZEvidenceKind>;

export const userSkillLimits = { name: 100, note: 280, evidenceTitle: 200, url: 500 } as const;

export const ZSkillEvidence = z.object({
  kind: ZEvidenceKind,
  title: z.string(),
  url: z.string().nullable(),
  /** The id of the record in the module that produced it (achievement, submission ...). */
  referenceId: z.string().nullable(),
  createdAt: z.iso.datetime(),
});
export type TSkillEvidence = z.infer<typeof ZSkillEvidence>;

export const ZUserSkill = z.object({
  skill: z.object({ slug: z.string(), name: z.string(), category: ZSkillCategory }),
  proficiency: ZProficiency,
  source: ZSkillSource,
  endorsementCount: z.number().int(),
  /** Whether the caller has endorsed it (false when signed out). */
  endorsedByViewer: z.boolean(),
  verified: z.boolean(),
  evidence: z.array(ZSkillEvidence),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type TUserSkill = z.infer<typeof ZUserSkill>;

export const ZUserSkillsQuery = ZPageQuery.extend({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
});

export const ZUserSkillsResponse = ZPage(ZUserSkill).extend({
  /** What the caller may do with these skills. */
  abilities: z.object({ edit: z.boolean(), endorse: z.boolean() }),
});
export type TUserSkillsResponse = z.infer<typeof ZUserSkillsResponse>;

export const ZAddUserSkillRequest = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1, 'enter a skill')
    .max(userSkillLimits.name, `at most ${userSkillLimits.name} characters`),
  proficiency: ZProficiency,
});
export type TAddUserSkillRequest = z.infer<typeof ZAddUserSkillRequest>;

export const ZUpdateUserSkillRequest = z.strictObject({ proficiency: ZProficiency });
export type TUpdateUserSkillRequest = z.infer<typeof ZUpdateUserSkillRequest>;

/** What adding or changing a skill did. */
export const skillChanges = ['created', 'raised', 'lowered', 'unchanged'] as const;
export const ZSkillChange = z.enum(skillChanges);
export type TSkillChange = z.infer<typeof ZSkillChange>;

export const ZSaveUserSkillResponse = z.object({ change: ZSkillChange, item: ZUserSkill });
export type TSaveUserSkillResponse = z.infer<typeof ZSaveUserSkillResponse>;

export const ZOwnSkillParams = z.object({ skill: ZGetSkillRequest.shape.slug });

export const ZUserSkillParams = z.object({
  id: ZProfileLookupParams.shape.id,
  skill: ZGetSkillRequest.shape.slug,
});

export const ZEndorseRequest = z
  .strictObject({
    note: z
      .string()
      .trim()
      .max(userSkillLimits.note, `at most ${userSkillLimits.note} characters`)
      .transform((value) => (value === '' ? null : value))
      .nullable()
      .optional(),
  })
  .optional();

export const ZSuggestSkillsRequest = z.object({
  q: z.string().trim().min(1, 'type part of a skill name').max(userSkillLimits.name),
  limit: z.coerce.number().int().min(1).max(20).default(8),
});
export type TSuggestSkillsRequest = z.infer<typeof ZSuggestSkillsRequest>;

export const ZSkillSuggestion = z.object({
  slug: z.string(),
  name: z.string(),
  category: ZSkillCategory,
  /** The alias the text matched, when it matched an alias rather than the name. */
  matchedAlias: z.string().nullable(),
});
export type TSkillSuggestion = z.infer<typeof ZSkillSuggestion>;

export const ZSuggestSkillsResponse = z.object({ items: z.array(ZSkillSuggestion) });
export type TSuggestSkillsResponse = z.infer<typeof ZSuggestSkillsResponse>;
