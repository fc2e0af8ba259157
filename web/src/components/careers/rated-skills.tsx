import { Link } from 'react-router';
import type { TOccupationSkill } from '../../../../contracts/occupations';
import { ScoreBar } from './score-bar';

/** Skills or knowledge areas with O*NET's importance (1-5) and level (0-7) as bars. */
export function RatedSkills({ items, label }: { items: TOccupationSkill[]; label: string }) {
  return (
    <ul aria-label={label} className="divide-y">
      {items.map((item) => (
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
  );
}
