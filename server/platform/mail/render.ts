import { renderLayout, renderTextLayout } from './layout.js';
import type { EmailTemplate, RenderedEmail } from './template.js';
import {
  emailTemplates,
  type EmailTemplateName,
  type EmailTemplateVars,
} from './templates/index.js';

/** Renders a template's subject, text and HTML parts; throws a ZodError for invalid variables. */
export function renderEmail<N extends EmailTemplateName>(
  name: N,
  vars: EmailTemplateVars<N>,
): RenderedEmail {
  return renderEmailFromJson(name, vars);
}

/** Same, for variables of unknown shape such as a job payload (dates may be ISO strings). */
export function renderEmailFromJson(name: EmailTemplateName, vars: unknown): RenderedEmail {
  // Widened on purpose: the name and its variables were checked against the same entry.
  const template: EmailTemplate = emailTemplates[name];
  const content = template.render(template.vars.parse(vars));
  return {
    subject: content.subject,
    text: renderTextLayout(content.text),
    html: renderLayout({
      title: content.subject,
      preheader: content.preheader,
      body: content.html,
    }),
  };
}
