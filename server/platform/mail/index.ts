export type { MailLogger, Mailer, MailMessage, MailTransportKind, SendResult } from './types.js';
export { createMailer, type CreateMailerOptions } from './mailer.js';
export { renderEmail, renderEmailFromJson } from './render.js';
export type { EmailTemplate, RenderedEmail, TemplateContent } from './template.js';
export {
  emailTemplateNames,
  emailTemplates,
  type EmailTemplateName,
  type EmailTemplateVars,
} from './templates/index.js';
export {
  EMAIL_SEND_JOB,
  enqueueEmail,
  registerMailJobs,
  type EmailJobPayload,
} from './mail-jobs.js';
