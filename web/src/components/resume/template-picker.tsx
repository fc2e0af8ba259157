import {
  resumeTemplates,
  type TResumeContent,
  type TResumeTemplate,
} from '../../../../contracts/resumes';
import { templateLooks } from '../../../../contracts/resume-templates';
import { cn } from '../../lib/utils';
import { ResumePreview } from './resume-preview';

/** Three thumbnails of the resume, one per template; choosing one selects that template. */
export function TemplatePicker({
  content,
  value,
  onChange,
  className,
}: {
  content: TResumeContent;
  value: TResumeTemplate;
  onChange: (template: TResumeTemplate) => void;
  className?: string;
}) {
  return (
    <div
      role="radiogroup"
      aria-label="Template"
      className={cn('grid grid-cols-3 gap-3', className)}
    >
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
              'flex cursor-pointer flex-col gap-2 rounded-xl border bg-card p-2 text-left transition-colors outline-none hover:border-primary/60 focus-visible:ring-2 focus-visible:ring-ring',
              selected && 'border-primary ring-2 ring-primary',
            )}
          >
            {/* A thumbnail: the first part of page one, not an interactive copy. */}
            <div
              aria-hidden
              className="pointer-events-none max-h-48 overflow-hidden rounded-md bg-muted/40"
            >
              <ResumePreview content={content} template={template} />
            </div>
            <span className="px-1">
              <span className="block text-sm font-medium">{look.label}</span>
              <span className="block text-xs text-muted-foreground">{look.description}</span>
            </span>
          </button>
        );
      })}
    </div>
  );
}
