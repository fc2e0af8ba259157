import type {
  TCoverLetterContent,
  TCoverLetterTemplate,
} from '../../../../contracts/cover-letters';
import { formatLetterDate } from '../../../../contracts/resume-layout';
import { templateLooks, type TPageSize } from '../../../../contracts/resume-templates';
import { pt, SheetHeader, sheetStyle } from '../resume/resume-sheet';

export interface LetterSheetProps {
  content: TCoverLetterContent;
  template: TCoverLetterTemplate;
  pageSize?: TPageSize;
}

/**
 * The letter on paper in a template's look, laid out as the PDF lays it out: the resume's
 * header, date, recipient, bold subject, salutation, paragraphs, closing and signature.
 */
export function LetterSheet({ content, template, pageSize = 'A4' }: LetterSheetProps) {
  const look = templateLooks[template];
  const gap = pt(look.size.body * look.lineHeight);
  const block = { margin: `0 0 ${gap}`, whiteSpace: 'pre-wrap' } as const;
  const { name, title, company, addressLines } = content.recipient;
  const recipient = [name, title, company, ...addressLines].filter(Boolean);
  return (
    <article style={sheetStyle(look, pageSize)} aria-label="Cover letter preview">
      <SheetHeader basics={content.sender} look={look} />
      <div style={{ height: gap }} />
      {content.date ? <p style={block}>{formatLetterDate(content.date)}</p> : null}
      {recipient.length > 0 ? <p style={block}>{recipient.join('\n')}</p> : null}
      {content.subject ? (
        <p style={{ ...block, fontWeight: look.boldWeight }}>{content.subject}</p>
      ) : null}
      <p style={{ margin: 0 }}>{content.salutation}</p>
      {content.body.map((paragraph, i) => (
        <p
          key={i}
          style={{
            margin: `${pt(look.size.body * look.lineHeight * 0.6)} 0 0`,
            whiteSpace: 'pre-wrap',
          }}
        >
          {paragraph}
        </p>
      ))}
      <p style={{ margin: `${gap} 0 0` }}>{content.closing}</p>
      <p style={{ margin: `${pt(look.size.body * look.lineHeight * 2)} 0 0` }}>
        {content.signature ?? content.sender.name}
      </p>
    </article>
  );
}
