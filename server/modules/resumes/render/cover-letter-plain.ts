import type { TCoverLetterContent } from '../../../../contracts/cover-letters.js';
import { contactParts } from '../../../../contracts/resume-layout.js';
import { letterDate, recipientLines, signatureName } from './cover-letter-lines.js';
import { md, wrap } from './plain-text.js';
import { headerMarkdown } from './resume-markdown.js';
import { headerText } from './resume-text.js';

/** A cover letter as plain text wrapped at 80 columns. */
export function renderCoverLetterText(letter: TCoverLetterContent): string {
  const { sender } = letter;
  const blocks = [headerText(sender.name, sender.label, contactParts(sender))];
  blocks.push(
    ...letterBlocks(
      letter,
      (text) => wrap(text),
      (lines) => lines.join('\n'),
    ),
  );
  return `${blocks.join('\n\n')}\n`;
}

/** A cover letter as Markdown; the recipient's lines end with a hard break. */
export function renderCoverLetterMarkdown(letter: TCoverLetterContent): string {
  const blocks = [headerMarkdown(letter.sender)];
  blocks.push(...letterBlocks(letter, md, (lines) => lines.map(md).join('  \n'), true));
  return `${blocks.join('\n\n')}\n`;
}

function letterBlocks(
  letter: TCoverLetterContent,
  paragraph: (text: string) => string,
  lines: (lines: string[]) => string,
  markdown = false,
): string[] {
  const blocks: string[] = [];
  const date = letterDate(letter);
  if (date) blocks.push(paragraph(date));
  const recipient = recipientLines(letter);
  if (recipient.length > 0) blocks.push(lines(recipient));
  if (letter.subject) {
    blocks.push(markdown ? `**${md(letter.subject)}**` : paragraph(letter.subject));
  }
  blocks.push(paragraph(letter.salutation), ...letter.body.map(paragraph));
  blocks.push(lines([letter.closing, '', signatureName(letter)]));
  return blocks;
}
