import { Search, X } from 'lucide-react';
import { useEffect, useState, type FormEvent } from 'react';
import { Input } from '../ui/input';
import { Label } from '../ui/label';

const DEBOUNCE_MS = 300;

/** A search box that reports its text after a pause in typing, or at once on Enter. */
export function SearchField({
  id,
  label,
  placeholder,
  value,
  maxLength,
  onSearch,
}: {
  id: string;
  label: string;
  placeholder: string;
  value: string;
  maxLength: number;
  onSearch: (value: string) => void;
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
    <form role="search" onSubmit={submit} className="grid gap-2">
      <Label htmlFor={id}>{label}</Label>
      <div className="relative">
        <Search
          className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground"
          aria-hidden="true"
        />
        <Input
          id={id}
          type="search"
          autoComplete="off"
          spellCheck={false}
          maxLength={maxLength}
          placeholder={placeholder}
          value={text}
          onChange={(event) => setText(event.target.value)}
          className="pr-10 pl-9 [&::-webkit-search-cancel-button]:hidden"
        />
        {text !== '' ? (
          <button
            type="button"
            onClick={() => setText('')}
            aria-label="Clear search"
            className="absolute top-1/2 right-1 inline-flex size-8 -translate-y-1/2 cursor-pointer items-center justify-center rounded-md text-muted-foreground outline-none hover:bg-accent hover:text-accent-foreground focus-visible:ring-2 focus-visible:ring-ring"
          >
            <X className="size-4" aria-hidden="true" />
          </button>
        ) : null}
      </div>
    </form>
  );
}
