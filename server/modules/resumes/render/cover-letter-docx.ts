import type { Paragraph } from 'docx';
import type { TCoverLetterContent } from '../../../../contracts/cover-letters.js';
import { templateLooks } from '../../../../contracts/resume-templates.js';
import { letterDate, recipientLines, signatureName } from './cover-letter-lines.js';
import { buildDocx, docxHeader, docxLayout, docxParagraph } from './docx-document.js';
import type { RenderOptions } from './resume-pdf.js';

/** A cover letter as a Word document; one empty paragraph wherever the PDF leaves a line. */
export function renderCoverLetterDocx(
  letter: TCoverLetterContent,
  options: RenderOptions,
): Promise<Buffer> {
  const pageSize = options.pageSize ?? 'A4';
  const layout = docxLayout(templateLooks[options.template], pageSize);
  const blank = () => docxParagraph('');
  const children: Paragraph[] = [...docxHeader(layout, letter.sender), blank()];
  const date = letterDate(letter);
  if (date) children.push(docxParagraph(date), blank());
  const recipient = recipientLines(letter);
  if (recipient.length > 0) children.push(...recipient.map((line) => docxParagraph(line)), blank());
  if (letter.subject) children.push(docxParagraph(letter.subject, { bold: true }), blank());
  children.push(docxParagraph(letter.salutation));
  for (const paragraph of letter.body) children.push(blank(), docxParagraph(paragraph));
  children.push(blank(), docxParagraph(letter.closing), blank(), blank());
  children.push(docxParagraph(signatureName(letter)));
  return buildDocx(
    layout,
    pageSize,
    {
      title: `${letter.sender.name} — Cover letter`,
      author: letter.sender.name,
      subject: letter.subject ?? 'Cover letter',
    },
    children,
  );
}
