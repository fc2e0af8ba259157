import type {
  TResumeBasics,
  TResumeContent,
  TResumeItem,
  TResumeSection,
  TResumeSectionKind,
} from './resumes.js';

/**
 * What a rendered resume shows and how its small pieces read, shared by every export format and
 * the web preview so they print the same words in the same order.
 */

/** Sections and items as printed: hidden ones dropped, then sections left empty dropped. */
export function visibleSections(content: TResumeContent): TResumeSection[] {
  return content.sections
    .filter((section) => !section.hidden)
    .map((section) => ({ ...section, items: section.items.filter((item) => !item.hidden) }))
    .filter((section) => section.items.length > 0);
}

/** Kinds printed as one line per item ("Languages: TypeScript, Go") rather than as entries. */
const listKinds: ReadonlySet<TResumeSectionKind> = new Set(['skills', 'languages', 'interests']);
export function isListSection(kind: TResumeSectionKind): boolean {
  return listKinds.has(kind);
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2024" or "Jun 2024": a resume shows months at most, whatever precision was stored. */
export function formatPartialDate(date: string): string {
  const [year, month] = date.split('-');
  const name = month ? months[Number(month) - 1] : undefined;
  return name ? `${name} ${year}` : (year ?? date);
}

/** "Jun 2020 – Present", "2019 – 2021", "Mar 2024" (one date), or '' without dates. */
export function formatDateRange(item: Pick<TResumeItem, 'startDate' | 'endDate' | 'ongoing'>) {
  const start = item.startDate ? formatPartialDate(item.startDate) : null;
  const end = item.ongoing ? 'Present' : item.endDate ? formatPartialDate(item.endDate) : null;
  if (start && end) return start === end ? start : `${start} – ${end}`;
  return start ?? end ?? '';
}

/** A list item's line: its name, then keywords and level ("Languages: Go, SQL (Expert)"). */
export function listItemLine(item: TResumeItem): { name: string; detail: string } {
  const keywords = item.keywords.join(', ');
  if (!keywords) return { name: item.title, detail: item.level ?? '' };
  return { name: item.title, detail: item.level ? `${keywords} (${item.level})` : keywords };
}

/** Organisation, degree type or level, and place after the title, in one line. */
export function itemDetails(item: TResumeItem): string {
  return [item.subtitle, item.level, item.location].filter(Boolean).join(' · ');
}

/** Location, email, phone, website and profiles, in that order, for the contact line. */
export function contactParts(basics: TResumeBasics): string[] {
  const profiles = basics.profiles.map((p) =>
    p.url ? withoutScheme(p.url) : p.username ? `${p.network}: ${p.username}` : p.network,
  );
  const website = basics.url ? withoutScheme(basics.url) : null;
  return [basics.location, basics.email, basics.phone, website, ...profiles].filter(
    (part): part is string => Boolean(part),
  );
}

/** "github.com/ada" for "https://github.com/ada/": shorter, and what people type. */
function withoutScheme(url: string): string {
  return url.replace(/^https?:\/\//i, '').replace(/\/$/, '');
}

/** A letter's date in words, "1 December 2026", the same on every format and time zone. */
export function formatLetterDate(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  const full = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return full.format(new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, date ?? 1)));
}
