import { z } from 'zod';
import { ZDay } from './goals.js';
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
