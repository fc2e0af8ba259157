import { useEffect } from 'react';

export const APP_NAME = 'CareerOS';

/** Sets the document title to "<title> · CareerOS" (or just the app name). */
export function useDocumentTitle(title?: string): void {
  useEffect(() => {
    document.title = title ? `${title} · ${APP_NAME}` : APP_NAME;
  }, [title]);
}
