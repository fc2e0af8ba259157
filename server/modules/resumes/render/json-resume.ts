import { z } from 'zod';
import type {
  TResumeBasics,
  TResumeContent,
  TResumeItem,
  TResumeSection,
  TResumeSectionKind,
} from '../../../../contracts/resumes.js';
import { ZResumeContent, ZResumeItem, resumeSectionKinds } from '../../../../contracts/resumes.js';
import type { FieldError } from './json-resume-schema.js';
import { validateJsonResume } from './json-resume-schema.js';

/**
 * Our resume content to and from JSON Resume (v1.0.0). Every section kind is a JSON Resume array
 * of the same name. What JSON Resume has no field for (item ids, hidden parts, section headings
 * and order, `ongoing`, our fields a section of theirs lacks, values changed to satisfy the
 * schema) travels in `meta.careeros`, so our content comes back unchanged; a document from
 * elsewhere is imported with defaults instead.
 */
export type JsonObject = Record<string, unknown>;
export type JsonResume = JsonObject & { basics?: JsonObject; meta?: JsonObject };

type MappedField = Exclude<keyof TResumeItem, 'id' | 'sourceId' | 'ongoing' | 'hidden'>;

/** Our item field -> their field, per section. */
const fieldMaps: Record<TResumeSectionKind, Partial<Record<MappedField, string>>> = {
  work: {
    title: 'position',
    subtitle: 'name',
    location: 'location',
    url: 'url',
    startDate: 'startDate',
    endDate: 'endDate',
    summary: 'summary',
    highlights: 'highlights',
  },
  volunteer: {
    title: 'position',
    subtitle: 'organization',
    url: 'url',
    startDate: 'startDate',
    endDate: 'endDate',
    summary: 'summary',
    highlights: 'highlights',
  },
  education: {
    title: 'area',
    subtitle: 'institution',
    level: 'studyType',
    url: 'url',
    startDate: 'startDate',
    endDate: 'endDate',
    keywords: 'courses',
  },
  projects: {
    title: 'name',
    subtitle: 'entity',
    summary: 'description',
    highlights: 'highlights',
    keywords: 'keywords',
    url: 'url',
    startDate: 'startDate',
    endDate: 'endDate',
  },
  certificates: { title: 'name', subtitle: 'issuer', startDate: 'date', url: 'url' },
  awards: { title: 'title', subtitle: 'awarder', startDate: 'date', summary: 'summary' },
  publications: {
    title: 'name',
    subtitle: 'publisher',
    startDate: 'releaseDate',
    url: 'url',
    summary: 'summary',
  },
  skills: { title: 'name', level: 'level', keywords: 'keywords' },
  languages: { title: 'language', level: 'fluency' },
  interests: { title: 'name', keywords: 'keywords' },
  references: { title: 'name', summary: 'reference' },
};

const defaultHeadings: Record<TResumeSectionKind, string> = {
  work: 'Experience',
  volunteer: 'Volunteering',
  education: 'Education',
  projects: 'Projects',
  certificates: 'Certifications',
  awards: 'Awards',
  publications: 'Publications',
  skills: 'Skills',
  languages: 'Languages',
  interests: 'Interests',
  references: 'References',
};

/** Kinds whose items span time, so an item with a start and no end is ongoing. */
const spans: ReadonlySet<TResumeSectionKind> = new Set([
  'work',
  'volunteer',
  'education',
  'projects',
]);

const arrayFields: ReadonlySet<MappedField> = new Set(['highlights', 'keywords']);
const urlFields = new Set(['url']);

const ZMetaItem = z.object({
  id: z.string(),
  sourceId: z.string().nullable(),
  hidden: z.boolean(),
  ongoing: z.boolean(),
  extra: ZResumeItem.partial().optional(),
});
const ZCareerosMeta = z.object({
  sections: z.array(
    z.object({
      kind: z.enum(resumeSectionKinds),
      title: z.string(),
      hidden: z.boolean(),
      items: z.array(ZMetaItem),
    }),
  ),
  /** Values changed on the way out to satisfy the schema, by path: "certificates.0.date". */
  originals: z.record(z.string(), z.string()),
});
type CareerosMeta = z.infer<typeof ZCareerosMeta>;

export interface ToJsonResumeOptions {
  /** Hidden sections and items are left out of an export unless asked for (a full backup). */
  includeHidden?: boolean;
}

export function toJsonResume(
  content: TResumeContent,
  options: ToJsonResumeOptions = {},
): JsonResume {
  const originals: Record<string, string> = {};
  const keep = (value: string, path: string, fixed: string) => {
    if (fixed !== value) originals[path] = value;
    return fixed;
  };
  const document: JsonResume = {
    $schema: 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json',
    basics: basicsOut(content, keep),
  };
  const sections: CareerosMeta['sections'] = [];
  for (const section of content.sections) {
    if (section.hidden && !options.includeHidden) continue;
    const items = section.items.filter((item) => options.includeHidden || !item.hidden);
    const list = (document[section.kind] ??= []) as JsonObject[];
    sections.push({
      kind: section.kind,
      title: section.title,
      hidden: section.hidden,
      items: items.map((item) => {
        const { entry, extra } = itemOut(
          section.kind,
          item,
          `${section.kind}.${list.length}`,
          keep,
        );
        list.push(entry);
        return {
          id: item.id,
          sourceId: item.sourceId,
          hidden: item.hidden,
          ongoing: item.ongoing,
          extra,
        };
      }),
    });
  }
  document.meta = { careeros: { sections, originals } };
  return document;
}

type Keep = (value: string, path: string, fixed: string) => string;

function basicsOut(content: TResumeContent, keep: Keep): JsonObject {
  const { basics } = content;
  const out: JsonObject = { name: basics.name };
  if (basics.label) out.label = basics.label;
  if (basics.email) out.email = basics.email;
  if (basics.phone) out.phone = basics.phone;
  if (basics.url) out.url = keep(basics.url, 'basics.url', absoluteUrl(basics.url));
  if (content.summary) out.summary = content.summary;
  // Our location is one line of text; JSON Resume's city holds it whole.
  if (basics.location) out.location = { city: basics.location };
  out.profiles = basics.profiles.map((profile, i) => {
    const entry: JsonObject = { network: profile.network };
    if (profile.username) entry.username = profile.username;
    if (profile.url)
      entry.url = keep(profile.url, `basics.profiles.${i}.url`, absoluteUrl(profile.url));
    return entry;
  });
  return out;
}

function itemOut(kind: TResumeSectionKind, item: TResumeItem, path: string, keep: Keep) {
  const map = fieldMaps[kind];
  const entry: JsonObject = {};
  const extra: Partial<TResumeItem> = {};
  for (const field of Object.keys(item) as (keyof TResumeItem)[]) {
    if (field === 'id' || field === 'sourceId' || field === 'ongoing' || field === 'hidden')
      continue;
    const value = item[field];
    if (value === null || (Array.isArray(value) && value.length === 0)) continue;
    const theirs = map[field];
    if (!theirs) {
      Object.assign(extra, { [field]: value });
    } else if (typeof value === 'string') {
      let fixed = value;
      if (urlFields.has(theirs)) fixed = absoluteUrl(value);
      // Certificates take a full date; a month or a year becomes its first day.
      if (kind === 'certificates' && theirs === 'date') fixed = fullDate(value);
      entry[theirs] = keep(value, `${path}.${theirs}`, fixed);
    } else {
      entry[theirs] = value;
    }
  }
  return { entry, extra: Object.keys(extra).length > 0 ? extra : undefined };
}

/** A URL the schema's `uri` format accepts: "ada.dev" becomes "https://ada.dev". */
function absoluteUrl(url: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) ? url : `https://${url}`;
}

function fullDate(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

export type JsonResumeImport =
  { ok: true; content: TResumeContent } | { ok: false; errors: FieldError[] };

/**
 * An uploaded JSON Resume checked against the official schema (errors on their paths, such as
 * `work.0.startDate`), mapped, then checked against our limits (errors on our paths, such as
 * `sections.0.items.3.title`).
 */
export function importJsonResume(document: unknown): JsonResumeImport {
  const errors = validateJsonResume(document);
  if (errors.length > 0) return { ok: false, errors };
  const parsed = ZResumeContent.safeParse(fromJsonResume(document as JsonResume));
  if (parsed.success) return { ok: true, content: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => ({
      path: issue.path.join('.'),
      message: issue.message,
    })),
  };
}

/** Maps a document that passed the schema; `meta.careeros`, when it fits, restores the rest. */
export function fromJsonResume(document: JsonResume): TResumeContent {
  const parsedMeta = ZCareerosMeta.safeParse(asObject(document.meta)?.careeros);
  const meta = parsedMeta.success && fits(parsedMeta.data, document) ? parsedMeta.data : null;
  const source = meta ? restoreOriginals(document, meta.originals) : document;
  // How many entries of each kind the sections so far have used.
  const taken: Partial<Record<TResumeSectionKind, number>> = {};
  const take = (kind: TResumeSectionKind) => ({
    entries: arrayOf(source[kind]),
    start: taken[kind] ?? 0,
  });

  const sections: TResumeSection[] = [];
  for (const section of meta?.sections ?? []) {
    const { entries, start } = take(section.kind);
    const items = section.items.map((m, i) => ({
      ...itemIn(section.kind, entries[start + i] ?? {}, m.id, m.ongoing),
      ...m.extra,
      sourceId: m.sourceId,
      hidden: m.hidden,
    }));
    taken[section.kind] = start + items.length;
    sections.push({ kind: section.kind, title: section.title, hidden: section.hidden, items });
  }
  // Entries the meta does not describe (or all of them, from another tool) get new sections.
  for (const kind of resumeSectionKinds) {
    const { entries, start } = take(kind);
    if (entries.length <= start) continue;
    const items = entries.slice(start).map((entry, i) => {
      const startDate = text(entry[fieldMaps[kind].startDate ?? '']);
      const endDate = text(entry[fieldMaps[kind].endDate ?? '']);
      return itemIn(
        kind,
        entry,
        `${kind}-${start + i + 1}`,
        spans.has(kind) && !!startDate && !endDate,
      );
    });
    sections.push({ kind, title: defaultHeadings[kind], hidden: false, items });
  }
  const basics = asObject(source.basics) ?? {};
  return { basics: basicsIn(basics), summary: text(basics.summary), sections };
}

/** The meta describes no more entries than the document has, or it is not ours to trust. */
function fits(meta: CareerosMeta, document: JsonResume): boolean {
  const counts = new Map<TResumeSectionKind, number>();
  for (const s of meta.sections) counts.set(s.kind, (counts.get(s.kind) ?? 0) + s.items.length);
  return [...counts].every(([kind, count]) => arrayOf(document[kind]).length >= count);
}

function restoreOriginals(document: JsonResume, originals: Record<string, string>): JsonResume {
  const copy = structuredClone(document);
  for (const [path, value] of Object.entries(originals)) {
    const keys = path.split('.');
    const last = keys.pop();
    let target: unknown = copy;
    for (const key of keys) target = (target as JsonObject | undefined)?.[key];
    const object = asObject(target);
    if (object && last) object[last] = value;
  }
  return copy;
}

function itemIn(
  kind: TResumeSectionKind,
  entry: JsonObject,
  id: string,
  ongoing: boolean,
): TResumeItem {
  const item: TResumeItem = {
    id,
    sourceId: null,
    title: '',
    subtitle: null,
    location: null,
    startDate: null,
    endDate: null,
    ongoing,
    summary: null,
    highlights: [],
    url: null,
    keywords: [],
    level: null,
    hidden: false,
  };
  for (const [ours, theirs] of Object.entries(fieldMaps[kind]) as [MappedField, string][]) {
    const value = entry[theirs];
    if (arrayFields.has(ours)) Object.assign(item, { [ours]: strings(value) });
    else if (ours === 'title') item.title = text(value) ?? '';
    else Object.assign(item, { [ours]: text(value) });
  }
  // Their fields with no place of ours, kept as text rather than dropped.
  if (kind === 'work' && !item.summary) item.summary = text(entry.description);
  if (kind === 'education' && text(entry.score)) {
    item.highlights = [...item.highlights, `Score: ${text(entry.score)}`];
  }
  if (kind === 'projects' && strings(entry.roles).length > 0) {
    item.level = strings(entry.roles).join(', ');
  }
  return item;
}

function basicsIn(basics: JsonObject): TResumeBasics {
  const location = asObject(basics.location);
  const place = location
    ? [
        text(location.address)?.replace(/\n/g, ', '),
        [text(location.postalCode), text(location.city)].filter(Boolean).join(' '),
        text(location.region),
        text(location.countryCode),
      ]
        .filter(Boolean)
        .join(', ')
    : '';
  return {
    name: text(basics.name) ?? '',
    label: text(basics.label),
    email: text(basics.email),
    phone: text(basics.phone),
    url: text(basics.url),
    location: place || null,
    profiles: arrayOf(basics.profiles).map((profile) => ({
      network: text(profile.network) ?? '',
      username: text(profile.username),
      url: text(profile.url),
    })),
  };
}

function asObject(value: unknown): JsonObject | null {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as JsonObject) : null;
}

function arrayOf(value: unknown): JsonObject[] {
  return Array.isArray(value) ? value.map((entry) => asObject(entry) ?? {}) : [];
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
