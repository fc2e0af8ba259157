import type { TResumeTemplate } from './resumes.js';

/**
 * How each resume and cover-letter template looks, in one place: the PDF, DOCX and web preview
 * all read these numbers, so the formats agree. Sizes are in points (1/72 inch); colours are
 * hex without '#', as DOCX wants them. Every look keeps one column and real text, so
 * applicant-tracking systems read it in order.
 */
export type TFontFamily = 'Source Serif 4' | 'Inter' | 'Source Sans 3';

export interface TTemplateLook {
  id: TResumeTemplate;
  label: string;
  description: string;
  font: TFontFamily;
  /** CSS generic family after the font, for the preview while the font loads. */
  fallback: 'serif' | 'sans-serif';
  /** The weight used for bold text (600 reads better than 700 in Inter). */
  boldWeight: 600 | 700;
  size: { name: number; label: number; heading: number; title: number; body: number };
  /** Line height as a multiple of the font size. */
  lineHeight: number;
  color: { text: string; muted: string; accent: string; rule: string };
  /** Page margins and gaps, in points. */
  space: {
    margin: number;
    afterHeader: number;
    beforeSection: number;
    afterHeading: number;
    betweenItems: number;
    bulletIndent: number;
  };
  name: { align: 'center' | 'left'; bold: boolean; uppercase: boolean };
  heading: { uppercase: boolean; rule: boolean; accent: boolean; letterSpacing: number };
  /** stacked: title, then details, then bullets; twoLine: title line, then one dense line. */
  item: 'stacked' | 'twoLine';
}

export const templateLooks: Record<TResumeTemplate, TTemplateLook> = {
  classic: {
    id: 'classic',
    label: 'Classic',
    description: 'Serif, centred name, rules under the headings',
    font: 'Source Serif 4',
    fallback: 'serif',
    boldWeight: 700,
    size: { name: 22, label: 11.5, heading: 11.5, title: 10.5, body: 10 },
    lineHeight: 1.45,
    color: { text: '1f2328', muted: '57606a', accent: '1f2328', rule: '8c959f' },
    space: {
      margin: 56,
      afterHeader: 14,
      beforeSection: 12,
      afterHeading: 6,
      betweenItems: 7,
      bulletIndent: 12,
    },
    name: { align: 'center', bold: false, uppercase: false },
    heading: { uppercase: true, rule: true, accent: false, letterSpacing: 1.2 },
    item: 'stacked',
  },
  modern: {
    id: 'modern',
    label: 'Modern',
    description: 'Sans, accent colour, name on the left, bold titles',
    font: 'Inter',
    fallback: 'sans-serif',
    boldWeight: 600,
    size: { name: 24, label: 12, heading: 11, title: 10, body: 9.5 },
    lineHeight: 1.45,
    color: { text: '1e293b', muted: '64748b', accent: '1d4ed8', rule: 'cbd5e1' },
    space: {
      margin: 50,
      afterHeader: 16,
      beforeSection: 14,
      afterHeading: 6,
      betweenItems: 8,
      bulletIndent: 11,
    },
    name: { align: 'left', bold: true, uppercase: false },
    heading: { uppercase: false, rule: false, accent: true, letterSpacing: 0 },
    item: 'stacked',
  },
  compact: {
    id: 'compact',
    label: 'Compact',
    description: 'Small sans, dense two-line items, fits more on a page',
    font: 'Source Sans 3',
    fallback: 'sans-serif',
    boldWeight: 700,
    size: { name: 16, label: 10, heading: 9.5, title: 9, body: 8.5 },
    lineHeight: 1.3,
    color: { text: '111827', muted: '4b5563', accent: '0f766e', rule: 'd1d5db' },
    space: {
      margin: 36,
      afterHeader: 8,
      beforeSection: 8,
      afterHeading: 3,
      betweenItems: 4,
      bulletIndent: 9,
    },
    name: { align: 'left', bold: true, uppercase: true },
    heading: { uppercase: true, rule: true, accent: true, letterSpacing: 0.8 },
    item: 'twoLine',
  },
};

export const pageSizes = ['A4', 'Letter'] as const;
export type TPageSize = (typeof pageSizes)[number];

/** Page sizes in points, width x height. */
export const pageDimensions: Record<TPageSize, { width: number; height: number }> = {
  A4: { width: 595.28, height: 841.89 },
  Letter: { width: 612, height: 792 },
};
