import { CircleAlert, FileUp } from 'lucide-react';
import { useId, useState, type ChangeEvent, type DragEvent } from 'react';
import { RESUME_LIMIT_LABEL, resumeFileProblem } from '../../lib/resume-imports';
import { cn } from '../../lib/utils';

/** A drop zone that is also a file picker; refuses at once what the server surely would. */
export function ResumeDropZone({
  onFile,
  error,
  disabled,
}: {
  onFile: (file: File) => void;
  error?: string;
  disabled?: boolean;
}) {
  const inputId = useId();
  const [problem, setProblem] = useState<string>();
  const [over, setOver] = useState(false);
  const shown = problem ?? error;

  const take = (file: File | undefined) => {
    if (!file || disabled) return;
    const found = resumeFileProblem(file);
    setProblem(found);
    if (!found) onFile(file);
  };
  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again still fires a change.
    event.target.value = '';
    take(file);
  };
  const drop = (event: DragEvent<HTMLLabelElement>) => {
    event.preventDefault();
    setOver(false);
    take(event.dataTransfer.files[0]);
  };

  return (
    <div className="grid gap-3">
      <input
        id={inputId}
        type="file"
        accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        className="peer sr-only"
        disabled={disabled}
        aria-invalid={shown ? true : undefined}
        aria-describedby={`${inputId}-hint${shown ? ` ${inputId}-error` : ''}`}
        onChange={choose}
      />
      <label
        htmlFor={inputId}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
        className={cn(
          'flex cursor-pointer flex-col items-center gap-3 rounded-xl border-2 border-dashed border-input bg-card px-6 py-12 text-center transition-colors hover:bg-accent/40 peer-focus-visible:ring-2 peer-focus-visible:ring-ring peer-focus-visible:ring-offset-2 peer-focus-visible:ring-offset-background',
          over && 'border-primary bg-accent/60',
          disabled && 'cursor-not-allowed opacity-60',
        )}
      >
        <span className="flex size-12 items-center justify-center rounded-full bg-muted text-muted-foreground">
          <FileUp className="size-6" aria-hidden="true" />
        </span>
        <span className="font-semibold">Drop your resume here, or choose a file</span>
        <span id={`${inputId}-hint`} className="text-sm text-muted-foreground">
          PDF or DOCX, up to {RESUME_LIMIT_LABEL}
        </span>
      </label>
      {shown ? (
        <p id={`${inputId}-error`} role="alert" className="flex gap-1.5 text-sm text-destructive">
          <CircleAlert className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
          <span>{shown}</span>
        </p>
      ) : null}
    </div>
  );
}
