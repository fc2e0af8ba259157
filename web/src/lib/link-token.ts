import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

/** The single-use token an emailed link carries in its fragment: `/reset-password#token=...`. */
export function tokenFromHash(hash: string): string | undefined {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token?.trim() || undefined;
}

/**
 * Reads the link's token once and takes it out of the address bar, so it is not left in the
 * browser history or shared along with the page's address.
 */
export function useLinkToken(): string | undefined {
  const location = useLocation();
  const navigate = useNavigate();
  const fromHash = tokenFromHash(location.hash);
  const [token, setToken] = useState(fromHash);
  // Another link opened in the same tab while this page is showing.
  if (fromHash && fromHash !== token) setToken(fromHash);
  const { hash, pathname, search } = location;
  useEffect(() => {
    if (hash) void navigate({ pathname, search }, { replace: true });
  }, [hash, pathname, search, navigate]);
  return fromHash ?? token;
}
