import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/** Filters kept in the URL (shareable, back/forward work); any change goes back to page 1. */
export function useFilterParams(): [
  URLSearchParams,
  (changes: Record<string, string | undefined>, options?: { replace?: boolean }) => void,
] {
  const [searchParams, setSearchParams] = useSearchParams();
  const update = useCallback(
    (changes: Record<string, string | undefined>, options: { replace?: boolean } = {}) => {
      setSearchParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(changes)) {
            if (value) next.set(key, value);
            else next.delete(key);
          }
          next.delete('page');
          return next;
        },
        { replace: options.replace ?? false, preventScrollReset: true },
      );
    },
    [setSearchParams],
  );
  return [searchParams, update];
}
