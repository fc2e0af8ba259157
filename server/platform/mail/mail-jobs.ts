import { z } from 'zod';
import {
  PermanentJobError,
  type EnqueueOptions,
  type JobQueue,
  type RegisterOptions,
} from '../jobs/index.js';
import { renderEmailFromJson } from './render.js';
import {
  emailTemplateNames,
  emailTemplates,
  type EmailTemplateName,
  type EmailTemplateVars,
} from './templates/index.js';
import type { Mailer } from './types.js';

export const EMAIL_SEND_JOB = 'email.send';

const emailJobPayload = z.object({
  to: z.email(),
  template: z.enum(emailTemplateNames),
  vars: z.unknown(),
});

export type EmailJobPayload = z.input<typeof emailJobPayload>;

/** SMTP outages can last minutes: 8 tries spread over roughly ten minutes. */
const EMAIL_JOB_DEFAULTS: RegisterOptions = { attempts: 8, backoffMs: 5_000, concurrency: 2 };

/**
 * Registers `email.send`: validates the payload, renders the template and sends it. An invalid
 * payload fails at once (PermanentJobError), since retrying cannot fix it; send errors retry.
 */
export function registerMailJobs(
  queue: JobQueue,
  mailer: Mailer,
  options: RegisterOptions = {},
): void {
  queue.register<unknown>(
    EMAIL_SEND_JOB,
    async (payload) => {
      const parsed = emailJobPayload.safeParse(payload);
      if (!parsed.success) {
        throw new PermanentJobError(
          `invalid ${EMAIL_SEND_JOB} payload: ${z.prettifyError(parsed.error)}`,
        );
      }
      const { to, template, vars } = parsed.data;
      let rendered;
      try {
        rendered = renderEmailFromJson(template, vars);
      } catch (err) {
        if (err instanceof z.ZodError) {
          throw new PermanentJobError(
            `invalid vars for template ${template}: ${z.prettifyError(err)}`,
          );
        }
        throw err;
      }
      await mailer.send({ to, ...rendered });
    },
    { ...EMAIL_JOB_DEFAULTS, ...options },
  );
}

/**
 * Queues an email. Variables are checked now, so a caller hears about a mistake immediately;
 * Dates travel as ISO strings in the JSON payload and are parsed back by the job.
 */
export async function enqueueEmail<N extends EmailTemplateName>(
  queue: JobQueue,
  to: string,
  template: N,
  vars: EmailTemplateVars<N>,
  options?: EnqueueOptions,
): Promise<string> {
  emailJobPayload.shape.to.parse(to);
  emailTemplates[template].vars.parse(vars);
  const payload: EmailJobPayload = { to, template, vars };
  return queue.enqueue(EMAIL_SEND_JOB, payload, options);
}
