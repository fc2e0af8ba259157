import { contactParts } from '../../../../contracts/resume-layout.js';
import type { TResumeBasics } from '../../../../contracts/resumes.js';
import type { FontStyle, PdfPage } from './pdf-document.js';

/** The pieces both PDF layouts (resume and cover letter) are made of. */

/** The name's line height, tighter than body text (the web preview uses the same). */
export const NAME_LINE_HEIGHT = 1.15;

/** Name, headline and contact line, aligned as the template says. */
export function drawHeader(page: PdfPage, basics: TResumeBasics): void {
  const { doc, look } = page;
  const align = look.name.align;
  const at = { width: page.width, align };
  page.font(look.name.bold ? 'bold' : 'regular', look.size.name, look.color.text);
  doc.text(look.name.uppercase ? basics.name.toUpperCase() : basics.name, page.left, doc.y, {
    ...at,
    lineGap: page.lineGap(look.size.name, NAME_LINE_HEIGHT),
    characterSpacing: look.name.uppercase ? 1 : 0,
  });
  if (basics.label) {
    doc.y += look.size.label * 0.15;
    page.font(
      'regular',
      look.size.label,
      look.heading.accent ? look.color.accent : look.color.muted,
    );
    doc.text(basics.label, page.left, doc.y, { ...at, lineGap: page.lineGap(look.size.label) });
  }
  const contact = contactParts(basics);
  if (contact.length > 0) {
    doc.y += look.size.body * 0.25;
    page.font('regular', look.size.body, look.color.muted);
    doc.text(contactLines(page, contact).join('\n'), page.left, doc.y, {
      ...at,
      lineGap: page.lineGap(look.size.body),
    });
  }
  doc.y += look.space.afterHeader;
}

/**
 * Contact parts joined into lines that break only between parts, never inside an address (with
 * 2 pt to spare: PDFKit wraps a line that fits to within a fraction of a point).
 */
function contactLines(page: PdfPage, parts: string[]): string[] {
  const lines: string[] = [];
  let line = '';
  for (const part of parts) {
    const joined = line ? `${line}  ·  ${part}` : part;
    if (line && page.doc.widthOfString(joined) > page.width - 2) {
      lines.push(line);
      line = part;
    } else {
      line = joined;
    }
  }
  return line ? [...lines, line] : lines;
}

/** A section heading, kept on the page with the `following` points after it. */
export function drawHeading(page: PdfPage, title: string, following: number): void {
  const { doc, look } = page;
  const size = look.size.heading;
  doc.y += look.space.beforeSection;
  page.keepTogether(page.lineHeight(size) + look.space.afterHeading + 4 + following);
  page.font('bold', size, look.heading.accent ? look.color.accent : look.color.text);
  doc.text(look.heading.uppercase ? title.toUpperCase() : title, page.left, doc.y, {
    width: page.width,
    characterSpacing: look.heading.letterSpacing,
    lineGap: page.lineGap(size),
  });
  if (look.heading.rule) {
    const y = doc.y + 1;
    doc
      .moveTo(page.left, y)
      .lineTo(page.left + page.width, y)
      .lineWidth(0.6)
      .strokeColor(`#${look.color.rule}`)
      .stroke();
    doc.y = y + 1;
  }
  doc.y += look.space.afterHeading;
}

/** One paragraph in the column (or indented by `indent`). */
export function drawParagraph(
  page: PdfPage,
  text: string,
  options: { style?: FontStyle; size?: number; color?: string; indent?: number } = {},
): void {
  const { doc, look } = page;
  const size = options.size ?? look.size.body;
  const indent = options.indent ?? 0;
  page.font(options.style ?? 'regular', size, options.color ?? look.color.text);
  doc.text(text, page.left + indent, doc.y, {
    width: page.width - indent,
    lineGap: page.lineGap(size),
  });
}

/** A bullet point with its text hanging beside the bullet. */
export function drawBullet(page: PdfPage, text: string): void {
  const { doc, look } = page;
  const size = look.size.body;
  const indent = look.space.bulletIndent;
  page.keepTogether(page.lineHeight(size));
  const y = doc.y;
  page.font('regular', size, look.color.muted);
  doc.text('•', page.left + 2, y, { lineBreak: false });
  page.font('regular', size, look.color.text);
  doc.text(text, page.left + indent, y, {
    width: page.width - indent,
    lineGap: page.lineGap(size),
  });
}

/**
 * A line with `left` text and `right` text flush right on the same baseline (a title and its
 * dates). The left part is written first, so text extraction reads title, then dates.
 */
export function drawSplitLine(
  page: PdfPage,
  left: { text: string; style: FontStyle; size: number; color: string; after?: string },
  right: string,
): void {
  const { doc, look } = page;
  const y = doc.y;
  page.font('regular', look.size.body, look.color.muted);
  const rightWidth = right ? doc.widthOfString(right) + 12 : 0;
  page.font(left.style, left.size, left.color);
  doc.text(left.text, page.left, y, {
    width: page.width - rightWidth,
    lineGap: page.lineGap(left.size),
    continued: Boolean(left.after),
  });
  if (left.after) {
    page.font('regular', left.size, look.color.muted);
    doc.text(left.after, { lineGap: page.lineGap(left.size) });
  }
  const below = doc.y;
  if (right) {
    page.font('regular', look.size.body, look.color.muted);
    doc.text(right, page.left, y + (left.size - look.size.body) * 0.8, {
      width: page.width,
      align: 'right',
      lineBreak: false,
    });
  }
  doc.y = below;
}
