import type { TAchievement, TAchievementType } from '../../../contracts/achievements.js';
import {
  resumeLimits,
  type TResumeBasics,
  type TResumeContent,
  type TResumeItem,
  type TResumeSectionKind,
  type TResumeStatistics,
} from '../../../contracts/resumes.js';
import type { TSkillCategory } from '../../../contracts/skills.js';
import { proficiencies, type TProficiency } from '../../../contracts/user-skills.js';
import { coveredMonths, type Span } from '../achievements/achievement-dates.js';

export interface GeneratorSkill {
  slug: string;
  name: string;
  category: TSkillCategory;
  proficiency: TProficiency;
}

export interface GeneratorInput {
  /** The user's records, newest first (the timeline's order). */
  achievements: readonly TAchievement[];
  skills: readonly GeneratorSkill[];
  basics: TResumeBasics;
  now: Date;
}

export interface GeneratedResume {
  content: TResumeContent;
  statistics: TResumeStatistics;
}

/** Which section each kind of record goes to, and the sections' order and headings. */
const sectionOf: Record<TAchievementType, TResumeSectionKind> = {
  job: 'work',
  internship: 'work',
  volunteering: 'volunteer',
  education: 'education',
  course: 'education',
  project: 'projects',
  hackathon: 'projects',
  // A record of no kind of its own reads best among the things the person made or did.
  other: 'projects',
  certification: 'certificates',
  award: 'awards',
  publication: 'publications',
};

const headings: Partial<Record<TResumeSectionKind, string>> = {
  work: 'Experience',
  volunteer: 'Volunteering',
  education: 'Education',
  projects: 'Projects',
  certificates: 'Certifications',
  awards: 'Awards',
  publications: 'Publications',
  skills: 'Skills',
};

const categoryHeadings: Record<TSkillCategory, string> = {
  programming: 'Programming languages',
  framework: 'Frameworks and libraries',
  tool: 'Tools',
  data: 'Data',
  cloud: 'Cloud and infrastructure',
  design: 'Design',
  soft: 'Interpersonal',
  language: 'Languages',
  domain: 'Domain knowledge',
  business: 'Business',
  foundational: 'Foundational skills',
  knowledge: 'Knowledge areas',
};

/** Singular and plural nouns for the summary, in the order it names them. */
const nouns: [TAchievementType, string, string][] = [
  ['job', 'job', 'jobs'],
  ['internship', 'internship', 'internships'],
  ['project', 'project', 'projects'],
  ['hackathon', 'hackathon', 'hackathons'],
  ['certification', 'certification', 'certifications'],
  ['education', 'degree or programme', 'degrees or programmes'],
  ['course', 'course', 'courses'],
  ['publication', 'publication', 'publications'],
  ['award', 'award', 'awards'],
  ['volunteering', 'volunteering role', 'volunteering roles'],
  ['other', 'other achievement', 'other achievements'],
];

const clip = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

/** "a", "a and b", "a, b and c". */
export function listPhrase(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}

const rank = (p: TProficiency) => proficiencies.indexOf(p);
const byLevelThenName = (a: GeneratorSkill, b: GeneratorSkill) =>
  rank(b.proficiency) - rank(a.proficiency) || a.name.localeCompare(b.name);

/** Stable across regenerations, so a tailored copy can keep its edits to the item. */
export const itemIdOf = (achievementId: string) => `a-${achievementId}`;

export function itemOf(record: TAchievement): TResumeItem {
  return {
    id: itemIdOf(record.id),
    sourceId: record.id,
    title: clip(record.title, resumeLimits.line),
    subtitle: record.organization ? clip(record.organization, resumeLimits.line) : null,
    location: record.location ? clip(record.location, resumeLimits.line) : null,
    startDate: record.startDate,
    endDate: record.ongoing ? null : record.endDate,
    ongoing: record.ongoing,
    summary: record.description ? clip(record.description, resumeLimits.summary) : null,
    highlights: record.highlights
      .slice(0, resumeLimits.highlights)
      .map((h) => clip(h, resumeLimits.line)),
    url: record.links[0]?.url ?? null,
    keywords: record.skills.slice(0, resumeLimits.keywords).map((s) => s.name),
    level: null,
    hidden: false,
  };
}

function skillItems(skills: readonly GeneratorSkill[]): TResumeItem[] {
  const byCategory = new Map<TSkillCategory, GeneratorSkill[]>();
  for (const skill of skills) {
    byCategory.set(skill.category, [...(byCategory.get(skill.category) ?? []), skill]);
  }
  // Categories with the strongest skills first; within one, strongest first.
  return [...byCategory.entries()]
    .map(([category, list]) => ({ category, list: [...list].sort(byLevelThenName) }))
    .sort(
      (a, b) =>
        byLevelThenName(a.list[0] as GeneratorSkill, b.list[0] as GeneratorSkill) ||
        b.list.length - a.list.length,
    )
    .slice(0, resumeLimits.items)
    .map(({ category, list }) => ({
      id: `skills-${category}`,
      sourceId: category,
      title: categoryHeadings[category],
      subtitle: null,
      location: null,
      startDate: null,
      endDate: null,
      ongoing: false,
      summary: null,
      highlights: [],
      url: null,
      keywords: list.slice(0, resumeLimits.keywords).map((s) => s.name),
      level: list[0]?.proficiency ?? null,
      hidden: false,
    }));
}

function skillsPhrase(skills: readonly GeneratorSkill[]): string | null {
  const top = [...skills].sort(byLevelThenName).map((s) => s.name);
  if (top.length === 0) return null;
  if (top.length === 1) return `1 skill (${top[0]})`;
  if (top.length <= 3) return `${top.length} skills: ${listPhrase(top)}`;
  return `${top.length} skills including ${listPhrase(top.slice(0, 3))}`;
}

/**
 * One sentence from the records: "Software engineer with 1 internship and 3 projects; 12 skills
 * including TypeScript, React and SQL." The lead is the profile's headline, else the latest
 * position; null when there is nothing to say.
 */
export function summaryOf(
  lead: string | null,
  byType: Readonly<Record<string, number>>,
  skills: readonly GeneratorSkill[],
): string | null {
  const counted = nouns
    .filter(([type]) => (byType[type] ?? 0) > 0)
    .map(([type, one, many]) => {
      const n = byType[type] ?? 0;
      return `${n} ${n === 1 ? one : many}`;
    });
  const parts = [counted.length ? listPhrase(counted) : null, skillsPhrase(skills)].filter(
    (part): part is string => part !== null,
  );
  if (lead) return parts.length ? `${lead} with ${parts.join('; ')}.` : `${lead}.`;
  if (parts.length === 0) return null;
  const text = parts.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** What the summary and statistics need beyond the sections: small aggregates of the records. */
export interface ResumeFacts {
  /** Records per type (types with none left out). */
  byType: Readonly<Record<string, number>>;
  verified: number;
  /** The work-section records' titles and dates, in timeline order. */
  work: readonly (Span & { title: string })[];
}

/** The items of each section from the records (newest first), up to the content model's limit. */
export function sectionItems(
  records: readonly TAchievement[],
): Map<TResumeSectionKind, TResumeItem[]> {
  const bySection = new Map<TResumeSectionKind, TResumeItem[]>();
  for (const record of records) {
    const kind = sectionOf[record.type];
    const items = bySection.get(kind) ?? [];
    if (items.length < resumeLimits.items) items.push(itemOf(record));
    bySection.set(kind, items);
  }
  return bySection;
}

/** The sections in the document's order: the record sections, then skills. */
export const sectionKinds = Object.keys(headings) as TResumeSectionKind[];
export const headingOf = (kind: TResumeSectionKind): string => headings[kind] ?? kind;

export interface AggregateInput {
  skills: readonly GeneratorSkill[];
  basics: TResumeBasics;
  facts: ResumeFacts;
  now: Date;
}

/** The parts of the resume made from aggregates rather than one record each. */
export interface AggregateParts {
  /** The skills section's items (one per category). */
  skills: TResumeItem[];
  summary: string | null;
  statistics: TResumeStatistics;
}

/** The skills section, the summary and the statistics, from the skills and the record facts. */
export function aggregateParts(input: AggregateInput): AggregateParts {
  const { facts, skills } = input;
  const lead = input.basics.label ?? facts.work[0]?.title ?? null;
  const total = Object.values(facts.byType).reduce((sum, n) => sum + n, 0);
  return {
    skills: skillItems(skills),
    summary: summaryOf(lead && clip(lead, 200), facts.byType, skills),
    statistics: {
      achievements: total,
      byType: { ...facts.byType },
      verified: facts.verified,
      skills: skills.length,
      experienceMonths: coveredMonths(facts.work, input.now),
    },
  };
}

/** The document: the sections with items, in order, under their headings. */
export function documentOf(
  basics: TResumeBasics,
  summary: string | null,
  sections: ReadonlyMap<TResumeSectionKind, readonly TResumeItem[]>,
): TResumeContent {
  return {
    basics,
    summary,
    sections: sectionKinds
      .filter((kind) => sections.get(kind)?.length)
      .map((kind) => ({
        kind,
        title: headingOf(kind),
        hidden: false,
        items: [...(sections.get(kind) ?? [])],
      })),
  };
}

/** The generated resume: a pure function of the user's records, skills and profile basics. */
export function generateResume(input: GeneratorInput): GeneratedResume {
  const byType: Record<string, number> = {};
  let verified = 0;
  for (const record of input.achievements) {
    byType[record.type] = (byType[record.type] ?? 0) + 1;
    if (record.verification.state === 'verified') verified += 1;
  }
  const work = input.achievements.filter((a) => sectionOf[a.type] === 'work');
  const parts = aggregateParts({
    skills: input.skills,
    basics: input.basics,
    facts: { byType, verified, work },
    now: input.now,
  });
  const sections = sectionItems(input.achievements);
  sections.set('skills', parts.skills);
  return {
    content: documentOf(input.basics, parts.summary, sections),
    statistics: parts.statistics,
  };
}

/** The section a record of this type goes to. */
export const sectionOfType = (type: TAchievementType): TResumeSectionKind => sectionOf[type];

/** The record types whose items go to these sections: what a section rebuild reads. */
export function typesOfSections(kinds: ReadonlySet<TResumeSectionKind>): TAchievementType[] {
  return (Object.keys(sectionOf) as TAchievementType[]).filter((type) =>
    kinds.has(sectionOf[type]),
  );
}

/** The record types of the work section (experience months and the summary's lead). */
export const workTypes = typesOfSections(new Set(['work']));
