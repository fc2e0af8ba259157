import { useEffect, useRef, useState } from 'react';
import { pageDimensions } from '../../../../contracts/resume-templates';
import { cn } from '../../lib/utils';
import { addResumeFonts } from './resume-fonts';
import type { ResumeSheetProps } from './resume-sheet';
import { ResumeSheet } from './resume-sheet';

/** Points to CSS pixels (96 per inch against 72 points). */
const PX_PER_PT = 96 / 72;

/**
 * A live preview of a resume in a template's look: the printed-size sheet scaled down to the
 * width of its container (never up), keeping the container as tall as the scaled sheet.
 */
export function ResumePreview({ className, ...sheet }: ResumeSheetProps & { className?: string }) {
  const frame = useRef<HTMLDivElement>(null);
  const paper = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<{ scale: number; height: number } | null>(null);
  const sheetWidth = pageDimensions[sheet.pageSize ?? 'A4'].width * PX_PER_PT;

  useEffect(addResumeFonts, []);

  useEffect(() => {
    const outer = frame.current;
    const inner = paper.current;
    if (!outer || !inner) return;
    const measure = () => {
      const scale = Math.min(1, outer.clientWidth / sheetWidth);
      setSize({ scale, height: inner.offsetHeight * scale });
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(outer);
    observer.observe(inner);
    return () => observer.disconnect();
  }, [sheetWidth]);

  return (
    <div
      ref={frame}
      className={cn('w-full overflow-hidden', className)}
      style={size ? { height: size.height } : undefined}
    >
      <div
        ref={paper}
        className="origin-top-left rounded-sm shadow-md ring-1 ring-black/5"
        style={{ width: sheetWidth, transform: size ? `scale(${size.scale})` : undefined }}
      >
        <ResumeSheet {...sheet} />
      </div>
    </div>
  );
}
