import { isDeepStrictEqual } from 'node:util';
import { and, eq, sql } from 'drizzle-orm';
import type { TAchievement, TAchievementType } from '../../../contracts/achievements.js';
import type {
  TResumeBasics,
  TResumeContent,
  TResumeSection,
  TResumeSectionKind,
  TResumeStatistics,
} from '../../../contracts/resumes.js';
import type { DbOrTx } from '../../platform/db/index.js';
import type { DomainEvents } from '../../platform/events/domain-events.js';
import { listAllAchievements, workSpansOf } from '../achievements/achievement-reads.js';
import {
  profileBasics,
  profileBasicsColumns,
  toProfileBasics,
  type ProfileBasics,
} from '../profiles/profiles.service.js';
import { userProfiles } from '../profiles/profiles.tables.js';
import { users } from '../users/users.tables.js';
import { listUserSkillDetails } from '../user-skills/user-skill-levels.js';
import { resumeContent } from './resume-content.js';
import {
  aggregateParts,
  generateResume,
  headingOf,
  itemOf,
  sectionKinds,
  sectionOfType,
  workTypes,
} from './resume-generator.js';
import { resumeItems, resumes } from './resumes.tables.js';

export const GENERATED_RESUME_NAME = 'Generated resume';

/** What the statistics count of a record. */
export interface CountedRecord {
  type: TAchievementType;
  verified: boolean;
}

/** What a write did to the user's records, so regeneration touches only that. */
export type ResumeChange =
  | { saved: TAchievement; previous: CountedRecord | null }
  | { deleted: CountedRecord }
  /** No record changed: the profile or the skills did (basics, skills, summary follow). */
  | { refreshed: 'profile' | 'skills' };

export interface Regenerated {
  resumeId: string;
  /** Section kinds whose content differs from the previous generation, in document order. */
  sectionsTouched: string[];
  lastGeneratedAt: Date;
  /** Records per type, as of this generation. */
  byType: Readonly<Record<string, number>>;
}

function basicsOf(profile: ProfileBasics): TResumeBasics {
  const { linkedinUrl, githubUrl, websiteUrl } = profile.links;
  return {
    name: profile.fullName ?? profile.username,
    label: profile.headline,
    // The email stays out: the generated resume may be shared by link; the builder can add it.
    email: null,
    phone: null,
    url: websiteUrl,
    location: profile.location,
    profiles: [
      ...(linkedinUrl ? [{ network: 'LinkedIn', username: null, url: linkedinUrl }] : []),
      ...(githubUrl ? [{ network: 'GitHub', username: null, url: githubUrl }] : []),
    ],
  };
}

/** A record's item row: the item with the record's timeline keys. */
function itemRow(resumeId: string, record: TAchievement) {
  const kind = sectionOfType(record.type);
  return {
    resumeId,
    sourceId: record.id,
    kind,
    position: sectionKinds.indexOf(kind) + 1,
    ongoing: record.ongoing,
    startDate: record.startDate,
    createdAt: new Date(record.createdAt),
    item: itemOf(record),
  };
}

function touchedSections(before: TResumeContent | undefined, after: TResumeContent): string[] {
  // jsonb stores keys in its own order, so compare values, not their JSON text.
  const section = (content: TResumeContent | undefined, kind: string) =>
    content?.sections.find((s) => s.kind === kind) ?? null;
  return sectionKinds.filter(
    (kind) => !isDeepStrictEqual(section(before, kind), section(after, kind)),
  );
}

/** The stored counts moved by one write: what was counted before goes, what is now comes. */
function recount(statistics: TResumeStatistics, change: ResumeChange) {
  const byType = new Map(Object.entries(statistics.byType));
  let { verified } = statistics;
  const move = (record: CountedRecord, by: 1 | -1) => {
    byType.set(record.type, (byType.get(record.type) ?? 0) + by);
    if (record.verified) verified += by;
  };
  if ('saved' in change) {
    if (change.previous) move(change.previous, -1);
    const { type, verification } = change.saved;
    move({ type, verified: verification.state === 'verified' }, 1);
  } else if ('deleted' in change) {
    move(change.deleted, -1);
  }
  // Types with none are left out, as a full build leaves them.
  return { byType: Object.fromEntries([...byType].filter(([, n]) => n > 0)), verified };
}

const skillsSectionOf = (items: TResumeSection['items']): TResumeSection[] =>
  items.length ? [{ kind: 'skills', title: headingOf('skills'), hidden: false, items }] : [];

/**
 * Keeps the generated resume in step with the records, in the caller's transaction so it
 * commits (or not) with the change that caused it. With `change` (what one write did) only that
 * record's item is written, with the skills section, summary and statistics, so a write's cost
 * does not grow with the number of records; without it (the first generation, or a resume
 * stored before items had rows of their own) everything is rebuilt. The two come out the same
 * (see the resume-consistency test).
 */
export async function regenerateResume(
  tx: DbOrTx,
  userId: string,
  clock: () => Date,
  change?: ResumeChange,
): Promise<Regenerated> {
  const now = clock();
  // One after another: a transaction is one connection, which runs one query at a time.
  const [existing] = await tx
    .select({
      id: resumes.id,
      content: resumes.content,
      statistics: resumes.statistics,
      work: workSpansOf(sql`${resumes}.user_id`, workTypes),
      ...profileBasicsColumns,
    })
    .from(resumes)
    .innerJoin(users, eq(users.id, resumes.userId))
    .leftJoin(userProfiles, eq(userProfiles.userId, resumes.userId))
    .where(and(eq(resumes.userId, userId), eq(resumes.kind, 'generated')))
    .for('update', { of: resumes });
  const legacy = existing?.content.sections.some((s) => s.kind !== 'skills') ?? false;
  if (!existing?.statistics || !change || legacy) {
    const rebuilt = await rebuild(tx, userId, now, existing?.id);
    // Another transaction made the user's first resume meanwhile: go again, on that one.
    return rebuilt ?? regenerateResume(tx, userId, clock, change);
  }

  // The counts follow from the stored ones and the change; the work records' dates are read
  // (with the lock), as the months they cover grow with time.
  const { byType, verified } = recount(existing.statistics, change);
  const { work } = existing;
  const skills = await listUserSkillDetails(tx, userId);
  const basics = basicsOf(toProfileBasics(existing));
  const parts = aggregateParts({ skills, basics, facts: { byType, verified, work }, now });
  const content = { basics, summary: parts.summary, sections: skillsSectionOf(parts.skills) };
  const update = tx
    .update(resumes)
    .set({ content, statistics: parts.statistics, lastGeneratedAt: now, updatedAt: now })
    .where(eq(resumes.id, existing.id));

  const touched = new Set<TResumeSectionKind>();
  if ('saved' in change) {
    const row = itemRow(existing.id, change.saved);
    const { resumeId: _r, sourceId: _s, createdAt: _c, ...changes } = row;
    const upsert = tx
      .insert(resumeItems)
      .values(row)
      .onConflictDoUpdate({
        target: resumeItems.sourceId,
        set: changes,
        // An item that comes out the same is left alone, and its section is not touched.
        setWhere: sql`${resumeItems}.item is distinct from excluded.item
          or ${resumeItems}.kind is distinct from excluded.kind`,
      })
      .returning({ id: resumeItems.sourceId });
    // Both writes in one round trip: this runs on every achievement write.
    const result = (await tx.execute(
      sql`with resume as (${update.getSQL()}) ${upsert.getSQL()}`,
    )) as unknown as {
      rows: unknown[];
    };
    const written = result.rows;
    if (written.length) touched.add(row.kind);
    const before = change.previous && sectionOfType(change.previous.type);
    if (before && before !== row.kind) touched.add(before);
  } else {
    await update;
    // A deleted record's item went with it (the foreign key cascades).
    if ('deleted' in change) touched.add(sectionOfType(change.deleted.type));
  }
  if (!isDeepStrictEqual(existing.content.sections, content.sections)) touched.add('skills');
  return {
    resumeId: existing.id,
    sectionsTouched: sectionKinds.filter((kind) => touched.has(kind)),
    lastGeneratedAt: now,
    byType,
  };
}

/**
 * Builds the whole generated resume from all the records, creating its row when missing;
 * undefined when another transaction created it first (the one-per-user index decides).
 */
async function rebuild(
  tx: DbOrTx,
  userId: string,
  now: Date,
  existingId: string | undefined,
): Promise<Regenerated | undefined> {
  const [before] = existingId
    ? await tx.select({ content: resumeContent }).from(resumes).where(eq(resumes.id, existingId))
    : [];
  const records = await listAllAchievements(tx, userId);
  const skills = await listUserSkillDetails(tx, userId);
  const basics = basicsOf(await profileBasics(tx, userId));
  const generated = generateResume({ achievements: records, skills, basics, now });
  const skillsSection = generated.content.sections.filter((s) => s.kind === 'skills');
  const values = {
    content: { ...generated.content, sections: skillsSection },
    statistics: generated.statistics,
    lastGeneratedAt: now,
    updatedAt: now,
  };
  let resumeId = existingId;
  if (resumeId) {
    await tx.update(resumes).set(values).where(eq(resumes.id, resumeId));
    await tx.delete(resumeItems).where(eq(resumeItems.resumeId, resumeId));
  } else {
    const [created] = await tx
      .insert(resumes)
      .values({ userId, kind: 'generated', name: GENERATED_RESUME_NAME, createdAt: now, ...values })
      .onConflictDoNothing()
      .returning({ id: resumes.id });
    if (!created) return undefined;
    resumeId = created.id;
  }
  // Every record gets its item, also past a section's limit: it shows when one above it goes.
  const rows = records.map((record) => itemRow(resumeId, record));
  for (let at = 0; at < rows.length; at += 1000) {
    await tx.insert(resumeItems).values(rows.slice(at, at + 1000));
  }
  return {
    resumeId,
    sectionsTouched: touchedSections(before?.content, generated.content),
    lastGeneratedAt: now,
    byType: generated.statistics.byType,
  };
}

/**
 * Brings the generated resume's basics, skills and summary up to date after the user changed
 * their profile or skills, so it stays current between records; a user without one yet gets
 * it built when first asked for.
 */
export function subscribeResumeRefresh(deps: { events: DomainEvents; now: () => Date }) {
  const refresh =
    (refreshed: 'profile' | 'skills') => async (tx: DbOrTx, p: { userId: string }) => {
      const [generated] = await tx
        .select({ id: resumes.id })
        .from(resumes)
        .where(and(eq(resumes.userId, p.userId), eq(resumes.kind, 'generated')));
      if (generated) await regenerateResume(tx, p.userId, deps.now, { refreshed });
    };
  const offs = [
    deps.events.on('profile.updated', refresh('profile')),
    deps.events.on('skills.changed', refresh('skills')),
  ];
  return () => offs.forEach((off) => off());
}
