import { html, type SafeHtml } from './html.js';

export const PRODUCT_NAME = 'CareerOS';

/**
 * Shared HTML frame for every email: a single centred column that shrinks on small screens,
 * table-based because many mail clients ignore modern CSS layout, with a real lang, title and
 * heading structure for screen readers.
 */
export function renderLayout(opts: { title: string; preheader?: string; body: SafeHtml }): string {
  const page = html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light" />
        <title>${opts.title}</title>
      </head>
      <body style="margin:0;padding:0;background:#f4f5f7;">
        <div style="display:none;max-height:0;overflow:hidden;">${opts.preheader ?? ''}</div>
        <table
          role="presentation"
          width="100%"
          cellpadding="0"
          cellspacing="0"
          style="background:#f4f5f7;"
        >
          <tr>
            <td align="center" style="padding:24px 12px;">
              <table
                role="presentation"
                width="100%"
                cellpadding="0"
                cellspacing="0"
                style="max-width:600px;background:#ffffff;border-radius:8px;font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;font-size:16px;line-height:1.5;color:#1f2933;"
              >
                <tr>
                  <td style="padding:24px 32px 0;font-size:20px;font-weight:bold;color:#1a56db;">
                    ${PRODUCT_NAME}
                  </td>
                </tr>
                <tr>
                  <td style="padding:16px 32px 24px;">${opts.body}</td>
                </tr>
                <tr>
                  <td
                    style="padding:16px 32px;border-top:1px solid #e4e7eb;font-size:13px;color:#52606d;"
                  >
                    This message was sent by a ${PRODUCT_NAME} instance.
                  </td>
                </tr>
              </table>
            </td>
          </tr>
        </table>
      </body>
    </html> `;
  return page.value;
}

/** Plain-text part: the same content with a short signature. */
export function renderTextLayout(body: string): string {
  return `${body.trim()}\n\n-- \n${PRODUCT_NAME}\n`;
}
