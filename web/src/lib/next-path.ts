/** Where a successful sign-in goes when nothing else was asked for. */
export const AFTER_SIGN_IN = '/account';

/** Pages that make no sense to return to after signing in. */
const authPages = new Set([
  '/login',
  '/register',
  '/forgot-password',
  '/reset-password',
  '/verify-email',
]);

/**
 * A `?next=` value reduced to a path on this site, or undefined. Absolute URLs, protocol-relative
 * ("//host") and backslash tricks ("/\host") are refused, so the parameter cannot send a user
 * to another site after they log in.
 */
export function safeNextPath(raw: string | null | undefined): string | undefined {
  if (!raw || raw.length > 2_000) return undefined;
  if (!raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return undefined;
  // Control characters and backslashes are stripped or rewritten by URL parsers.
  for (const char of raw) {
    const code = char.charCodeAt(0);
    if (code < 0x20 || code === 0x7f || char === '\\') return undefined;
  }
  let url: URL;
  try {
    url = new URL(raw, window.location.origin);
  } catch {
    return undefined;
  }
  if (url.origin !== window.location.origin || authPages.has(url.pathname)) return undefined;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** Encodes a query value, leaving "/" readable: `/login?next=/account`. */
function encodePathParam(value: string): string {
  return encodeURIComponent(value).replace(/%2F/gi, '/');
}

/** Link to an auth page that returns to `next` afterwards (when that is a safe path). */
export function authPagePath(page: '/login' | '/register', next?: string | null): string {
  const safe = safeNextPath(next);
  // Home and the default destination need no parameter.
  return safe && safe !== '/' && safe !== AFTER_SIGN_IN
    ? `${page}?next=${encodePathParam(safe)}`
    : page;
}

/** The login page for a visitor who was sent away from `next`; always carries the parameter. */
export function loginRedirectPath(next: string): string {
  const safe = safeNextPath(next) ?? AFTER_SIGN_IN;
  return `/login?next=${encodePathParam(safe)}`;
}
