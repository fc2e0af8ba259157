import type { FileChild, IRunOptions } from 'docx';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
} from 'docx';
import { contactParts } from '../../../../contracts/resume-layout.js';
import type { TPageSize, TTemplateLook } from '../../../../contracts/resume-templates.js';
import { pageDimensions } from '../../../../contracts/resume-templates.js';
import type { TResumeBasics } from '../../../../contracts/resumes.js';
import type { PdfMeta } from './pdf-document.js';

/**
 * A Word document in a template's look: its fonts and colours by name in the Title, Heading 1
 * and Heading 2 styles, bullets as a real list, dates on a right tab stop (no layout tables, which
 * applicant-tracking systems misread), page numbers from the second page.
 */
const twips = (points: number) => Math.round(points * 20);
const halfPoints = (points: number) => Math.round(points * 2);

export const BULLETS = 'bullets';

export interface DocxLayout {
  look: TTemplateLook;
  /** Width of the text column in twips, where the right tab stop for dates sits. */
  columnWidth: number;
}

export function docxLayout(look: TTemplateLook, pageSize: TPageSize): DocxLayout {
  return { look, columnWidth: twips(pageDimensions[pageSize].width - 2 * look.space.margin) };
}

export function buildDocx(
  layout: DocxLayout,
  pageSize: TPageSize,
  meta: PdfMeta,
  children: FileChild[],
): Promise<Buffer> {
  const { look } = layout;
  const font = look.font;
  const page = pageDimensions[pageSize];
  const lineSpacing = Math.round(240 * look.lineHeight);
  const doc = new Document({
    title: meta.title,
    creator: meta.author,
    subject: meta.subject,
    styles: {
      default: {
        document: {
          run: { font, size: halfPoints(look.size.body), color: look.color.text },
          paragraph: { spacing: { line: lineSpacing, after: 0 } },
        },
        title: {
          run: {
            font,
            size: halfPoints(look.size.name),
            bold: look.name.bold,
            allCaps: look.name.uppercase,
            color: look.color.text,
          },
          paragraph: {
            alignment: look.name.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
            spacing: { after: 0 },
          },
        },
        heading1: {
          run: {
            font,
            size: halfPoints(look.size.heading),
            bold: true,
            allCaps: look.heading.uppercase,
            characterSpacing: twips(look.heading.letterSpacing),
            color: look.heading.accent ? look.color.accent : look.color.text,
          },
          paragraph: {
            spacing: {
              before: twips(look.space.beforeSection),
              after: twips(look.space.afterHeading),
            },
            keepNext: true,
            border: look.heading.rule
              ? { bottom: { style: BorderStyle.SINGLE, size: 4, color: look.color.rule, space: 1 } }
              : undefined,
          },
        },
        heading2: {
          run: { font, size: halfPoints(look.size.title), bold: true, color: look.color.text },
          paragraph: {
            spacing: { before: twips(look.space.betweenItems), after: 0 },
            keepNext: true,
          },
        },
      },
    },
    numbering: {
      config: [
        {
          reference: BULLETS,
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '•',
              alignment: AlignmentType.LEFT,
              style: {
                paragraph: {
                  indent: {
                    left: twips(look.space.bulletIndent),
                    hanging: twips(look.space.bulletIndent - 2),
                  },
                },
              },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: twips(page.width), height: twips(page.height) },
            margin: {
              top: twips(look.space.margin),
              bottom: twips(look.space.margin),
              left: twips(look.space.margin),
              right: twips(look.space.margin),
              footer: twips(look.space.margin / 2),
            },
          },
        },
        footers: {
          first: new Footer({ children: [] }),
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({
                    children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES],
                    color: look.color.muted,
                    size: halfPoints(look.size.body - 1),
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** Name (Title style), headline and contact line. */
export function docxHeader(layout: DocxLayout, basics: TResumeBasics): Paragraph[] {
  const { look } = layout;
  const alignment = look.name.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT;
  const paragraphs = [new Paragraph({ heading: HeadingLevel.TITLE, text: basics.name })];
  if (basics.label) {
    paragraphs.push(
      new Paragraph({
        alignment,
        children: [
          new TextRun({
            text: basics.label,
            size: halfPoints(look.size.label),
            color: look.heading.accent ? look.color.accent : look.color.muted,
          }),
        ],
      }),
    );
  }
  const contact = contactParts(basics);
  if (contact.length > 0) {
    paragraphs.push(
      new Paragraph({
        alignment,
        children: [new TextRun({ text: contact.join('  ·  '), color: look.color.muted })],
      }),
    );
  }
  paragraphs.push(new Paragraph({ spacing: { after: twips(look.space.afterHeader / 2) } }));
  return paragraphs;
}

export function docxParagraph(text: string, run: Omit<IRunOptions, 'text'> = {}): Paragraph {
  return new Paragraph({ children: [new TextRun({ ...run, text })] });
}

export function docxBullet(text: string): Paragraph {
  return new Paragraph({
    numbering: { reference: BULLETS, level: 0 },
    children: [new TextRun(text)],
  });
}

/** An entry's title (Heading 2) with dates on the right tab stop; `after` in plain muted text. */
export function docxEntryTitle(
  layout: DocxLayout,
  title: string,
  dates: string,
  after?: string,
): Paragraph {
  const muted = { bold: false, color: layout.look.color.muted };
  const children = [new TextRun(title)];
  if (after) children.push(new TextRun({ ...muted, text: `  ${after}` }));
  if (dates) children.push(new TextRun({ ...muted, children: [new Tab(), dates] }));
  return new Paragraph({
    heading: HeadingLevel.HEADING_2,
    tabStops: [{ type: TabStopType.RIGHT, position: layout.columnWidth }],
    children,
  });
}
