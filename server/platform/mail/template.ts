import { z } from 'zod';
import type { SafeHtml } from './html.js';

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

/** What a template produces; the layout adds the HTML frame and the text signature. */
export interface TemplateContent {
  subject: string;
  /** Short summary shown by mail clients next to the subject. */
  preheader?: string;
  text: string;
  html: SafeHtml;
}

/**
 * One email template. `vars` validates the variables and accepts their JSON form too (dates as
 * ISO strings), so the same schema checks a typed call and a queued job's payload.
 */
export interface EmailTemplate<S extends z.ZodType = z.ZodType> {
  vars: S;
  render(vars: z.output<S>): TemplateContent;
}

export function defineTemplate<S extends z.ZodType>(template: EmailTemplate<S>): EmailTemplate<S> {
  return template;
}

/** A Date, or its ISO-8601 string as it arrives from a JSON job payload. */
export const dateVar = z.union([
  z.date(),
  z.iso.datetime({ offset: true }).transform((value) => new Date(value)),
]);

/** Links in emails must be http(s): a javascript: URL would be an injection. */
export const httpUrlVar = z.url({ protocol: /^https?$/ });
