import type { ResumeSheetProps } from './resume-sheet';
import { ResumeSheet } from './resume-sheet';
import { ScaledSheet } from './scaled-sheet';

/** A live preview of a resume in a template's look, scaled to the width of its container. */
export function ResumePreview({ className, ...sheet }: ResumeSheetProps & { className?: string }) {
  return (
    <ScaledSheet pageSize={sheet.pageSize} className={className}>
      <ResumeSheet {...sheet} />
    </ScaledSheet>
  );
}
