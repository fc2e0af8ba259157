import { unzipSync, strFromU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TResumeTemplate } from '../../../../contracts/resumes.js';
import { resumeTemplates } from '../../../../contracts/resumes.js';
import { renderCoverLetterDocx } from './cover-letter-docx.js';
import { renderResumeDocx } from './resume-docx.js';
import { HIDDEN_MARKER, sampleCoverLetter, sampleResume } from './sample-content.js';

interface Opened {
  document: string;
  styles: string;
  /** Each paragraph's style and its text, in document order. */
  paragraphs: { style: string | null; text: string }[];
}

function open(bytes: Buffer): Opened {
  const files = unzipSync(new Uint8Array(bytes));
  const read = (name: string) => {
    const file = files[name];
    if (!file) throw new Error(`${name} missing from the DOCX`);
    return strFromU8(file);
  };
  const document = read('word/document.xml');
  const paragraphs = [...document.matchAll(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/gs)].map(
    ([p]) => ({
      style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? null,
      text: [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
    }),
  );
  return { document, styles: read('word/styles.xml'), paragraphs };
}

const opened = {} as Record<TResumeTemplate, Opened>;
let letter: Opened;

beforeAll(async () => {
  for (const template of resumeTemplates) {
    opened[template] = open(await renderResumeDocx(sampleResume, { template }));
  }
  letter = open(await renderCoverLetterDocx(sampleCoverLetter, { template: 'classic' }));
});

describe('resume DOCX', () => {
  it.each(resumeTemplates)(
    '%s: name as Title, sections as Heading 1, entries as Heading 2',
    (template) => {
      const { paragraphs, document } = opened[template];
      expect(paragraphs[0]).toEqual({ style: 'Title', text: 'Ada Lovelace' });
      const headings = paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text);
      expect(headings.slice(0, 3)).toEqual(['Experience', 'Volunteering', 'Education']);
      const entry = paragraphs.find((p) => p.text.startsWith('Staff Engineer'));
      expect(entry?.style).toBe('Heading2');
      expect(entry?.text).toContain('Mar 2021 – Present');
      // Same order as the PDF; no layout tables; hidden parts left out.
      const order = [
        'Ada Lovelace',
        'Staff Engineer',
        'Cut report generation',
        'Charles Babbage',
      ].map((part) => document.indexOf(part));
      expect(order.every((i) => i >= 0)).toBe(true);
      expect(order).toEqual([...order].sort((a, b) => a - b));
      expect(document).not.toContain('<w:tbl>');
      expect(document).not.toContain(HIDDEN_MARKER);
      expect(document).not.toContain('Empty section');
    },
  );

  it('writes highlights as a bulleted list in stacked templates', () => {
    const bullet = opened.classic.paragraphs.find((p) => p.text.startsWith('Cut report'));
    expect(bullet?.style).toBe('ListParagraph');
    expect(opened.classic.document).toMatch(/<w:numPr>/);
  });

  it("names each template's fonts and colours in its styles", () => {
    expect(opened.classic.styles).toContain('w:ascii="Source Serif 4"');
    expect(opened.modern.styles).toContain('w:ascii="Inter"');
    expect(opened.modern.styles).toContain('w:val="1d4ed8"');
    expect(opened.compact.styles).toContain('w:ascii="Source Sans 3"');
  });
});

describe('cover letter DOCX', () => {
  it('has the sender as Title and the letter in order', () => {
    expect(letter.paragraphs[0]).toEqual({ style: 'Title', text: 'Ada Lovelace' });
    const texts = letter.paragraphs.map((p) => p.text);
    const order = ['1 December 2026', 'Grace Hopper', 'Dear Ms Hopper,', 'Kind regards,'].map((t) =>
      texts.indexOf(t),
    );
    expect(order.every((i) => i > 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(texts[texts.length - 1]).toBe('Ada Lovelace');
  });
});
