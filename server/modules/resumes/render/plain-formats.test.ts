import { describe, expect, it } from 'vitest';
import { renderCoverLetterMarkdown, renderCoverLetterText } from './cover-letter-plain.js';
import { renderResumeMarkdown } from './resume-markdown.js';
import { renderResumeText } from './resume-text.js';
import { HIDDEN_MARKER, sampleCoverLetter, sampleResume } from './sample-content.js';

const markdown = renderResumeMarkdown(sampleResume);
const text = renderResumeText(sampleResume);

describe('resume as Markdown and plain text', () => {
  it('writes Markdown headings per section and entry, and bullets for highlights', () => {
    expect(markdown.startsWith('# Ada Lovelace\n\n**Senior software engineer**\n')).toBe(true);
    expect(markdown).toContain(
      '\n## Experience\n\n### Staff Engineer\n\n*Analytical Engines Ltd · London | Mar 2021 – Present*\n',
    );
    expect(markdown).toContain('\n- Cut report generation time from 40 minutes to 90 seconds\n');
    expect(markdown).toContain('\n- **Languages:** TypeScript, Rust, SQL (Expert)\n');
    expect(markdown).toContain('<https://github.com/ada/engine>');
  });

  it('wraps plain text at 80 columns with dates flush right', () => {
    const lines = text.split('\n');
    expect(lines[0]).toBe('ADA LOVELACE');
    expect(lines.every((line) => line.length <= 80)).toBe(true);
    const entry = lines.find((line) => line.startsWith('Staff Engineer'));
    expect(entry).toMatch(/^Staff Engineer +Mar 2021 – Present$/);
    expect(entry).toHaveLength(80);
    expect(text).toContain('\nEXPERIENCE\n==========\n');
  });

  it('leaves hidden sections, hidden items and emptied sections out of both', () => {
    for (const output of [markdown, text]) {
      expect(output).not.toContain(HIDDEN_MARKER);
      expect(output).not.toContain('Empty section');
      expect(output).not.toContain('Hidden section');
      expect(output).toContain('Software Engineer');
    }
  });

  it('escapes Markdown in what people typed', () => {
    const tricky = renderResumeMarkdown({
      ...sampleResume,
      summary: '*Not bold* and C# [links]',
    });
    expect(tricky).toContain('\\*Not bold\\* and C\\# \\[links\\]');
  });
});

describe('cover letter as Markdown and plain text', () => {
  it('keeps the letter in order in both', () => {
    for (const output of [
      renderCoverLetterMarkdown(sampleCoverLetter),
      renderCoverLetterText(sampleCoverLetter),
    ]) {
      const order = [
        'Ada Lovelace',
        '1 December 2026',
        'Grace Hopper',
        'Dear Ms Hopper,',
        'Kind regards,',
      ].map((part) => output.toLowerCase().indexOf(part.toLowerCase()));
      expect(order.every((i) => i >= 0)).toBe(true);
      expect(order).toEqual([...order].sort((a, b) => a - b));
      expect(output.trimEnd().endsWith('Ada Lovelace')).toBe(true);
    }
    expect(renderCoverLetterMarkdown(sampleCoverLetter)).toContain(
      'Grace Hopper  \nHead of Engineering',
    );
  });
});
