import type { TCoverLetterContent } from '../../../../contracts/cover-letters.js';
import { templateLooks } from '../../../../contracts/resume-templates.js';
import { letterDate, recipientLines, signatureName } from './cover-letter-lines.js';
import { drawHeader, drawParagraph } from './pdf-blocks.js';
import { finishPdf, openPdf } from './pdf-document.js';
import type { RenderOptions } from './resume-pdf.js';

/** A cover letter as a PDF, under the same header as the resume in the same template. */
export async function renderCoverLetterPdf(
  letter: TCoverLetterContent,
  options: RenderOptions,
): Promise<Buffer> {
  const look = templateLooks[options.template];
  const page = openPdf(look, options.pageSize ?? 'A4', {
    title: `${letter.sender.name} — Cover letter`,
    author: letter.sender.name,
    subject: letter.subject ?? 'Cover letter',
  });
  const { doc } = page;
  const gap = look.size.body * look.lineHeight;
  drawHeader(page, letter.sender);
  doc.y += gap;
  const date = letterDate(letter);
  if (date) {
    drawParagraph(page, date);
    doc.y += gap;
  }
  const recipient = recipientLines(letter);
  if (recipient.length > 0) {
    drawParagraph(page, recipient.join('\n'));
    doc.y += gap;
  }
  if (letter.subject) {
    drawParagraph(page, letter.subject, { style: 'bold' });
    doc.y += gap;
  }
  drawParagraph(page, letter.salutation);
  for (const paragraph of letter.body) {
    doc.y += gap * 0.6;
    drawParagraph(page, paragraph);
  }
  doc.y += gap;
  page.keepTogether(gap * 4);
  drawParagraph(page, letter.closing);
  doc.y += gap * 2;
  drawParagraph(page, signatureName(letter));
  return finishPdf(page);
}
