import { z } from 'zod';
import { html } from '../html.js';
import { dateVar, defineTemplate, httpUrlVar } from '../template.js';

/** Sent by the admin "send test mail" command to check the mail settings. */
export const mailTestTemplate = defineTemplate({
  vars: z.object({
    recipientName: z.string().trim().min(1).max(200).optional(),
    instanceUrl: httpUrlVar,
    sentAt: dateVar,
  }),
  render({ recipientName, instanceUrl, sentAt }) {
    const greeting = recipientName ? `Hello ${recipientName},` : 'Hello,';
    const when = sentAt.toUTCString();
    return {
      subject: 'Your CareerOS mail settings work',
      preheader: 'Outgoing mail from your CareerOS instance is configured correctly.',
      text: [
        greeting,
        '',
        `This is a test message from the CareerOS instance at ${instanceUrl}.`,
        'If you can read it, outgoing mail is configured correctly. No action is needed.',
        '',
        `Sent: ${when}`,
      ].join('\n'),
      html: html`<h1 style="font-size:22px;margin:0 0 16px;">Your mail settings work</h1>
        <p style="margin:0 0 16px;">${greeting}</p>
        <p style="margin:0 0 16px;">
          This is a test message from the CareerOS instance at
          <a href="${instanceUrl}" style="color:#1a56db;">${instanceUrl}</a>. If you can read it,
          outgoing mail is configured correctly. No action is needed.
        </p>
        <p style="margin:0;font-size:14px;color:#52606d;">Sent: ${when}</p>`,
    };
  },
});
