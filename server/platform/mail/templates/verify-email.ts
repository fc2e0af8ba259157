import { z } from 'zod';
import { html } from '../html.js';
import { defineTemplate, httpUrlVar } from '../template.js';

/** Sent after sign-up and on request: confirms the address belongs to the account's owner. */
export const verifyEmailTemplate = defineTemplate({
  vars: z.object({
    username: z.string().min(1).max(64),
    link: httpUrlVar,
    expiresInHours: z.number().int().positive(),
  }),
  render({ username, link, expiresInHours }) {
    return {
      subject: 'Confirm your email address for CareerOS',
      preheader: 'One click confirms your address.',
      text: [
        `Hello ${username},`,
        '',
        'Confirm your email address by opening this link:',
        link,
        '',
        `The link works once and expires in ${expiresInHours} hours.`,
        'If you did not sign up for CareerOS, ignore this message.',
      ].join('\n'),
      html: html`<h1 style="font-size:22px;margin:0 0 16px;">Confirm your email address</h1>
        <p style="margin:0 0 16px;">Hello ${username},</p>
        <p style="margin:0 0 24px;">
          <a
            href="${link}"
            style="background:#4f46e5;color:#fff;padding:12px 20px;border-radius:8px;text-decoration:none;display:inline-block;"
            >Confirm my address</a
          >
        </p>
        <p style="margin:0;font-size:14px;color:#52606d;">
          The link works once and expires in ${String(expiresInHours)} hours. If you did not sign up
          for CareerOS, ignore this message.
        </p>`,
    };
  },
});
