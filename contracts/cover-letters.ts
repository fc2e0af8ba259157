import { z } from 'zod';
import { ZDay } from './goals.js';
import { ZPage, ZPageQuery } from './pagination.js';
import { pageSizes } from './resume-templates.js';
import { ZResumeBasics, ZResumeTemplate } from './resumes.js';

/** A cover letter's content (C7); its templates are the resume templates' looks. */
export const coverLetterLimits = {
  line: 300,
  paragraph: 3000,
  paragraphs: 20,
  address: 6,
} as const;

const line = z
  .string()
  .trim()
  .max(coverLetterLimits.line, `at most ${coverLetterLimits.line} characters`);

export const ZCoverLetterRecipient = z.strictObject({
  name: line.nullable(),
  /** The recipient's job title ("Hiring manager"). */
  title: line.nullable(),
  company: line.nullable(),
  addressLines: z
    .array(line)
    .max(coverLetterLimits.address, `at most ${coverLetterLimits.address} lines`),
});
export type TCoverLetterRecipient = z.infer<typeof ZCoverLetterRecipient>;

export const ZCoverLetterContent = z.strictObject({
  sender: ZResumeBasics,
  recipient: ZCoverLetterRecipient,
  date: ZDay.nullable(),
  subject: line.nullable(),
  salutation: line.min(1, 'a salutation is required'),
  body: z
    .array(
      z
        .string()
        .trim()
        .min(1, 'a paragraph is empty')
        .max(coverLetterLimits.paragraph, `at most ${coverLetterLimits.paragraph} characters`),
    )
    .max(coverLetterLimits.paragraphs, `at most ${coverLetterLimits.paragraphs} paragraphs`),
  closing: line.min(1, 'a closing is required'),
  /** The name signed under the closing; the sender's name when null. */
  signature: line.nullable(),
});
export type TCoverLetterContent = z.infer<typeof ZCoverLetterContent>;

export const ZCoverLetterTemplate = ZResumeTemplate;
export type TCoverLetterTemplate = z.infer<typeof ZCoverLetterTemplate>;

export const coverLetterExportFormats = ['pdf', 'docx', 'md', 'txt'] as const;
export const ZCoverLetterExportFormat = z.enum(coverLetterExportFormats);
export type TCoverLetterExportFormat = z.infer<typeof ZCoverLetterExportFormat>;

export const ZCoverLetterPageSize = z.enum(pageSizes);

const name = z.string().trim().min(1, 'a name is required').max(120, 'at most 120 characters');

export const ZCoverLetter = z.object({
  id: z.uuid(),
  name: z.string(),
  template: ZCoverLetterTemplate,
  content: ZCoverLetterContent,
  /** The resume the sender was taken from; null once that resume is deleted. */
  basedOn: z.uuid().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type TCoverLetter = z.infer<typeof ZCoverLetter>;

/** A list row: enough to tell letters apart without their text. */
export const ZCoverLetterSummary = ZCoverLetter.omit({ content: true }).extend({
  recipientCompany: z.string().nullable(),
  subject: z.string().nullable(),
});
export type TCoverLetterSummary = z.infer<typeof ZCoverLetterSummary>;

export const ZListCoverLettersRequest = ZPageQuery;
export const ZListCoverLettersResponse = ZPage(ZCoverLetterSummary);
export type TListCoverLettersResponse = z.infer<typeof ZListCoverLettersResponse>;

export const ZCoverLetterParams = z.object({ id: z.uuid('a cover letter id') });

/** Content left out is filled in: the sender from the resume, today's date, usual phrases. */
export const ZCreateCoverLetterRequest = z.strictObject({
  name,
  template: ZCoverLetterTemplate.optional(),
  content: ZCoverLetterContent.partial().optional(),
  /** The resume whose basics become the sender; the generated resume when left out. */
  basedOn: z.uuid('a resume id').nullable().optional(),
});
export type TCreateCoverLetterRequest = z.infer<typeof ZCreateCoverLetterRequest>;

/** Left-out fields keep their value; content is replaced whole (the editor sends all of it). */
export const ZUpdateCoverLetterRequest = z.strictObject({
  name: name.optional(),
  template: ZCoverLetterTemplate.optional(),
  content: ZCoverLetterContent.optional(),
});
export type TUpdateCoverLetterRequest = z.infer<typeof ZUpdateCoverLetterRequest>;

export const ZCoverLetterExportQuery = z.strictObject({
  format: ZCoverLetterExportFormat,
  pageSize: ZCoverLetterPageSize.default('A4'),
});
