import type { TInterestItem } from '../../../../contracts/assessments';
import { cn } from '../../lib/utils';

/**
 * All activities as rows and the five ratings as columns of radio buttons, for wider screens.
 * The header stays in view while scrolling; each row is a radio group, so arrow keys move
 * between its ratings and Tab moves on to the next activity.
 */
export function ItemGrid({
  items,
  scale,
  answers,
  onAnswer,
}: {
  items: readonly TInterestItem[];
  scale: readonly string[];
  answers: Readonly<Record<string, number>>;
  onAnswer: (itemId: string, rating: number) => void;
}) {
  return (
    <table className="w-full border-separate border-spacing-0 text-sm">
      <caption className="sr-only">Rate how you would feel about doing each activity</caption>
      <thead>
        <tr>
          <th
            scope="col"
            className="sticky top-32 z-10 border-b bg-background py-3 pr-4 text-left font-semibold"
          >
            Activity
          </th>
          {scale.map((label) => (
            <th
              key={label}
              scope="col"
              className="sticky top-32 z-10 w-24 border-b bg-background px-1 py-3 text-center text-xs font-semibold"
            >
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {items.map((item, row) => {
          const chosen = answers[item.id];
          return (
            <tr
              key={item.id}
              role="radiogroup"
              aria-label={item.text}
              data-item={item.id}
              className={cn(row % 2 === 1 && 'bg-muted/40', chosen && 'text-foreground')}
            >
              <th scope="row" className="border-b py-2.5 pr-4 pl-2 text-left font-normal">
                <span className="mr-2 text-xs text-muted-foreground tabular-nums">{row + 1}.</span>
                {item.text}
              </th>
              {scale.map((label, i) => {
                const rating = i + 1;
                return (
                  <td key={label} className="border-b px-1 py-1 text-center">
                    <label className="flex h-10 cursor-pointer items-center justify-center rounded-md hover:bg-accent">
                      <input
                        type="radio"
                        name={item.id}
                        value={rating}
                        checked={chosen === rating}
                        onChange={() => onAnswer(item.id, rating)}
                        aria-label={`${label}: ${item.text}`}
                        className="size-5 cursor-pointer accent-primary"
                      />
                    </label>
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
