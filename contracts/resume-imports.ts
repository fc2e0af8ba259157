import { z } from 'zod';
import {
  ZAchievementLink,
  ZAchievementType,
  type TCreateAchievementRequest,
} from './achievements.js';
import { ZDay } from './goals.js';
import { ZPage, ZPageQuery } from './pagination.js';
import { ZSkillCategory } from './skills.js';
import { ZSkillSuggestion } from './user-skills.js';

/** An uploaded resume (C7): the stored file, its text and a draft the user reviews. */
export const RESUME_IMPORT_MAX_BYTES = 10 * 1024 * 1024;

export const resumeImportMediaTypes = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;
export const ZResumeImportMediaType = z.enum([
  resumeImportMediaTypes.pdf,
  resumeImportMediaTypes.docx,
]);

/** parsed: text was found and a draft made; failed: the file is kept but had no usable text. */
export const ZResumeImportStatus = z.enum(['parsed', 'failed']);
export type TResumeImportStatus = z.infer<typeof ZResumeImportStatus>;

/**
 * One record the draft proposes, in the shape POST /api/achievements takes. Dates are days: a
 * month is its first day ("Jun 2021" -> 2021-06-01), a year its first month.
 */
export const ZProposedAchievement = z.object({
  type: ZAchievementType,
  title: z.string(),
  organization: z.string().nullable(),
  location: z.string().nullable(),
  description: z.string().nullable(),
  startDate: ZDay.nullable(),
  endDate: ZDay.nullable(),
  ongoing: z.boolean(),
  /** Canonical taxonomy names of the resume's skills this entry mentions. */
  skills: z.array(z.string()),
  highlights: z.array(z.string()),
  links: z.array(ZAchievementLink),
});
export type TProposedAchievement = z.infer<typeof ZProposedAchievement>;
// A proposal is sent as it is (after the user's edits) to create an achievement.
export const proposalAsRequest = (p: TProposedAchievement): TCreateAchievementRequest => p;

export const ZDraftAchievement = z.object({
  /** Stable within the draft, for the review screen's state. */
  key: z.string(),
  /** The heading of the section it was found under, as written. */
  section: z.string(),
  /** 0-1: how sure the parser is it read the entry right (title, organisation and dates found). */
  confidence: z.number().min(0).max(1),
  /** The lines of the resume the entry was read from. */
  sourceLines: z.array(z.string()),
  achievement: ZProposedAchievement,
  /** Skills the entry mentions that the taxonomy does not know (see the draft's skills). */
  unmatchedSkills: z.array(z.string()),
});
export type TDraftAchievement = z.infer<typeof ZDraftAchievement>;

/** A skill as the resume's skills section wrote it, and what it stands for in the taxonomy. */
export const ZDraftSkill = z.object({
  text: z.string(),
  /** The taxonomy skill it names, or null when it names none. */
  match: z.object({ slug: z.string(), name: z.string(), category: ZSkillCategory }).nullable(),
  /** For an unmatched skill: the nearest taxonomy skills, best first. */
  suggestions: z.array(ZSkillSuggestion),
});
export type TDraftSkill = z.infer<typeof ZDraftSkill>;

export const ZResumeBasics = z.object({
  name: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  links: z.array(ZAchievementLink),
});
export type TResumeBasics = z.infer<typeof ZResumeBasics>;

export const ZResumeDraft = z.object({
  basics: ZResumeBasics,
  achievements: z.array(ZDraftAchievement),
  skills: z.array(ZDraftSkill),
});
export type TResumeDraft = z.infer<typeof ZResumeDraft>;

export const ZResumeImportSummary = z.object({
  id: z.uuid(),
  filename: z.string(),
  mediaType: ZResumeImportMediaType,
  sizeBytes: z.number().int(),
  status: ZResumeImportStatus,
  /** Why a failed import has no draft, for the user. */
  error: z.string().nullable(),
  createdAt: z.iso.datetime(),
});
export type TResumeImportSummary = z.infer<typeof ZResumeImportSummary>;

export const ZResumeImport = ZResumeImportSummary.extend({
  sha256: z.string(),
  text: z.string().nullable(),
  draft: ZResumeDraft.nullable(),
  /** A signed link to the original file, valid for an hour. */
  downloadUrl: z.string(),
});
export type TResumeImport = z.infer<typeof ZResumeImport>;

export const ZResumeImportParams = z.object({ id: z.uuid('a resume import id') });
export const ZListResumeImportsRequest = ZPageQuery;
export const ZListResumeImportsResponse = ZPage(ZResumeImportSummary);
export type TListResumeImportsResponse = z.infer<typeof ZListResumeImportsResponse>;
