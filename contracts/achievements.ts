import { z } from 'zod';
import { ZDay } from './goals.js';
import { ZPage, ZPageQuery } from './pagination.js';
import { ZSkillCategory } from './skills.js';
import { ZProficiency, ZSkillChange } from './user-skills.js';

/** What a person did: the kinds of record the resume is built from (C7). */
export const achievementTypes = [
  'job',
  'internship',
  'project',
  'course',
  'certification',
  'education',
  'award',
  'publication',
  'volunteering',
  'hackathon',
  'other',
] as const;
export const ZAchievementType = z.enum(achievementTypes, {
  error: `one of ${achievementTypes.join(', ')}`,
});
export type TAchievementType = z.infer<typeof ZAchievementType>;

export const verificationStates = ['unverified', 'pending', 'verified'] as const;
export const ZVerificationState = z.enum(verificationStates);
export type TVerificationState = z.infer<typeof ZVerificationState>;

/** Where a record came from: typed by the user, an integration's webhook, a resume import. */
export const achievementOrigins = ['manual', 'integration', 'import'] as const;
export const ZAchievementOrigin = z.enum(achievementOrigins);
export type TAchievementOrigin = z.infer<typeof ZAchievementOrigin>;

export const achievementLimits = {
  title: 200,
  organization: 200,
  location: 200,
  description: 4000,
  skills: 30,
  skillName: 100,
  highlights: 20,
  highlight: 500,
  links: 10,
  linkLabel: 100,
  url: 500,
} as const;

const text = (max: number, what: string) =>
  z.string(what).trim().max(max, `at most ${max} characters`);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `at most ${max} characters`)
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional();

export const ZAchievementLink = z.strictObject({
  label: text(achievementLimits.linkLabel, 'a label').min(1, 'a label is required'),
  url: z.url({ protocol: /^https?$/, error: 'an http(s) URL' }).max(achievementLimits.url),
});
export type TAchievementLink = z.infer<typeof ZAchievementLink>;

export const ZAchievementSkill = z.object({
  slug: z.string(),
  name: z.string(),
  category: ZSkillCategory,
  /** The level this record suggests (the user's own level may be higher). */
  proficiency: ZProficiency,
});
export type TAchievementSkill = z.infer<typeof ZAchievementSkill>;

export const ZVerification = z.object({
  state: ZVerificationState,
  /** Who or what verified it: "GitHub", an issuer's name, a mentor's name. */
  verifiedBy: z.string().nullable(),
  verifiedAt: z.iso.datetime().nullable(),
});
export type TVerification = z.infer<typeof ZVerification>;

export const ZAchievement = z.object({
  id: z.uuid(),
  type: ZAchievementType,
  title: z.string(),
  organization: z.string().nullable(),
  location: z.string().nullable(),
  description: z.string().nullable(),
  startDate: ZDay.nullable(),
  endDate: ZDay.nullable(),
  ongoing: z.boolean(),
  skills: z.array(ZAchievementSkill),
  highlights: z.array(z.string()),
  links: z.array(ZAchievementLink),
  verification: ZVerification,
  origin: ZAchievementOrigin,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type TAchievement = z.infer<typeof ZAchievement>;

const achievementFields = {
  type: ZAchievementType,
  title: text(achievementLimits.title, 'a title').min(1, 'a title is required'),
  organization: optionalText(achievementLimits.organization),
  location: optionalText(achievementLimits.location),
  description: optionalText(achievementLimits.description),
  startDate: ZDay.nullable().optional(),
  endDate: ZDay.nullable().optional(),
  ongoing: z.boolean().optional(),
  /** Skill names as typed; each must be a skill the taxonomy knows (422 with suggestions). */
  skills: z
    .array(text(achievementLimits.skillName, 'a skill name').min(1, 'a skill name is required'))
    .max(achievementLimits.skills, `at most ${achievementLimits.skills} skills`),
  highlights: z
    .array(text(achievementLimits.highlight, 'a highlight').min(1, 'a highlight is empty'))
    .max(achievementLimits.highlights, `at most ${achievementLimits.highlights} highlights`),
  links: z
    .array(ZAchievementLink)
    .max(achievementLimits.links, `at most ${achievementLimits.links} links`),
  /** A user may only ask for verification ("pending"); "verified" comes from a verifier. */
  verificationState: z.enum(['unverified', 'pending']).optional(),
};

/** Dates in order, and an ongoing record has no end date; reported on the field at fault. */
function checkDates(
  value: { startDate?: string | null; endDate?: string | null; ongoing?: boolean },
  ctx: z.RefinementCtx,
) {
  if (value.startDate && value.endDate && value.endDate < value.startDate) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'is before the start date' });
  }
  if (value.ongoing && value.endDate) {
    ctx.addIssue({
      code: 'custom',
      path: ['endDate'],
      message: 'an ongoing record has no end date',
    });
  }
}

export const ZCreateAchievementRequest = z
  .strictObject({
    ...achievementFields,
    skills: achievementFields.skills.default([]),
    highlights: achievementFields.highlights.default([]),
    links: achievementFields.links.default([]),
    /** "import" for a record taken from an uploaded resume; "integration" only an integration sets. */
    origin: z.enum(['manual', 'import']).optional(),
  })
  .superRefine(checkDates);
export type TCreateAchievementRequest = z.input<typeof ZCreateAchievementRequest>;
export type TCreateAchievement = z.output<typeof ZCreateAchievementRequest>;

/** Any subset of the fields; the dates are checked against the stored ones by the service. */
export const ZUpdateAchievementRequest = z
  .strictObject({
    type: achievementFields.type.optional(),
    title: achievementFields.title.optional(),
    organization: achievementFields.organization,
    location: achievementFields.location,
    description: achievementFields.description,
    startDate: achievementFields.startDate,
    endDate: achievementFields.endDate,
    ongoing: achievementFields.ongoing,
    skills: achievementFields.skills.optional(),
    highlights: achievementFields.highlights.optional(),
    links: achievementFields.links.optional(),
    verificationState: achievementFields.verificationState,
  })
  .superRefine(checkDates);
export type TUpdateAchievementRequest = z.input<typeof ZUpdateAchievementRequest>;

export const ZAchievementParams = z.object({ id: z.uuid('an achievement id') });

export const ZListAchievementsRequest = ZPageQuery.extend({
  type: ZAchievementType.optional(),
});
export type TListAchievementsRequest = z.input<typeof ZListAchievementsRequest>;

export const ZListAchievementsResponse = ZPage(ZAchievement).extend({
  /** How many records of each type the user has, for filter chips. */
  counts: z.record(ZAchievementType, z.number().int()),
});
export type TListAchievementsResponse = z.infer<typeof ZListAchievementsResponse>;

/** What a write changed elsewhere, so the client can say so ("3 skills added, resume updated"). */
export const ZAchievementEffects = z.object({
  skills: z.array(
    z.object({
      slug: z.string(),
      name: z.string(),
      /** created/raised/unchanged from the skills service; removed when only this record had it. */
      change: z.union([ZSkillChange, z.literal('removed')]),
      proficiency: ZProficiency.nullable(),
    }),
  ),
  resume: z.object({
    resumeId: z.uuid(),
    /** Section kinds of the generated resume whose content changed. */
    sectionsTouched: z.array(z.string()),
    lastGeneratedAt: z.iso.datetime(),
  }),
});
export type TAchievementEffects = z.infer<typeof ZAchievementEffects>;

export const ZAchievementWriteResponse = z.object({
  item: ZAchievement.nullable(),
  effects: ZAchievementEffects,
});
export type TAchievementWriteResponse = z.infer<typeof ZAchievementWriteResponse>;
