import {
  contactParts,
  formatDateRange,
  isListSection,
  itemDetails,
  listItemLine,
  visibleSections,
} from '../../../../contracts/resume-layout.js';
import type { TResumeContent, TResumeItem } from '../../../../contracts/resumes.js';
import { splitLine, underline, wrap, wrapBullet } from './plain-text.js';

/** The resume as plain text wrapped at 80 columns, for pasting into application forms. */
export function renderResumeText(content: TResumeContent): string {
  const blocks: string[] = [
    headerText(content.basics.name, content.basics.label, contactParts(content.basics)),
  ];
  if (content.summary) blocks.push(wrap(content.summary));
  for (const section of visibleSections(content)) {
    blocks.push(underline(section.title.toUpperCase(), '='));
    if (isListSection(section.kind)) {
      blocks.push(section.items.map(listLine).join('\n'));
    } else {
      blocks.push(...section.items.map(entryText));
    }
  }
  return `${blocks.join('\n\n')}\n`;
}

export function headerText(name: string, label: string | null, contact: string[]): string {
  const lines = [name.toUpperCase()];
  if (label) lines.push(label);
  if (contact.length > 0) lines.push(wrap(contact.join(' · ')));
  return lines.join('\n');
}

function listLine(item: TResumeItem): string {
  const { name, detail } = listItemLine(item);
  return wrap(detail ? `${name}: ${detail}` : name);
}

function entryText(item: TResumeItem): string {
  const lines = [splitLine(item.title, formatDateRange(item))];
  const details = itemDetails(item);
  if (details) lines.push(wrap(details));
  if (item.summary) lines.push(wrap(item.summary));
  lines.push(...item.highlights.map((highlight) => wrapBullet(highlight)));
  if (item.keywords.length > 0) lines.push(wrap(item.keywords.join(', ')));
  if (item.url) lines.push(item.url);
  return lines.join('\n');
}
