import { useSyncExternalStore } from 'react';

export type Theme = 'light' | 'dark' | 'system';
export type ResolvedTheme = 'light' | 'dark';

/** Must match the key read by public/theme-init.js. */
export const THEME_STORAGE_KEY = 'careeros-theme';

const darkQuery = window.matchMedia('(prefers-color-scheme: dark)');
const listeners = new Set<() => void>();

function isTheme(value: unknown): value is Theme {
  return value === 'light' || value === 'dark' || value === 'system';
}

function readStoredTheme(): Theme {
  try {
    const stored = localStorage.getItem(THEME_STORAGE_KEY);
    return isTheme(stored) ? stored : 'system';
  } catch {
    return 'system';
  }
}

let currentTheme: Theme = readStoredTheme();
let systemIsDark = darkQuery.matches;

function resolve(): ResolvedTheme {
  return currentTheme === 'dark' || (currentTheme === 'system' && systemIsDark) ? 'dark' : 'light';
}

function applyToDocument(): void {
  const resolved = resolve();
  const root = document.documentElement;
  root.classList.toggle('dark', resolved === 'dark');
  root.style.colorScheme = resolved;
}

function notify(): void {
  applyToDocument();
  for (const listener of listeners) listener();
}

darkQuery.addEventListener('change', (event) => {
  systemIsDark = event.matches;
  notify();
});

// Keep several open tabs in sync.
window.addEventListener('storage', (event) => {
  if (event.key !== THEME_STORAGE_KEY && event.key !== null) return;
  currentTheme = readStoredTheme();
  notify();
});

export function setTheme(theme: Theme): void {
  currentTheme = theme;
  try {
    localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // Not persisted (storage unavailable), but still applied for this page view.
  }
  notify();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useTheme(): { theme: Theme; resolvedTheme: ResolvedTheme } {
  const theme = useSyncExternalStore(subscribe, () => currentTheme);
  const resolvedTheme = useSyncExternalStore(subscribe, resolve);
  return { theme, resolvedTheme };
}

applyToDocument();
