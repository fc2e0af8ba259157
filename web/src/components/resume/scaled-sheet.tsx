import { useEffect, useRef, useState, type ReactNode } from 'react';
import { pageDimensions, type TPageSize } from '../../../../contracts/resume-templates';
import { cn } from '../../lib/utils';
import { addResumeFonts } from './resume-fonts';

/** Points to CSS pixels (96 per inch against 72 points). */
const PX_PER_PT = 96 / 72;

/**
 * A printed-size sheet (a resume, a letter) scaled down to the width of its container (never
 * up), keeping the container as tall as the scaled sheet.
 */
export function ScaledSheet({
  pageSize = 'A4',
  className,
  children,
}: {
  pageSize?: TPageSize;
  className?: string;
  children: ReactNode;
}) {
  const frame = useRef<HTMLDivElement>(null);
  const paper = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<{ scale: number; height: number } | null>(null);
  const sheetWidth = pageDimensions[pageSize].width * PX_PER_PT;

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
        {children}
      </div>
    </div>
  );
}
