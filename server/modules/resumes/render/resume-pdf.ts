import {
  formatDateRange,
  isListSection,
  itemDetails,
  listItemLine,
  visibleSections,
} from '../../../../contracts/resume-layout.js';
import type { TPageSize } from '../../../../contracts/resume-templates.js';
import { templateLooks } from '../../../../contracts/resume-templates.js';
import type {
  TResumeContent,
  TResumeItem,
  TResumeTemplate,
} from '../../../../contracts/resumes.js';
import { drawBullet, drawHeader, drawHeading, drawParagraph, drawSplitLine } from './pdf-blocks.js';
import type { PdfPage } from './pdf-document.js';
import { finishPdf, openPdf } from './pdf-document.js';

export interface RenderOptions {
  template: TResumeTemplate;
  pageSize?: TPageSize;
}

/** The resume as a PDF a person would send: one column of real text in the template's look. */
export async function renderResumePdf(
  content: TResumeContent,
  options: RenderOptions,
): Promise<Buffer> {
  const look = templateLooks[options.template];
  const page = openPdf(look, options.pageSize ?? 'A4', {
    title: `${content.basics.name} — Resume`,
    author: content.basics.name,
    subject: content.basics.label ?? 'Resume',
  });
  drawHeader(page, content.basics);
  if (content.summary) drawParagraph(page, content.summary);
  for (const section of visibleSections(content)) {
    // A heading never ends a page: it stays with its first entry's title and first line.
    drawHeading(page, section.title, entryStart(page));
    section.items.forEach((item, index) => {
      if (isListSection(section.kind)) drawListItem(page, item);
      else drawEntry(page, item, index === 0);
    });
  }
  return finishPdf(page);
}

/** Room for an entry's title line and its first line of detail. */
function entryStart(page: PdfPage): number {
  return page.lineHeight(page.look.size.title) + page.lineHeight(page.look.size.body);
}

function drawListItem(page: PdfPage, item: TResumeItem): void {
  const { doc, look } = page;
  const { name, detail } = listItemLine(item);
  page.keepTogether(page.lineHeight(look.size.body));
  page.font('bold', look.size.body, look.color.text);
  doc.text(detail ? `${name}: ` : name, page.left, doc.y, {
    width: page.width,
    lineGap: page.lineGap(look.size.body),
    continued: Boolean(detail),
  });
  if (detail) {
    page.font('regular', look.size.body, look.color.text);
    doc.text(detail, { lineGap: page.lineGap(look.size.body) });
  }
  doc.y += look.space.betweenItems / 3;
}

function drawEntry(page: PdfPage, item: TResumeItem, first: boolean): void {
  const { doc, look } = page;
  if (!first) doc.y += look.space.betweenItems;
  page.keepTogether(entryStart(page));
  const dates = formatDateRange(item);
  const details = itemDetails(item);
  const title = { style: 'bold' as const, size: look.size.title, color: look.color.text };
  if (look.item === 'twoLine') {
    // Compact: the title line carries the details; everything else shares one dense line.
    drawSplitLine(
      page,
      { ...title, text: item.title, after: details ? `  ${details}` : '' },
      dates,
    );
    const rest = [item.summary, ...item.highlights, keywordLine(item), item.url].filter(Boolean);
    if (rest.length > 0) drawParagraph(page, rest.join('  •  '));
    return;
  }
  drawSplitLine(page, { ...title, text: item.title }, dates);
  if (details) {
    drawParagraph(page, details, {
      style: look.fallback === 'serif' ? 'italic' : 'regular',
      color: look.color.muted,
    });
  }
  if (item.summary) drawParagraph(page, item.summary);
  for (const highlight of item.highlights) drawBullet(page, highlight);
  const keywords = keywordLine(item);
  if (keywords) drawParagraph(page, keywords, { color: look.color.muted });
  if (item.url) drawParagraph(page, item.url, { color: look.color.muted });
}

function keywordLine(item: TResumeItem): string {
  return item.keywords.join(', ');
}
