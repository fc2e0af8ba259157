import PDFDocument from 'pdfkit';
import type { TPageSize, TTemplateLook } from '../../../../contracts/resume-templates.js';
import { fontFiles } from './fonts.js';

/**
 * A PDFKit document set up for one template: its fonts embedded (so text stays selectable and
 * extractable), its margins, the metadata, and the helpers the resume and letter layouts share.
 */
export interface PdfMeta {
  title: string;
  author: string;
  subject: string;
}

export type FontStyle = 'regular' | 'bold' | 'italic';

export interface PdfPage {
  doc: PDFKit.PDFDocument;
  look: TTemplateLook;
  /** Left edge and width of the text column. */
  left: number;
  width: number;
  font(style: FontStyle, size: number, color: string): void;
  /** Starts a new page unless `height` points still fit above the bottom margin. */
  keepTogether(height: number): void;
  /** Height of one line of text at this size: the look's line height, as CSS has it. */
  lineHeight(size: number): number;
  /** PDFKit's `lineGap` that gives lines `factor` times the size apart (the font's own is less or more). */
  lineGap(size: number, factor?: number): number;
}

export function openPdf(look: TTemplateLook, pageSize: TPageSize, meta: PdfMeta): PdfPage {
  const files = fontFiles(look.font);
  const margin = look.space.margin;
  const doc = new PDFDocument({
    size: pageSize === 'Letter' ? 'LETTER' : 'A4',
    margins: { top: margin, bottom: margin, left: margin, right: margin },
    // Page numbers are written once the page count is known.
    bufferPages: true,
    // No default font: PDFKit would otherwise add Helvetica, which is never embedded.
    font: '',
    lang: 'en',
    displayTitle: true,
    info: { Title: meta.title, Author: meta.author, Subject: meta.subject, Creator: 'CareerOS' },
  });
  for (const style of ['regular', 'bold', 'italic'] as const) {
    // PDFKit takes a parsed fontkit font (it checks for `layout`); its types list only files.
    doc.registerFont(style, files[style] as unknown as PDFKit.Mixins.PDFFontSource);
  }
  doc.font('regular');

  // PDFKit spaces lines by the font's own metrics (as a multiple of the size), plus lineGap.
  const metrics = files.regular;
  const natural = (metrics.ascent - metrics.descent + metrics.lineGap) / metrics.unitsPerEm;
  const page: PdfPage = {
    doc,
    look,
    left: margin,
    width: doc.page.width - 2 * margin,
    font(style, size, color) {
      doc.font(style).fontSize(size).fillColor(`#${color}`);
    },
    keepTogether(height) {
      if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
    },
    lineHeight(size) {
      return size * look.lineHeight;
    },
    lineGap(size, factor = look.lineHeight) {
      return size * (factor - natural);
    },
  };
  return page;
}

/** "2 / 3" in the bottom margin of every page from the second, then the finished bytes. */
export function finishPdf(page: PdfPage): Promise<Buffer> {
  const { doc, look } = page;
  const range = doc.bufferedPageRange();
  for (let i = 1; i < range.count; i += 1) {
    doc.switchToPage(range.start + i);
    const bottom = doc.page.margins.bottom;
    // Writing inside the bottom margin would otherwise make PDFKit start yet another page.
    doc.page.margins.bottom = 0;
    page.font('regular', look.size.body - 1, look.color.muted);
    doc.text(`${i + 1} / ${range.count}`, page.left, doc.page.height - bottom / 2 - 4, {
      width: page.width,
      align: 'right',
      lineBreak: false,
    });
    doc.page.margins.bottom = bottom;
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
