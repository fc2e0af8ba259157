import { useState } from 'react';
import { Link } from 'react-router';
import type { TOccupationSkill } from '../../../../contracts/occupations';
import { Button } from '../ui/button';
import { ScoreBar } from './score-bar';

/** O*NET counts importance 3 and above as important for the job. */
const IMPORTANT = 3;
const AT_LEAST = 5;

/**
 * Skills or knowledge areas with O*NET's importance (1-5) and level (0-7) as bars. O*NET rates
 * every occupation on every skill, so the important ones show first and the rest on request.
 */
export function RatedSkills({ items, label }: { items: TOccupationSkill[]; label: string }) {
  const [all, setAll] = useState(false);
  const important = items.filter((item) => (item.importance ?? IMPORTANT) >= IMPORTANT);
  const shortList = important.length >= AT_LEAST ? important : items.slice(0, AT_LEAST);
  const shown = all ? items : shortList;
  const more = items.length - shortList.length;
  return (
    <div className="space-y-3">
      <ul aria-label={label} className="divide-y">
        {shown.map((item) => (
          <li
            key={item.slug}
            className="grid gap-2 py-3 first:pt-0 last:pb-0 sm:grid-cols-[minmax(0,14rem)_1fr_1fr] sm:items-center sm:gap-4"
          >
            <Link
              to={`/skills/${item.slug}`}
              className="rounded-sm font-medium break-words underline-offset-4 outline-none hover:text-primary hover:underline focus-visible:ring-2 focus-visible:ring-ring"
            >
              {item.name}
            </Link>
            <div className="grid grid-cols-2 gap-4 sm:contents">
              {item.importance !== null ? (
                <ScoreBar label="Importance" value={item.importance} min={1} max={5} />
              ) : (
                <span />
              )}
              {item.level !== null ? (
                <ScoreBar label="Level" value={item.level} max={7} tone="muted" />
              ) : (
                <span />
              )}
            </div>
          </li>
        ))}
      </ul>
      {more > 0 ? (
        <Button variant="ghost" size="sm" className="-ml-3" onClick={() => setAll(!all)}>
          {all ? 'Show only the important ones' : `Show ${more} more, less important`}
        </Button>
      ) : null}
    </div>
  );
}
