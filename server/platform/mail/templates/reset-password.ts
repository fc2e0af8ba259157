import { z } from 'zod';
import { html } from '../html.js';
import { defineTemplate, httpUrlVar } from '../template.js';

/** Sent when someone asks to reset the password of an account with this address. */
export const resetPasswordTemplate = defineTemplate({
  vars: z.object({
    username: z.string().min(1).max(64),
    link: httpUrlVar,
    expiresInMinutes: z.number().int().positive(),
  }),
  render({ username, link, expiresInMinutes }) {
    return {
      subject: 'Reset your CareerOS password',
      preheader: 'A link to choose a new password.',
      text: [
        `Hello ${username},`,
        '',
        'Someone asked to reset the password of your CareerOS account. To choose a new one, open:',
        link,
        '',
        `The link works once and expires in ${expiresInMinutes} minutes.`,
        'If it was not you, ignore this message: your password stays as it is.',
      ].join('\n'),
      html: html`<h1 style="font-size:22px;margin:0 0 16px;">Reset your password</h1>
        <p style="margin:0 0 16px;">Hello ${username},</p>
        <p style="margin:0 0 16px;">
          Someone asked to reset the password of your CareerOS account.
        </p>
        <p style="margin:0 0 24px;">
          <a
            href="${link}"
            style="background:#4f46e5;color:#fff;padding:12px 20px;border-radius:8px;text-decoration:none;display:inline-block;"
            >Choose a new password</a
          >
        </p>
        <p style="margin:0;font-size:14px;color:#52606d;">
          The link works once and expires in ${String(expiresInMinutes)} minutes. If it was not you,
          ignore this message: your password stays as it is.
        </p>`,
    };
  },
});
