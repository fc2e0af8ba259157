const MAX_SUMMARY = 200;

/** The first sentence of a description, cut at a word boundary when it runs long. */
export function summarise(description: string): string {
  const text = description.trim().replace(/\s+/g, ' ');
  const end = text.search(/[.!?](\s|$)/);
  const sentence = end >= 0 ? text.slice(0, end + 1) : text;
  if (sentence.length <= MAX_SUMMARY) return sentence;
  const cut = sentence.slice(0, MAX_SUMMARY);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_SUMMARY / 2 ? cut.slice(0, space) : cut).replace(/[,;:]$/, '')}…`;
}
