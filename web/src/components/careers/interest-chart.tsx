import type { TOccupationInterests } from '../../../../contracts/occupations';
import { areaHints, areaLabels, formatScore, riasecAreas } from '../../lib/occupations';
import { cn } from '../../lib/utils';

/** The six interest scores (1-7) as bars; the areas in the interest code stand out. */
export function InterestChart({
  interests,
  interestCode,
}: {
  interests: TOccupationInterests;
  interestCode: string;
}) {
  const top = new Set([...interestCode].map((letter) => letter.toLowerCase()));
  return (
    <ul aria-label="Interest scores, 1 to 7" className="grid gap-2.5">
      {riasecAreas.map((area) => {
        const value = interests[area];
        const highlighted = top.has(area[0] ?? '');
        return (
          <li key={area} className="grid grid-cols-[6.5rem_1fr_2rem] items-center gap-2 text-sm">
            <span
              title={areaHints[area]}
              className={cn(highlighted ? 'font-medium' : 'text-muted-foreground')}
            >
              {areaLabels[area]}
            </span>
            <span aria-hidden="true" className="h-2.5 overflow-hidden rounded-full bg-muted">
              <span
                className={cn(
                  'block h-full rounded-full',
                  highlighted ? 'bg-primary' : 'bg-muted-foreground/40',
                )}
                style={{ width: `${((value - 1) / 6) * 100}%` }}
              />
            </span>
            <span className="text-right tabular-nums">{formatScore(value)}</span>
          </li>
        );
      })}
    </ul>
  );
}
