import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { TSkillSuggestion } from '../../../../contracts/user-skills';
import { categoryNames } from '../../lib/skills';
import { skillSuggestionsQuery } from '../../lib/user-skills';
import { cn } from '../../lib/utils';
import { Input } from '../ui/input';

const DEBOUNCE_MS = 150;

/**
 * A text box for a skill name with suggestions as you type (the ARIA combobox pattern): arrow
 * keys move through the list, Enter takes the highlighted skill, Escape closes the list.
 * Each suggestion shows the canonical name and, when an alias matched, which one.
 */
export function SkillCombobox({
  id,
  value,
  onChange,
  onPick,
  maxLength,
  invalid,
  describedBy,
}: {
  id: string;
  value: string;
  onChange: (text: string) => void;
  /** A suggestion was taken; the box then holds its canonical name. */
  onPick?: (suggestion: TSkillSuggestion) => void;
  maxLength: number;
  invalid?: boolean;
  describedBy?: string;
}) {
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [debounced, setDebounced] = useState(value.trim());
  const closing = useRef<number | undefined>(undefined);

  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value.trim()), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [value]);
  useEffect(() => () => window.clearTimeout(closing.current), []);

  const openList = () => {
    // Coming back before the blur's delayed close ran: keep the list open.
    window.clearTimeout(closing.current);
    setOpen(true);
  };

  const suggestions = useQuery({ ...skillSuggestionsQuery(debounced), enabled: debounced !== '' });
  const items = debounced === '' ? [] : (suggestions.data?.items ?? []);
  const expanded = open && value.trim() !== '' && items.length > 0;
  const optionId = (index: number) => `${listId}-option-${index}`;

  const pick = (suggestion: TSkillSuggestion) => {
    onChange(suggestion.name);
    onPick?.(suggestion);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!expanded) {
        setOpen(true);
        setActive(event.key === 'ArrowDown' ? 0 : items.length - 1);
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current + step + items.length) % items.length);
    } else if (event.key === 'Enter' && expanded && active >= 0) {
      const chosen = items[active];
      if (chosen) {
        // Take the suggestion instead of submitting the form.
        event.preventDefault();
        pick(chosen);
      }
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  return (
    <div className="relative">
      <Input
        id={id}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        spellCheck={false}
        maxLength={maxLength}
        placeholder="e.g. JavaScript, SQL, teamwork"
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
          openList();
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onFocus={openList}
        // Let a click on an option land before the list closes.
        onBlur={() => {
          closing.current = window.setTimeout(() => setOpen(false), 120);
        }}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="Suggested skills"
        hidden={!expanded}
        className="absolute inset-x-0 top-full z-20 mt-1 max-h-72 overflow-y-auto rounded-md border bg-popover p-1 text-popover-foreground shadow-md"
      >
        {items.map((item, index) => (
          <li
            key={item.slug}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => pick(item)}
            onMouseMove={() => setActive(index)}
            className={cn(
              'flex cursor-pointer flex-wrap items-baseline justify-between gap-x-3 gap-y-0.5 rounded-sm px-3 py-2 text-sm',
              index === active && 'bg-accent text-accent-foreground',
            )}
          >
            <span className="min-w-0">
              <span className="font-medium">{item.name}</span>
              {item.matchedAlias ? (
                <span className="text-muted-foreground"> · matches “{item.matchedAlias}”</span>
              ) : null}
            </span>
            <span className="text-xs text-muted-foreground">{categoryNames[item.category]}</span>
          </li>
        ))}
      </ul>
      <p className="sr-only" role="status" aria-live="polite">
        {expanded ? `${items.length} ${items.length === 1 ? 'suggestion' : 'suggestions'}` : ''}
      </p>
    </div>
  );
}
