import { useId } from 'react';
import { MAX_AREA_SCORE, type TInterestScores } from '../../../../contracts/assessments';
import { areaLabels, topAreas } from '../../../../contracts/interest-scoring';
import { riasecAreas } from '../../../../contracts/occupations';
import { cn } from '../../lib/utils';

const SIZE = 320;
// Room either side for the longest labels ("Investigative", "Conventional").
const PAD_X = 48;
const CENTRE = SIZE / 2;
const RADIUS = 110;

function point(index: number, fraction: number): [number, number] {
  // Realistic at the top, then clockwise, as Holland's hexagon is usually drawn.
  const angle = -Math.PI / 2 + (index * Math.PI) / 3;
  return [
    CENTRE + Math.cos(angle) * RADIUS * fraction,
    CENTRE + Math.sin(angle) * RADIUS * fraction,
  ];
}

const polygon = (fractions: readonly number[]) =>
  fractions
    .map((f, i) =>
      point(i, f)
        .map((v) => v.toFixed(1))
        .join(','),
    )
    .join(' ');

/**
 * The six area scores on Holland's hexagon, with the same numbers as a list beside it, so the
 * chart is never the only way to read them.
 */
export function RiasecChart({
  scores,
  compareWith,
  showList = true,
  className,
}: {
  scores: TInterestScores;
  /** An earlier result, drawn as a dashed outline. */
  compareWith?: TInterestScores;
  /** Off where a table next to the chart already gives the numbers. */
  showList?: boolean;
  className?: string;
}) {
  const titleId = useId();
  const top = new Set(topAreas(scores));
  const summary = riasecAreas.map((a) => `${areaLabels[a]} ${scores[a]}`).join(', ');
  return (
    <figure
      className={cn('flex flex-col items-center gap-6 md:flex-row md:items-start', className)}
    >
      <svg
        viewBox={`${-PAD_X} 0 ${SIZE + 2 * PAD_X} ${SIZE}`}
        role="img"
        aria-labelledby={titleId}
        className="w-full max-w-[360px] shrink-0"
        data-testid="riasec-chart"
      >
        <title id={titleId}>{`Your interest profile out of ${MAX_AREA_SCORE}: ${summary}`}</title>
        {[0.25, 0.5, 0.75, 1].map((ring) => (
          <polygon
            key={ring}
            points={polygon(riasecAreas.map(() => ring))}
            className="fill-none stroke-border"
            strokeWidth={1}
          />
        ))}
        {riasecAreas.map((area, i) => {
          const [x, y] = point(i, 1);
          return (
            <line key={area} x1={CENTRE} y1={CENTRE} x2={x} y2={y} className="stroke-border" />
          );
        })}
        {compareWith ? (
          <polygon
            points={polygon(riasecAreas.map((a) => compareWith[a] / MAX_AREA_SCORE))}
            className="fill-none stroke-muted-foreground"
            strokeWidth={2}
            strokeDasharray="5 4"
          />
        ) : null}
        <polygon
          points={polygon(riasecAreas.map((a) => Math.max(0.02, scores[a] / MAX_AREA_SCORE)))}
          className="fill-primary/25 stroke-primary"
          strokeWidth={2.5}
          strokeLinejoin="round"
        />
        {riasecAreas.map((area, i) => {
          const [x, y] = point(i, 1.22);
          return (
            <text
              key={area}
              x={x}
              y={y}
              textAnchor="middle"
              dominantBaseline="middle"
              className={cn(
                'text-[13px]',
                top.has(area) ? 'fill-foreground font-semibold' : 'fill-muted-foreground',
              )}
            >
              {areaLabels[area]}
            </text>
          );
        })}
      </svg>
      <figcaption className="w-full max-w-sm">
        <p className="mb-3 text-sm text-muted-foreground">
          Each area scores 0–{MAX_AREA_SCORE}
          {compareWith ? '; the dashed outline is the earlier result' : ''}.
        </p>
        <dl className={cn('space-y-2', !showList && 'sr-only')}>
          {riasecAreas.map((area) => (
            <div key={area} className="grid grid-cols-[7.5rem_1fr_2.5rem] items-center gap-3">
              <dt className={cn('text-sm', top.has(area) && 'font-semibold')}>
                {areaLabels[area]}
              </dt>
              <div className="h-2 overflow-hidden rounded-full bg-muted" aria-hidden="true">
                <div
                  className="h-full rounded-full bg-primary"
                  style={{ width: `${(scores[area] / MAX_AREA_SCORE) * 100}%` }}
                />
              </div>
              <dd className="text-right text-sm tabular-nums" data-area={area}>
                {scores[area]}
              </dd>
            </div>
          ))}
        </dl>
      </figcaption>
    </figure>
  );
}
