import type { CSSProperties, ReactNode } from 'react';
import {
  contactParts,
  formatDateRange,
  isListSection,
  itemDetails,
  listItemLine,
  visibleSections,
} from '../../../../contracts/resume-layout';
import type { TPageSize, TTemplateLook } from '../../../../contracts/resume-templates';
import { pageDimensions, templateLooks } from '../../../../contracts/resume-templates';
import type {
  TResumeBasics,
  TResumeContent,
  TResumeItem,
  TResumeTemplate,
} from '../../../../contracts/resumes';

/**
 * The resume on a paper-like sheet, at its printed size, styled from the same template
 * description as the PDF (sizes in points), so the preview shows what the export will print.
 * Long resumes run on below the first page rather than breaking into pages.
 */
export interface ResumeSheetProps {
  content: TResumeContent;
  template: TResumeTemplate;
  pageSize?: TPageSize;
}

export const pt = (points: number) => `${points}pt`;
export const hex = (color: string) => `#${color}`;

/** The paper: its printed size, margins, font and colours in the template's look. */
export function sheetStyle(look: TTemplateLook, pageSize: TPageSize): CSSProperties {
  const page = pageDimensions[pageSize];
  return {
    boxSizing: 'border-box',
    width: pt(page.width),
    minHeight: pt(page.height),
    padding: pt(look.space.margin),
    background: '#ffffff',
    color: hex(look.color.text),
    fontFamily: `'${look.font}', ${look.fallback}`,
    fontSize: pt(look.size.body),
    lineHeight: look.lineHeight,
    textAlign: 'left',
  };
}

export function ResumeSheet({ content, template, pageSize = 'A4' }: ResumeSheetProps) {
  const look = templateLooks[template];
  return (
    <article
      style={sheetStyle(look, pageSize)}
      aria-label={`${content.basics.name} — resume preview`}
    >
      <SheetHeader basics={content.basics} look={look} />
      {content.summary ? <p style={{ margin: 0 }}>{content.summary}</p> : null}
      {visibleSections(content).map((section, index) => (
        <section key={`${section.kind}-${index}`}>
          <Heading look={look}>{section.title}</Heading>
          {section.items.map((item, i) =>
            isListSection(section.kind) ? (
              <ListItem key={item.id} item={item} look={look} />
            ) : (
              <Entry key={item.id} item={item} look={look} first={i === 0} />
            ),
          )}
        </section>
      ))}
    </article>
  );
}

/** The name, headline and contact line: the top of a resume, and of a letter in its look. */
export function SheetHeader({ basics, look }: { basics: TResumeBasics; look: TTemplateLook }) {
  const contact = contactParts(basics);
  const align = look.name.align;
  return (
    <header style={{ textAlign: align, marginBottom: pt(look.space.afterHeader) }}>
      <h1
        style={{
          margin: 0,
          fontSize: pt(look.size.name),
          fontWeight: look.name.bold ? look.boldWeight : 400,
          lineHeight: 1.15, // NAME_LINE_HEIGHT of the PDF
          textTransform: look.name.uppercase ? 'uppercase' : 'none',
          letterSpacing: look.name.uppercase ? pt(1) : 'normal',
        }}
      >
        {basics.name}
      </h1>
      {basics.label ? (
        <p
          style={{
            margin: `${pt(look.size.label * 0.15)} 0 0`,
            fontSize: pt(look.size.label),
            color: hex(look.heading.accent ? look.color.accent : look.color.muted),
          }}
        >
          {basics.label}
        </p>
      ) : null}
      {contact.length > 0 ? (
        <p
          style={{
            margin: `${pt(look.size.body * 0.25)} 0 0`,
            color: hex(look.color.muted),
            whiteSpace: 'pre-wrap',
          }}
        >
          {contact.join('  ·  ')}
        </p>
      ) : null}
    </header>
  );
}

function Heading({ look, children }: { look: TTemplateLook; children: ReactNode }) {
  return (
    <h2
      style={{
        margin: `${pt(look.space.beforeSection)} 0 ${pt(look.space.afterHeading)}`,
        paddingBottom: look.heading.rule ? pt(1) : 0,
        borderBottom: look.heading.rule ? `0.6pt solid ${hex(look.color.rule)}` : 'none',
        fontSize: pt(look.size.heading),
        fontWeight: look.boldWeight,
        letterSpacing: pt(look.heading.letterSpacing),
        textTransform: look.heading.uppercase ? 'uppercase' : 'none',
        color: hex(look.heading.accent ? look.color.accent : look.color.text),
        breakAfter: 'avoid',
      }}
    >
      {children}
    </h2>
  );
}

function ListItem({ item, look }: { item: TResumeItem; look: TTemplateLook }) {
  const { name, detail } = listItemLine(item);
  return (
    <p style={{ margin: `0 0 ${pt(look.space.betweenItems / 3)}` }}>
      <strong style={{ fontWeight: look.boldWeight }}>{detail ? `${name}: ` : name}</strong>
      {detail}
    </p>
  );
}

function Entry({ item, look, first }: { item: TResumeItem; look: TTemplateLook; first: boolean }) {
  const dates = formatDateRange(item);
  const details = itemDetails(item);
  const muted = { margin: 0, color: hex(look.color.muted) };
  const keywords = item.keywords.join(', ');
  const twoLine = look.item === 'twoLine';
  const rest = [item.summary, ...item.highlights, keywords, item.url].filter(Boolean);
  return (
    <div style={{ marginTop: first ? 0 : pt(look.space.betweenItems), breakInside: 'avoid' }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: pt(12) }}>
        <h3 style={{ margin: 0, fontSize: pt(look.size.title), fontWeight: look.boldWeight }}>
          {item.title}
          {twoLine && details ? (
            <span style={{ fontWeight: 400, color: hex(look.color.muted), whiteSpace: 'pre' }}>
              {`  ${details}`}
            </span>
          ) : null}
        </h3>
        {dates ? <span style={{ ...muted, whiteSpace: 'nowrap' }}>{dates}</span> : null}
      </div>
      {twoLine ? (
        rest.length > 0 ? (
          <p style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{rest.join('  •  ')}</p>
        ) : null
      ) : (
        <>
          {details ? (
            <p style={{ ...muted, fontStyle: look.fallback === 'serif' ? 'italic' : 'normal' }}>
              {details}
            </p>
          ) : null}
          {item.summary ? <p style={{ margin: 0 }}>{item.summary}</p> : null}
          {item.highlights.length > 0 ? (
            <ul style={{ margin: 0, padding: 0, listStyle: 'none' }}>
              {item.highlights.map((highlight, i) => (
                <li key={i} style={{ display: 'flex' }}>
                  <span
                    aria-hidden
                    style={{
                      flex: `0 0 ${pt(look.space.bulletIndent)}`,
                      paddingLeft: pt(2),
                      color: hex(look.color.muted),
                    }}
                  >
                    •
                  </span>
                  <span>{highlight}</span>
                </li>
              ))}
            </ul>
          ) : null}
          {keywords ? <p style={muted}>{keywords}</p> : null}
          {item.url ? <p style={muted}>{item.url}</p> : null}
        </>
      )}
    </div>
  );
}
