import { ArrowLeft, ArrowRight } from 'lucide-react';
import { useEffect, useRef } from 'react';
import type { TInterestItem } from '../../../../contracts/assessments';
import { cn } from '../../lib/utils';
import { Button } from '../ui/button';

/**
 * One activity at a time, for phones: five big buttons, back and next. Choosing a rating moves
 * on to the next item; keys 1-5 choose, the arrow keys go back and forward.
 */
export function ItemStepper({
  items,
  scale,
  answers,
  index,
  onIndexChange,
  onAnswer,
}: {
  items: readonly TInterestItem[];
  scale: readonly string[];
  answers: Readonly<Record<string, number>>;
  index: number;
  onIndexChange: (index: number) => void;
  onAnswer: (itemId: string, rating: number) => void;
}) {
  const item = items[index];
  const headingRef = useRef<HTMLHeadingElement>(null);
  const advance = useRef<number | undefined>(undefined);

  // Move focus with the question so screen readers read the new activity.
  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
  }, [index]);
  useEffect(() => () => window.clearTimeout(advance.current), []);

  if (!item) return null;
  const chosen = answers[item.id];
  const last = index === items.length - 1;

  const choose = (rating: number) => {
    onAnswer(item.id, rating);
    window.clearTimeout(advance.current);
    // A short pause shows the choice before the next activity replaces it.
    if (!last) advance.current = window.setTimeout(() => onIndexChange(index + 1), 180);
  };

  return (
    <section
      aria-label="Activity"
      className="flex flex-col gap-5"
      onKeyDown={(event) => {
        if (event.altKey || event.ctrlKey || event.metaKey) return;
        const rating = Number(event.key);
        if (rating >= 1 && rating <= 5) {
          event.preventDefault();
          choose(rating);
        } else if (event.key === 'ArrowRight' && chosen && !last) {
          onIndexChange(index + 1);
        } else if (event.key === 'ArrowLeft' && index > 0) {
          onIndexChange(index - 1);
        }
      }}
    >
      <p className="text-sm text-muted-foreground">
        Activity {index + 1} of {items.length} · How would you feel about doing this?
      </p>
      <h2
        ref={headingRef}
        tabIndex={-1}
        className="min-h-[4.5rem] text-2xl leading-snug font-semibold outline-none"
        data-testid="assessment-item"
      >
        {item.text}
      </h2>
      <div role="group" aria-label={`Your rating for: ${item.text}`} className="grid gap-2">
        {scale.map((label, i) => {
          const rating = i + 1;
          const selected = chosen === rating;
          return (
            <button
              key={label}
              type="button"
              aria-pressed={selected}
              onClick={() => choose(rating)}
              className={cn(
                'flex min-h-12 cursor-pointer items-center gap-3 rounded-lg border px-4 py-3 text-left text-base font-medium transition-colors outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-background',
                selected
                  ? 'border-primary bg-primary text-primary-foreground'
                  : 'bg-background hover:border-primary/50 hover:bg-accent',
              )}
            >
              <span
                aria-hidden="true"
                className={cn(
                  'flex size-7 shrink-0 items-center justify-center rounded-full border text-sm',
                  selected ? 'border-primary-foreground/60' : 'text-muted-foreground',
                )}
              >
                {rating}
              </span>
              {label}
            </button>
          );
        })}
      </div>
      <div className="flex justify-between gap-3">
        <Button
          variant="outline"
          size="lg"
          disabled={index === 0}
          onClick={() => onIndexChange(index - 1)}
        >
          <ArrowLeft aria-hidden="true" />
          Back
        </Button>
        <Button
          variant="outline"
          size="lg"
          disabled={!chosen || last}
          onClick={() => onIndexChange(index + 1)}
        >
          Next
          <ArrowRight aria-hidden="true" />
        </Button>
      </div>
    </section>
  );
}
