import { beforeAll, describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import type { TResumeTemplate } from '../../../../contracts/resumes.js';
import { resumeTemplates } from '../../../../contracts/resumes.js';
import { renderCoverLetterPdf } from './cover-letter-pdf.js';
import { renderResumePdf } from './resume-pdf.js';
import { HIDDEN_MARKER, sampleCoverLetter, sampleResume, twoPageResume } from './sample-content.js';

interface Parsed {
  bytes: Buffer;
  pages: string[];
  text: string;
  title: unknown;
  fonts: string[];
  pageWidth: number;
}

/** Text per page through pdf.js (a real parser), metadata, and the embedded font names. */
async function parse(bytes: Buffer): Promise<Parsed> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text: pages } = await extractText(pdf);
  const { info } = await pdf.getMetadata();
  const page = await pdf.getPage(1);
  const raw = bytes.toString('latin1');
  const fonts = [...raw.matchAll(/\/BaseFont \/[A-Z]{6}\+([\w-]+)/g)].map((m) => m[1] ?? '');
  return {
    bytes,
    pages,
    text: pages.join('\n'),
    title: (info as { Title?: unknown }).Title,
    fonts: [...new Set(fonts)].sort(),
    pageWidth: page.view[2] ?? 0,
  };
}

function inOrder(text: string, parts: string[]): number[] {
  return parts.map((part) => text.indexOf(part));
}

const parsed = {} as Record<TResumeTemplate, Parsed>;
let twoPages: Parsed;
let letter: Parsed;

beforeAll(async () => {
  for (const template of resumeTemplates) {
    parsed[template] = await parse(await renderResumePdf(sampleResume, { template }));
  }
  twoPages = await parse(await renderResumePdf(twoPageResume, { template: 'classic' }));
  letter = await parse(
    await renderCoverLetterPdf(sampleCoverLetter, { template: 'modern', pageSize: 'Letter' }),
  );
});

describe('PDFs rendered one after another in a process', () => {
  it('keep every character in the text layer (glyphs first met as parts of others)', async () => {
    // The resumes rendered above share the parsed fonts with this letter.
    const subject = 'Application for the Analyst role, ref. 42 (No. 7)…';
    for (const template of resumeTemplates) {
      const pdf = await parse(
        await renderCoverLetterPdf({ ...sampleCoverLetter, subject }, { template }),
      );
      expect(pdf.text).toContain(subject);
    }
  });
});

describe('resume PDF', () => {
  it.each(resumeTemplates)(
    '%s: a PDF whose text reads name, title, highlight in order',
    (template) => {
      const pdf = parsed[template];
      expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.title).toBe('Ada Lovelace — Resume');
      const positions = inOrder(pdf.text, [
        template === 'compact' ? 'ADA LOVELACE' : 'Ada Lovelace',
        'Staff Engineer',
        'Cut report generation time',
        'Software Engineer',
        'Charles Babbage',
      ]);
      expect(positions.every((p) => p >= 0)).toBe(true);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
      expect(pdf.text).not.toContain(HIDDEN_MARKER);
      expect(pdf.text).not.toContain('Empty section');
    },
  );

  it('embeds subsets of each template own TrueType fonts, and nothing else', () => {
    for (const template of resumeTemplates) {
      const raw = parsed[template].bytes.toString('latin1');
      expect(raw).toContain('/FontFile2');
      expect(raw).not.toContain('Helvetica');
    }
    expect(parsed.classic.fonts).toEqual([
      'SourceSerif4-Bold',
      'SourceSerif4-Italic',
      'SourceSerif4-Regular',
    ]);
    expect(parsed.modern.fonts).toEqual(['Inter-Regular', 'Inter-SemiBold']);
    expect(parsed.compact.fonts).toEqual(['SourceSans3-Bold', 'SourceSans3-Regular']);
  });

  it('breaks a long resume over two A4 pages, numbered from the second', () => {
    expect(twoPages.pages).toHaveLength(2);
    expect(twoPages.pageWidth).toBeCloseTo(595.28);
    expect(twoPages.pages[0]).not.toMatch(/\b1 \/ 2\b/);
    expect(twoPages.pages[1]).toMatch(/\b2 \/ 2\b/);
  });
});

describe('cover letter PDF', () => {
  it('reads sender, recipient, salutation, body and signature in order', () => {
    expect(letter.title).toBe('Ada Lovelace — Cover letter');
    const positions = inOrder(letter.text, [
      'Ada Lovelace',
      '1 December 2026',
      'Compiler Corp',
      'Application for the Staff Engineer role',
      'Dear Ms Hopper,',
      'I would welcome the chance',
      'Kind regards,',
    ]);
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(letter.text.lastIndexOf('Ada Lovelace')).toBeGreaterThan(positions[6] ?? 0);
    expect(letter.fonts).toContain('Inter-Regular');
    expect(letter.pageWidth).toBe(612);
  });
});
