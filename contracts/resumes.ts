import { z } from 'zod';
import { ZPage, ZPageQuery } from './pagination.js';

/**
 * The resume's content model. Every resume (the generated one, tailored copies, their versions)
 * holds one `ResumeContent`; templates render it and the JSON Resume mapping reads and writes it.
 * Sections and items keep their order; hidden ones stay in the document but are not rendered.
 */
export const resumeSectionKinds = [
  'work',
  'volunteer',
  'education',
  'projects',
  'certificates',
  'awards',
  'publications',
  'skills',
  'languages',
  'interests',
  'references',
] as const;
export const ZResumeSectionKind = z.enum(resumeSectionKinds);
export type TResumeSectionKind = z.infer<typeof ZResumeSectionKind>;

export const resumeTemplates = ['classic', 'modern', 'compact'] as const;
export const ZResumeTemplate = z.enum(resumeTemplates);
export type TResumeTemplate = z.infer<typeof ZResumeTemplate>;

export const resumeLimits = {
  name: 120,
  line: 300,
  summary: 3000,
  sections: 20,
  items: 200,
  highlights: 30,
  keywords: 60,
} as const;

/** ISO 8601 as JSON Resume writes it: a year, a month or a day. */
export const ZPartialDate = z
  .string()
  .regex(
    /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
    'a date such as 2024, 2024-06 or 2024-06-30',
  );

const line = z.string().trim().max(resumeLimits.line, `at most ${resumeLimits.line} characters`);
const nullableLine = line.nullable();

export const ZResumeItem = z.strictObject({
  /** Stable within the resume, so an edit, a reorder or a hide targets one item. */
  id: z.string().min(1).max(64),
  /** The achievement (or skill category) it was generated from; null when written by hand. */
  sourceId: z.string().nullable(),
  /** Position, degree, project name, certificate, skill category, language ... */
  title: line,
  /** Organisation, institution, issuer, publisher ... */
  subtitle: nullableLine,
  location: nullableLine,
  startDate: ZPartialDate.nullable(),
  endDate: ZPartialDate.nullable(),
  ongoing: z.boolean(),
  summary: z.string().trim().max(resumeLimits.summary).nullable(),
  highlights: z.array(line).max(resumeLimits.highlights),
  url: z.string().trim().max(500).nullable(),
  /** Skill names of a skills item, technologies of a project, courses of an education ... */
  keywords: z.array(line).max(resumeLimits.keywords),
  /** Proficiency of a skills or languages item. */
  level: nullableLine,
  hidden: z.boolean(),
});
export type TResumeItem = z.infer<typeof ZResumeItem>;

export const ZResumeSection = z.strictObject({
  kind: ZResumeSectionKind,
  /** The heading as printed ("Experience", "Open source" ...). */
  title: line.min(1, 'a heading is required'),
  hidden: z.boolean(),
  items: z.array(ZResumeItem).max(resumeLimits.items),
});
export type TResumeSection = z.infer<typeof ZResumeSection>;

export const ZResumeBasics = z.strictObject({
  name: line,
  /** The headline under the name ("Software engineer"). */
  label: nullableLine,
  email: nullableLine,
  phone: nullableLine,
  url: nullableLine,
  location: nullableLine,
  profiles: z
    .array(z.strictObject({ network: line, username: nullableLine, url: nullableLine }))
    .max(10),
});
export type TResumeBasics = z.infer<typeof ZResumeBasics>;

export const ZResumeContent = z.strictObject({
  basics: ZResumeBasics,
  summary: z.string().trim().max(resumeLimits.summary).nullable(),
  sections: z.array(ZResumeSection).max(resumeLimits.sections),
});
export type TResumeContent = z.infer<typeof ZResumeContent>;

/** Counts over the records the generated resume was built from. */
export const ZResumeStatistics = z.object({
  achievements: z.number().int(),
  byType: z.record(z.string(), z.number().int()),
  verified: z.number().int(),
  skills: z.number().int(),
  /** Months covered by jobs and internships, overlaps counted once. */
  experienceMonths: z.number().int(),
});
export type TResumeStatistics = z.infer<typeof ZResumeStatistics>;

export const resumeKinds = ['generated', 'tailored'] as const;
export const ZResumeKind = z.enum(resumeKinds);
export type TResumeKind = z.infer<typeof ZResumeKind>;

export const ZResumePublicLink = z.object({
  enabled: z.boolean(),
  /** The secret address while enabled; null when off. */
  url: z.string().nullable(),
  views: z.number().int(),
  downloads: z.number().int(),
});

export const ZResume = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: ZResumeKind,
  template: ZResumeTemplate,
  content: ZResumeContent,
  /** Only the generated resume has statistics and a generation time. */
  statistics: ZResumeStatistics.nullable(),
  lastGeneratedAt: z.iso.datetime().nullable(),
  publicLink: ZResumePublicLink,
  versions: z.number().int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type TResume = z.infer<typeof ZResume>;

export const ZResumeSummary = ZResume.omit({ content: true });
export type TResumeSummary = z.infer<typeof ZResumeSummary>;

export const ZListResumesResponse = ZPage(ZResumeSummary);
export const ZListResumesRequest = ZPageQuery;

export const ZResumeParams = z.object({ id: z.uuid('a resume id') });

export const exportFormats = ['pdf', 'docx', 'md', 'txt', 'json'] as const;
export const ZExportFormat = z.enum(exportFormats);
export type TExportFormat = z.infer<typeof ZExportFormat>;

/** A tailored copy of one of your resumes (the generated one when `basedOn` is left out). */
export const ZCreateResumeRequest = z.strictObject({
  name: z.string().trim().min(1, 'a name is required').max(resumeLimits.name),
  basedOn: z.uuid('a resume id').optional(),
  template: ZResumeTemplate.optional(),
});
export type TCreateResumeRequest = z.infer<typeof ZCreateResumeRequest>;

/** Content edits are for tailored resumes; the generated one only changes name and template. */
export const ZUpdateResumeRequest = z.strictObject({
  name: z.string().trim().min(1, 'a name is required').max(resumeLimits.name).optional(),
  template: ZResumeTemplate.optional(),
  content: ZResumeContent.optional(),
});
export type TUpdateResumeRequest = z.infer<typeof ZUpdateResumeRequest>;

export const ZImportResumeRequest = z.strictObject({
  /** A JSON Resume document (https://jsonresume.org/schema), checked against its schema. */
  document: z.record(z.string(), z.unknown()),
  name: z.string().trim().min(1).max(resumeLimits.name).optional(),
});
export type TImportResumeRequest = z.infer<typeof ZImportResumeRequest>;

/** A named snapshot; its id stays the same for good, so an application can point at it. */
export const ZResumeVersionSummary = z.object({
  id: z.uuid(),
  resumeId: z.uuid(),
  number: z.number().int(),
  name: z.string(),
  template: ZResumeTemplate,
  createdAt: z.iso.datetime(),
});
export type TResumeVersionSummary = z.infer<typeof ZResumeVersionSummary>;
export const ZResumeVersion = ZResumeVersionSummary.extend({ content: ZResumeContent });
export type TResumeVersion = z.infer<typeof ZResumeVersion>;
export const ZListResumeVersionsResponse = ZPage(ZResumeVersionSummary);

export const ZCreateResumeVersionRequest = z.strictObject({
  name: z.string().trim().min(1, 'a name is required').max(resumeLimits.name),
});
export const ZResumeVersionParams = ZResumeParams.extend({
  number: z.coerce.number().int().min(1),
});

export const paperSizes = ['a4', 'letter'] as const;
export const ZExportQuery = z.object({
  format: ZExportFormat,
  version: z.coerce.number().int().min(1).optional(),
  paper: z.enum(paperSizes).default('a4'),
});
export type TExportQuery = z.infer<typeof ZExportQuery>;

export const ZPublicLinkRequest = z.strictObject({ enabled: z.boolean() });
export type TResumePublicLink = z.infer<typeof ZResumePublicLink>;

export const ZPublicResumeParams = z.object({ token: z.string().min(16).max(100) });
export const ZPublicExportQuery = z.object({
  format: z.enum(['pdf', 'docx']),
  paper: z.enum(paperSizes).default('a4'),
});
/** What a holder of the public link sees: the content and its look, nothing else. */
export const ZPublicResume = z.object({
  template: ZResumeTemplate,
  content: ZResumeContent,
});
export type TPublicResume = z.infer<typeof ZPublicResume>;
