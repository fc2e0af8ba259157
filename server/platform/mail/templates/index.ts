import type { z } from 'zod';
import { mailTestTemplate } from './mail-test.js';
import { resetPasswordTemplate } from './reset-password.js';
import { verifyEmailTemplate } from './verify-email.js';

/** Every email the product sends. Adding one: a file in this folder and a line here. */
export const emailTemplates = {
  'mail-test': mailTestTemplate,
  'verify-email': verifyEmailTemplate,
  'reset-password': resetPasswordTemplate,
} as const;

export type EmailTemplateName = keyof typeof emailTemplates;

/** Variables a template is rendered with (dates as Date). */
export type EmailTemplateVars<N extends EmailTemplateName> = z.output<
  (typeof emailTemplates)[N]['vars']
>;

export const emailTemplateNames = Object.keys(emailTemplates) as [
  EmailTemplateName,
  ...EmailTemplateName[],
];
