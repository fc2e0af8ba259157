import {
  contactParts,
  formatDateRange,
  isListSection,
  itemDetails,
  listItemLine,
  visibleSections,
} from '../../../../contracts/resume-layout.js';
import type { TResumeBasics, TResumeContent, TResumeItem } from '../../../../contracts/resumes.js';
import { md } from './plain-text.js';

/** The resume as Markdown: one `#` for the name, `##` per section, `###` per entry. */
export function renderResumeMarkdown(content: TResumeContent): string {
  const blocks = [headerMarkdown(content.basics)];
  if (content.summary) blocks.push(md(content.summary));
  for (const section of visibleSections(content)) {
    blocks.push(`## ${md(section.title)}`);
    if (isListSection(section.kind)) {
      blocks.push(section.items.map(listLine).join('\n'));
    } else {
      blocks.push(...section.items.map(entryMarkdown));
    }
  }
  return `${blocks.join('\n\n')}\n`;
}

export function headerMarkdown(basics: TResumeBasics): string {
  const blocks = [`# ${md(basics.name)}`];
  if (basics.label) blocks.push(`**${md(basics.label)}**`);
  const contact = contactParts(basics);
  if (contact.length > 0) blocks.push(contact.map(md).join(' · '));
  return blocks.join('\n\n');
}

function listLine(item: TResumeItem): string {
  const { name, detail } = listItemLine(item);
  return detail ? `- **${md(name)}:** ${md(detail)}` : `- **${md(name)}**`;
}

function entryMarkdown(item: TResumeItem): string {
  const blocks = [`### ${md(item.title)}`];
  const meta = [itemDetails(item), formatDateRange(item)].filter(Boolean).map(md);
  if (meta.length > 0) blocks.push(`*${meta.join(' | ')}*`);
  if (item.summary) blocks.push(md(item.summary));
  if (item.highlights.length > 0) blocks.push(item.highlights.map((h) => `- ${md(h)}`).join('\n'));
  if (item.keywords.length > 0) blocks.push(item.keywords.map(md).join(', '));
  if (item.url) blocks.push(`<${item.url}>`);
  return blocks.join('\n\n');
}
