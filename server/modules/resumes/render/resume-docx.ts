import type { Paragraph } from 'docx';
import { HeadingLevel, Paragraph as DocxParagraph, TextRun } from 'docx';
import {
  formatDateRange,
  isListSection,
  itemDetails,
  listItemLine,
  visibleSections,
} from '../../../../contracts/resume-layout.js';
import { templateLooks } from '../../../../contracts/resume-templates.js';
import type { TResumeContent, TResumeItem } from '../../../../contracts/resumes.js';
import type { DocxLayout } from './docx-document.js';
import {
  buildDocx,
  docxBullet,
  docxEntryTitle,
  docxHeader,
  docxLayout,
  docxParagraph,
} from './docx-document.js';
import type { RenderOptions } from './resume-pdf.js';

/** The resume as a Word document, in the same order and words as the PDF. */
export function renderResumeDocx(content: TResumeContent, options: RenderOptions): Promise<Buffer> {
  const pageSize = options.pageSize ?? 'A4';
  const layout = docxLayout(templateLooks[options.template], pageSize);
  const children: Paragraph[] = docxHeader(layout, content.basics);
  if (content.summary) children.push(docxParagraph(content.summary));
  for (const section of visibleSections(content)) {
    children.push(new DocxParagraph({ heading: HeadingLevel.HEADING_1, text: section.title }));
    for (const item of section.items) {
      if (isListSection(section.kind)) children.push(listItem(item));
      else children.push(...entry(layout, item));
    }
  }
  return buildDocx(
    layout,
    pageSize,
    {
      title: `${content.basics.name} — Resume`,
      author: content.basics.name,
      subject: content.basics.label ?? 'Resume',
    },
    children,
  );
}

function listItem(item: TResumeItem): Paragraph {
  const { name, detail } = listItemLine(item);
  return new DocxParagraph({
    children: [new TextRun({ text: detail ? `${name}: ` : name, bold: true }), new TextRun(detail)],
  });
}

function entry(layout: DocxLayout, item: TResumeItem): Paragraph[] {
  const { look } = layout;
  const dates = formatDateRange(item);
  const details = itemDetails(item);
  const muted = { color: look.color.muted };
  const keywords = item.keywords.join(', ');
  if (look.item === 'twoLine') {
    const rest = [item.summary, ...item.highlights, keywords, item.url].filter(Boolean);
    const title = docxEntryTitle(layout, item.title, dates, details);
    return rest.length > 0 ? [title, docxParagraph(rest.join('  •  '))] : [title];
  }
  const paragraphs = [docxEntryTitle(layout, item.title, dates)];
  if (details) {
    paragraphs.push(docxParagraph(details, { ...muted, italics: look.fallback === 'serif' }));
  }
  if (item.summary) paragraphs.push(docxParagraph(item.summary));
  paragraphs.push(...item.highlights.map(docxBullet));
  if (keywords) paragraphs.push(docxParagraph(keywords, muted));
  if (item.url) paragraphs.push(docxParagraph(item.url, muted));
  return paragraphs;
}
