/**
 * Plays the browser's part: opens the authorization URL without following the redirect and
 * returns where the provider sends the person back to, with the callback's query parameters.
 */
export async function followAuthorization(
  url: URL,
): Promise<{ location: URL; query: Record<string, string> }> {
  const response = await fetch(url, { redirect: 'manual' });
  const location = response.headers.get('location');
  await response.body?.cancel();
  if (response.status !== 302 || !location) {
    throw new Error(`expected a redirect from ${url.origin}, got HTTP ${response.status}`);
  }
  const target = new URL(location);
  return { location: target, query: Object.fromEntries(target.searchParams) };
}
