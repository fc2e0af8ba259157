import { achievementLimits, type TAchievementType } from '../../../contracts/achievements.js';
import type { TProposedAchievement, TResumeBasics } from '../../../contracts/resume-imports.js';
import { findDates, type DateRange } from './resume-dates.js';
import { sectionOf, type SectionKind } from './resume-headings.js';

/** An entry read from a resume, before its skills are matched to the taxonomy. */
export interface ParsedEntry {
  section: string;
  confidence: number;
  sourceLines: string[];
  achievement: Omit<TProposedAchievement, 'skills'>;
  /** Skills of the skills section that the entry's text mentions, as the resume wrote them. */
  mentions: string[];
}

export interface ParsedResume {
  basics: TResumeBasics;
  entries: ParsedEntry[];
  /** The skills section's items, as written, each once. */
  skills: string[];
}

const MAX_SKILLS = 60;
const BULLET = /^[•●▪◦·‣○■□►▸*>-]\s*|^–\s+/;
const ROLE =
  /\b(intern|internship|engineer|developer|analyst|manager|designer|consultant|assistant|scientist|lead|director|officer|specialist|coordinator|architect|researcher|teacher|tutor|associate|administrator|technician|volunteer|founder|student)\b/i;
const ORGANISATION =
  /\b(inc|ltd|llc|gmbh|corp|corporation|company|co|plc|university|college|school|institute|academy|bank|group|labs?|foundation)\b\.?/i;
const LOCATION = /^(?:[Rr]emote|[Hh]ybrid|[A-Z][A-Za-z.' -]{1,30},\s*[A-Z][A-Za-z.' -]{1,30})$/;

interface Block {
  heading: string;
  kind: SectionKind;
  lines: string[];
}

/** Reads a resume's text into basics, proposed records and the skills it lists. */
export function parseResume(text: string): ParsedResume {
  const lines = text
    .split(/\r?\n/)
    .map((line) =>
      line
        .replace(/[\u00a0\t]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((line) => line.length > 0);
  const header: string[] = [];
  const blocks: Block[] = [];
  for (const line of lines) {
    const kind = sectionOf(line);
    const current = blocks.at(-1);
    if (kind) blocks.push({ heading: line.replace(/:\s*$/, ''), kind, lines: [] });
    else if (current) current.lines.push(line);
    else header.push(line);
  }
  const skills = dedupe(
    blocks.flatMap((block) => (block.kind.kind === 'skills' ? splitSkills(block.lines) : [])),
  ).slice(0, MAX_SKILLS);
  const entries = blocks.flatMap((block) =>
    block.kind.kind === 'records'
      ? groupEntries(block.lines, block.kind.list).flatMap((group) => {
          const entry = readEntry(block, group, block.kind as RecordsKind);
          return entry ? [{ ...entry, mentions: mentionsIn(group, skills) }] : [];
        })
      : [],
  );
  return { basics: findBasics(header.length > 0 ? header : lines.slice(0, 8)), entries, skills };
}

type RecordsKind = Extract<SectionKind, { kind: 'records' }>;

/** A skills section's items: split on commas, semicolons, pipes and bullets; labels dropped. */
export function splitSkills(lines: readonly string[]): string[] {
  return (
    lines
      .flatMap((line) => {
        // "Languages: Python, Go" names a group, then its skills.
        const labelled = /^[^:,|]{2,30}:\s*(.+)$/.exec(line);
        return (labelled?.[1] ?? line).split(/[,;|•●▪·/()]|\s+-\s+|\s–\s/);
      })
      .map((item) => item.replace(BULLET, '').replace(/\.$/, '').trim())
      .filter((item) => item.length > 0 && item.length <= achievementLimits.skillName)
      // "and more" and sentences are not skills.
      .filter((item) => item.split(' ').length <= 4)
  );
}

function dedupe(items: readonly string[]): string[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = item.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const isBullet = (line: string) => BULLET.test(line);
const hasDate = (line: string | undefined) => line !== undefined && findDates(line) !== null;

/**
 * Splits a section's lines into entries. An entry is a heading block (title, organisation,
 * dates, location) and then bullets; a text line after bullets, or a dated line (or the line
 * before one) once the block has its dates, starts the next entry. A lower-case line after a
 * bullet continues it (text extracted from a PDF wraps long bullets).
 */
function groupEntries(lines: readonly string[], list: boolean): string[][] {
  const groups: string[][] = [];
  let current: string[] = [];
  let bullets = false;
  let dated = false;
  lines.forEach((line, at) => {
    const bullet = isBullet(line);
    const continues = !bullet && bullets && /^[a-z(]/.test(line);
    const starts =
      current.length > 0 &&
      !bullet &&
      !continues &&
      (list || bullets || (dated && (hasDate(line) || hasDate(lines[at + 1]))));
    if (starts) {
      groups.push(current);
      current = [];
      bullets = false;
      dated = false;
    }
    if (continues) current[current.length - 1] += ` ${line}`;
    else current.push(line);
    bullets ||= bullet;
    dated ||= !bullet && hasDate(line);
  });
  if (current.length > 0) groups.push(current);
  return groups;
}

const clip = (text: string, max: number) => (text.length > max ? text.slice(0, max).trim() : text);

function readEntry(
  block: Block,
  group: readonly string[],
  kind: RecordsKind,
): Omit<ParsedEntry, 'mentions'> | null {
  const head = group.filter((line) => !isBullet(line));
  const highlights = group
    .filter(isBullet)
    .map((line) => clip(line.replace(BULLET, '').trim(), achievementLimits.highlight))
    .filter((line) => line.length > 0)
    .slice(0, achievementLimits.highlights);
  let dates: DateRange | null = null;
  const parts: string[] = [];
  let location: string | null = null;
  head.forEach((line, at) => {
    let rest = line;
    if (!dates) {
      const found = findDates(line);
      if (found) {
        dates = found.range;
        rest = found.rest;
      }
    }
    if (at > 0 && LOCATION.test(rest) && !ROLE.test(rest) && !ORGANISATION.test(rest)) {
      location ??= rest;
      return;
    }
    parts.push(...splitHeading(rest));
  });
  const [title, organization, ...others] = orderTitleFirst(parts);
  if (!title) return null;
  const range: DateRange = dates ?? {
    startDate: null,
    endDate: null,
    ongoing: false,
    single: false,
  };
  // One date on an education entry is when it ended (graduation); elsewhere when it happened.
  const endOnly = range.single && kind.type === 'education';
  const type: TAchievementType =
    kind.type === 'job' && /\bintern(ship)?\b/i.test(`${title} ${organization ?? ''}`)
      ? 'internship'
      : kind.type;
  const description = others.length > 0 ? others.join(', ') : null;
  return {
    section: block.heading,
    confidence: confidenceOf(kind, Boolean(organization), dates !== null, highlights.length > 0),
    sourceLines: [...group],
    achievement: {
      type,
      title: clip(title, achievementLimits.title),
      organization: organization ? clip(organization, achievementLimits.organization) : null,
      location: location ? clip(location, achievementLimits.location) : null,
      description: description ? clip(description, achievementLimits.description) : null,
      startDate: endOnly ? null : range.startDate,
      endDate: endOnly ? range.startDate : range.endDate,
      ongoing: range.ongoing,
      highlights,
      links: [],
    },
  };
}

/** A heading line's parts: "Intern | Acme", "Engineer at Globex", "BSc Maths, Leeds". */
function splitHeading(line: string): string[] {
  if (!line) return [];
  const strong = line.split(/\s+[|–—·•@]\s+|\s+at\s+|\s+-\s+|\s*\|\s*/).filter(Boolean);
  if (strong.length > 1) return strong.map((part) => part.trim());
  const comma = line.indexOf(', ');
  return comma > 0 ? [line.slice(0, comma), line.slice(comma + 2)] : [line];
}

/** "Acme Corp — Data Analyst" names the organisation first: put the role first. */
function orderTitleFirst(parts: string[]): string[] {
  const [first, ...rest] = parts;
  if (!first || ROLE.test(first) || !ORGANISATION.test(first)) return parts;
  const role = rest.findIndex((part) => ROLE.test(part));
  if (role < 0) return parts;
  const [title = ''] = rest.splice(role, 1);
  return [title, first, ...rest];
}

function confidenceOf(
  kind: RecordsKind,
  organization: boolean,
  dates: boolean,
  highlights: boolean,
): number {
  // Lists (certificates, awards) often have neither organisation nor bullets.
  const score = kind.list
    ? 0.5 + (organization ? 0.25 : 0) + (dates ? 0.25 : 0)
    : 0.3 + (organization ? 0.25 : 0) + (dates ? 0.3 : 0) + (highlights ? 0.15 : 0);
  return Math.round(Math.min(1, score) * 100) / 100;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The listed skills an entry's lines name, as whole words ("Java" is not in "JavaScript"). */
function mentionsIn(group: readonly string[], skills: readonly string[]): string[] {
  const text = group.join('\n');
  return skills.filter(
    (skill) =>
      skill.length > 1 && new RegExp(`(^|[^\\w+#])${escape(skill)}(?![\\w+#])`, 'i').test(text),
  );
}

const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/;
const PHONE = /\+?\(?\d[\d\s().-]{7,}\d/;
const WEB_ADDRESS =
  /\b(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:\/[^\s|,]*)?/gi;

function labelOf(url: URL): string {
  const host = url.hostname.replace(/^www\./, '');
  if (host === 'linkedin.com') return 'LinkedIn';
  if (host === 'github.com') return 'GitHub';
  if (host === 'gitlab.com') return 'GitLab';
  return 'Website';
}

/** Name, email, phone and links from the lines above the first section. */
export function findBasics(header: readonly string[]): TResumeBasics {
  const text = header.join('\n');
  const email = EMAIL.exec(text)?.[0] ?? null;
  const phone =
    header
      .flatMap((line) => PHONE.exec(line)?.[0] ?? [])
      .map((found) => found.trim())
      .find((found) => found.replace(/\D/g, '').length >= 9) ?? null;
  const links = new Map<string, { label: string; url: string }>();
  for (const found of text.replace(EMAIL, ' ').match(WEB_ADDRESS) ?? []) {
    try {
      const url = new URL(/^https?:\/\//i.test(found) ? found : `https://${found}`);
      if (url.toString().length <= achievementLimits.url && links.size < achievementLimits.links)
        links.set(url.toString(), { label: labelOf(url), url: url.toString() });
    } catch {
      // Not a URL after all ("e.g.", "v1.2"): skipped.
    }
  }
  const name =
    header.find(
      (line) =>
        !EMAIL.test(line) &&
        !/\d/.test(line) &&
        line.length <= 60 &&
        /^[\p{L}' .-]+$/u.test(line) &&
        line.split(' ').length <= 5,
    ) ?? null;
  return { name, email, phone, links: [...links.values()] };
}
