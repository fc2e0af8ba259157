/**
 * The normal form of a skill name: what "JS", "Node.js", "node js" and "NodeJS" are compared by.
 * Case, accents, spaces and punctuation are dropped; "+" and "#" stay, so C, C++ and C# differ.
 * An empty result means the text names no skill.
 */
export function skillKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+#]/gu, '');
}

/** Every key a taxonomy entry answers to (its name and aliases), without repeats. */
export function skillKeys(entry: { name: string; aliases: readonly string[] }): string[] {
  const keys = [entry.name, ...entry.aliases].map(skillKey).filter((key) => key.length > 0);
  return [...new Set(keys)];
}

/** A slug for a new taxonomy entry named by free text (imports). */
export function skillSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\+/g, ' plus ')
    .replace(/#/g, ' sharp ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
}
