import type {
  TCoverLetterContent,
  TCoverLetterTemplate,
} from '../../../../contracts/cover-letters';
import { templateLooks } from '../../../../contracts/resume-templates';
import { resumeTemplates } from '../../../../contracts/resumes';
import { cn } from '../../lib/utils';
import { ScaledSheet } from '../resume/scaled-sheet';
import { LetterSheet } from './letter-sheet';

/** The three looks as small buttons with a thumbnail of the letter's top in each. */
export function LetterTemplatePicker({
  content,
  value,
  onChange,
}: {
  content: TCoverLetterContent;
  value: TCoverLetterTemplate;
  onChange: (template: TCoverLetterTemplate) => void;
}) {
  return (
    <div role="radiogroup" aria-label="Template" className="grid grid-cols-3 gap-2">
      {resumeTemplates.map((template) => {
        const look = templateLooks[template];
        const selected = template === value;
        return (
          <button
            key={template}
            type="button"
            role="radio"
            aria-checked={selected}
            onClick={() => onChange(template)}
            className={cn(
              'flex cursor-pointer flex-col gap-1.5 rounded-lg border bg-card p-1.5 text-left transition-colors outline-none hover:border-primary/60 focus-visible:ring-2 focus-visible:ring-ring',
              selected && 'border-primary ring-2 ring-primary',
            )}
          >
            <div aria-hidden className="pointer-events-none max-h-20 overflow-hidden rounded-sm">
              <ScaledSheet>
                <LetterSheet content={content} template={template} />
              </ScaledSheet>
            </div>
            <span className="px-0.5 text-xs font-medium">{look.label}</span>
          </button>
        );
      })}
    </div>
  );
}
