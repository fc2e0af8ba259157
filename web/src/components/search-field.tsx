import { Search, X } from 'lucide-react';
import { useEffect, useState, type FormEvent } from 'react';
import { cn } from '../lib/utils';
import { Input } from './ui/input';
import { Label } from './ui/label';

const DEBOUNCE_MS = 300;

/** A search box that reports its text after a pause in typing, or at once on Enter. */
export function SearchField({
  id,
  label,
  labelHidden = false,
  placeholder,
  value,
  maxLength,
  onSearch,
  size = 'default',
  className,
}: {
  id: string;
  label: string;
  /** For a box whose purpose its placeholder and page already make plain. */
  labelHidden?: boolean;
  placeholder: string;
  value: string;
  maxLength: number;
  onSearch: (value: string) => void;
  size?: 'default' | 'lg';
  className?: string;
}) {
  const [text, setText] = useState(value);
  const [synced, setSynced] = useState(value);

  // The URL changed from outside (back/forward, a link): show its value.
  if (value !== synced) {
    setSynced(value);
    if (value !== text.trim()) setText(value);
  }

  useEffect(() => {
    const next = text.trim();
    if (next === value) return;
    const timer = window.setTimeout(() => onSearch(next), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text, value, onSearch]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() !== value) onSearch(text.trim());
  };

  return (
    <form role="search" onSubmit={submit} className={cn('grid gap-2', className)}>
      <Label htmlFor={id} className={labelHidden ? 'sr-only' : undefined}>
        {label}
      </Label>
      <div className="relative">
        <Search
          className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground"
          aria-hidden="true"
        />
        <Input
          id={id}
          type="search"
          inputMode="search"
          autoComplete="off"
          spellCheck={false}
          maxLength={maxLength}
          placeholder={placeholder}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && text !== '') {
              event.preventDefault();
              setText('');
            }
          }}
          className={cn(
            'pl-9 [&::-webkit-search-cancel-button]:hidden',
            size === 'lg' ? 'h-11 pr-11' : 'pr-10',
          )}
        />
        {text !== '' ? (
          <button
            type="button"
            onClick={() => setText('')}
            aria-label="Clear search"
            className={cn(
              'absolute top-1/2 inline-flex size-8 -translate-y-1/2 cursor-pointer items-center justify-center rounded-md text-muted-foreground outline-none hover:bg-accent hover:text-accent-foreground focus-visible:ring-2 focus-visible:ring-ring',
              size === 'lg' ? 'right-1.5' : 'right-1',
            )}
          >
            <X className="size-4" aria-hidden="true" />
          </button>
        ) : null}
      </div>
    </form>
  );
}
