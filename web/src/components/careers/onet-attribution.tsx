import type { TAttribution } from '../../../../contracts/occupations';
import { cn } from '../../lib/utils';

/** The credit O*NET's licence asks for wherever its content is shown. */
export function OnetAttribution({
  attribution,
  className,
}: {
  attribution: TAttribution;
  className?: string;
}) {
  return (
    <aside
      aria-label="Source of this information"
      className={cn('mt-10 border-t pt-4 text-xs leading-relaxed text-muted-foreground', className)}
    >
      <p>
        {attribution.text}{' '}
        <a
          href={attribution.licenseUrl}
          rel="license noopener noreferrer"
          target="_blank"
          className="font-medium text-foreground underline underline-offset-4"
        >
          Licence
        </a>
        <span className="sr-only"> (O*NET release {attribution.release})</span>
      </p>
    </aside>
  );
}
