import { and, count, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import {
  achievementTypes,
  type TAchievementEffects,
  type TAchievementOrigin,
  type TAchievementType,
  type TAchievementWriteResponse,
  type TCreateAchievement,
  type TListAchievementsResponse,
  type TVerificationState,
  type ZListAchievementsRequest,
  type ZUpdateAchievementRequest,
} from '../../../contracts/achievements.js';
import type { Database, DbOrTx } from '../../platform/db/index.js';
import type { DomainEvents } from '../../platform/events/domain-events.js';
import { AppError } from '../../platform/http/app-error.js';
import { regenerateResume, type Regenerated } from '../resumes/generated-resume.js';
import type { TSkillCategory } from '../../../contracts/skills.js';
import {
  achievementRow,
  readAchievements,
  toAchievement,
  withSkills,
  type AchievementRow,
} from './achievement-reads.js';
import {
  applySkills,
  namedSkills,
  resolveSkillNames,
  withdrawSkills,
} from './achievement-skills.js';
import { achievements } from './achievements.tables.js';
import { inferProficiency } from './skill-proficiency.js';

export interface AchievementsDeps {
  database: Database;
  events: DomainEvents;
  now: () => Date;
}

type WriteDeps = Pick<AchievementsDeps, 'events' | 'now'>;
type UpdateAchievement = z.output<typeof ZUpdateAchievementRequest>;

/** Set by a verifier (an integration, an issuer), never by the user through the API. */
export interface Verification {
  state: TVerificationState;
  verifiedBy?: string | null;
  verifiedAt?: Date | null;
}

/** The record's columns a write sets; the skills go separately. */
type Columns = Pick<
  AchievementRow,
  | 'type'
  | 'title'
  | 'organization'
  | 'location'
  | 'description'
  | 'startDate'
  | 'endDate'
  | 'ongoing'
  | 'highlights'
  | 'links'
  | 'verificationState'
  | 'verifiedBy'
  | 'verifiedAt'
>;

async function countsByType(db: DbOrTx, userId: string): Promise<Record<TAchievementType, number>> {
  const rows = await db
    .select({ type: achievements.type, n: count() })
    .from(achievements)
    .where(eq(achievements.userId, userId))
    .groupBy(achievements.type);
  const counts = Object.fromEntries(achievementTypes.map((type) => [type, 0])) as Record<
    TAchievementType,
    number
  >;
  for (const { type, n } of rows) counts[type as TAchievementType] = n;
  return counts;
}

export async function getAchievement(db: DbOrTx, userId: string, id: string) {
  const [item] = await withSkills(db, [await achievementRow(db, userId, id)]);
  if (!item) throw AppError.notFound('Achievement');
  return item;
}

/** The user's records in timeline order, optionally of one type, with counts per type. */
export async function listAchievements(
  db: DbOrTx,
  userId: string,
  query: z.output<typeof ZListAchievementsRequest>,
): Promise<TListAchievementsResponse> {
  const [items, counts] = await Promise.all([
    readAchievements(db, userId, query.type ? eq(achievements.type, query.type) : undefined, query),
    countsByType(db, userId),
  ]);
  const total = query.type
    ? counts[query.type]
    : Object.values(counts).reduce((sum, n) => sum + n, 0);
  return { items, total, limit: query.limit, offset: query.offset, counts };
}

/**
 * The one write path: saves the record, brings the user's skills in line with it (added or
 * raised, backed by it as evidence; what only it contributed and no longer names, withdrawn),
 * announces it, and regenerates the resume, all in the caller's transaction.
 */
async function save(
  tx: DbOrTx,
  deps: WriteDeps,
  userId: string,
  existing: AchievementRow | null,
  columns: Columns,
  skillNames: readonly string[] | undefined,
  origin: { origin: TAchievementOrigin; externalRef: string | null },
): Promise<TAchievementWriteResponse> {
  // Resolved before anything is written, so an unknown name changes nothing.
  const resolved = skillNames === undefined ? undefined : await resolveSkillNames(tx, skillNames);
  const now = deps.now();
  const [row] = existing
    ? await tx
        .update(achievements)
        .set({ ...columns, updatedAt: now })
        .where(eq(achievements.id, existing.id))
        .returning()
    : await tx
        .insert(achievements)
        .values({ userId, ...columns, ...origin, createdAt: now, updatedAt: now })
        .returning();
  if (!row) throw new Error('the achievement was not saved');

  const before = existing ? await namedSkills(tx, row.id) : [];
  const target = resolved ?? before;
  const verified = row.verificationState === 'verified';
  const proficiency = inferProficiency(
    { ...row, type: row.type as TAchievementType, verified },
    now,
  );
  const skillEffects = await applySkills(tx, deps.events, row, target, proficiency, !!existing);
  const kept = new Set(target.map((s) => s.id));
  skillEffects.push(
    ...(await withdrawSkills(
      tx,
      userId,
      row.id,
      before.filter((s) => !kept.has(s.id)).map((s) => s.id),
    )),
  );

  const item = toAchievement(
    row,
    target.map((s) => ({ ...s, category: s.category as TSkillCategory, proficiency })),
  );
  // The resume first: its generation reads the counts the created event carries.
  const resume = await regenerateResume(tx, userId, deps.now, {
    saved: item,
    previous: existing && {
      type: existing.type as TAchievementType,
      verified: existing.verificationState === 'verified',
    },
  });
  if (!existing) {
    const { byType } = resume;
    await deps.events.emit(tx, 'achievement.created', {
      userId,
      achievementId: row.id,
      type: row.type,
      origin: row.origin,
      verified,
      totalAchievements: Object.values(byType).reduce((sum, n) => sum + n, 0),
      totalOfType: byType[row.type] ?? 0,
    });
  }
  if (verified && existing?.verificationState !== 'verified') {
    await deps.events.emit(tx, 'achievement.verified', {
      userId,
      achievementId: row.id,
      type: row.type,
    });
  }
  return { item, effects: effectsOf(skillEffects, resume) };
}

function effectsOf(
  skills: TAchievementEffects['skills'],
  resume: Regenerated,
): TAchievementEffects {
  return {
    skills,
    resume: {
      resumeId: resume.resumeId,
      sectionsTouched: resume.sectionsTouched,
      lastGeneratedAt: resume.lastGeneratedAt.toISOString(),
    },
  };
}

function columnsOf(
  input: TCreateAchievement,
  verification: Verification | undefined,
  now: Date,
): Columns {
  const state = verification?.state ?? input.verificationState ?? 'unverified';
  return {
    type: input.type,
    title: input.title,
    organization: input.organization ?? null,
    location: input.location ?? null,
    description: input.description ?? null,
    startDate: input.startDate ?? null,
    endDate: input.ongoing ? null : (input.endDate ?? null),
    ongoing: input.ongoing ?? false,
    highlights: input.highlights,
    links: input.links,
    verificationState: state,
    verifiedBy: state === 'verified' ? (verification?.verifiedBy ?? null) : null,
    verifiedAt: state === 'verified' ? (verification?.verifiedAt ?? now) : null,
  };
}

export async function createAchievement(
  deps: AchievementsDeps,
  userId: string,
  input: TCreateAchievement,
): Promise<TAchievementWriteResponse> {
  return deps.database.transaction((tx) =>
    save(tx, deps, userId, null, columnsOf(input, undefined, deps.now()), input.skills, {
      origin: input.origin ?? 'manual',
      externalRef: null,
    }),
  );
}

/** What the user may change on a verified record without losing the verification. */
const verifiedFacts = ['type', 'title', 'organization', 'startDate', 'endDate', 'ongoing'] as const;

export async function updateAchievement(
  deps: AchievementsDeps,
  userId: string,
  id: string,
  body: UpdateAchievement,
): Promise<TAchievementWriteResponse> {
  return deps.database.transaction(async (tx) => {
    const row = await achievementRow(tx, userId, id, true);
    // An end date ends an ongoing record; going ongoing drops the end date.
    const ongoing = body.ongoing ?? (body.endDate ? false : row.ongoing);
    const startDate = body.startDate === undefined ? row.startDate : body.startDate;
    const endDate = ongoing ? null : body.endDate === undefined ? row.endDate : body.endDate;
    if (startDate && endDate && endDate < startDate) {
      const path = body.endDate !== undefined ? 'body.endDate' : 'body.startDate';
      throw AppError.validation([
        {
          path,
          message:
            path === 'body.endDate'
              ? `is before the start date ${startDate}`
              : `is after the end date ${endDate}`,
        },
      ]);
    }
    const next: Columns = {
      type: body.type ?? row.type,
      title: body.title ?? row.title,
      organization: body.organization === undefined ? row.organization : body.organization,
      location: body.location === undefined ? row.location : body.location,
      description: body.description === undefined ? row.description : body.description,
      startDate,
      endDate,
      ongoing,
      highlights: body.highlights ?? row.highlights,
      links: body.links ?? row.links,
      verificationState: row.verificationState,
      verifiedBy: row.verifiedBy,
      verifiedAt: row.verifiedAt,
    };
    // What a verifier vouched for is no longer vouched for once the user rewrites it.
    const rewritten = verifiedFacts.some((key) => next[key] !== row[key]);
    const state =
      body.verificationState ??
      (row.verificationState === 'verified' && rewritten ? 'unverified' : row.verificationState);
    if (state !== 'verified') {
      next.verifiedBy = null;
      next.verifiedAt = null;
    }
    next.verificationState = state;
    return save(tx, deps, userId, row, next, body.skills, {
      origin: row.origin as TAchievementOrigin,
      externalRef: row.externalRef,
    });
  });
}

export async function deleteAchievement(
  deps: AchievementsDeps,
  userId: string,
  id: string,
): Promise<TAchievementWriteResponse> {
  return deps.database.transaction(async (tx) => {
    const row = await achievementRow(tx, userId, id, true);
    const named = await namedSkills(tx, id);
    // Its links to the skills go with it (cascade); then what only it contributed.
    await tx.delete(achievements).where(eq(achievements.id, id));
    const skills = await withdrawSkills(
      tx,
      userId,
      id,
      named.map((s) => s.id),
    );
    const resume = await regenerateResume(tx, userId, deps.now, {
      deleted: {
        type: row.type as TAchievementType,
        verified: row.verificationState === 'verified',
      },
    });
    const { byType } = resume;
    await deps.events.emit(tx, 'achievement.deleted', {
      userId,
      achievementId: id,
      type: row.type,
      totalAchievements: Object.values(byType).reduce((sum, n) => sum + n, 0),
      totalOfType: byType[row.type] ?? 0,
    });
    return { item: null, effects: effectsOf(skills, resume) };
  });
}

/**
 * Creates or updates the user's record with this external reference (a GitHub release, a
 * course completion), for integrations: delivering the same event again updates it in place.
 */
export async function upsertAchievementByExternalRef(
  tx: DbOrTx,
  deps: WriteDeps,
  userId: string,
  externalRef: string,
  input: TCreateAchievement,
  origin: TAchievementOrigin,
  verification?: Verification,
): Promise<TAchievementWriteResponse> {
  // Two first deliveries at once would both find nothing and both insert (a unique violation):
  // the second waits here until the first commits, then finds its record and updates it.
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${`${userId}:${externalRef}`}, 0))`,
  );
  const [existing] = await tx
    .select()
    .from(achievements)
    .where(and(eq(achievements.userId, userId), eq(achievements.externalRef, externalRef)))
    .for('update');
  const columns = columnsOf(input, verification, deps.now());
  if (existing?.verificationState === 'verified' && columns.verificationState === 'verified') {
    // A redelivery keeps when it was first verified.
    columns.verifiedAt = existing.verifiedAt;
  }
  return save(tx, deps, userId, existing ?? null, columns, input.skills, {
    origin: existing ? (existing.origin as TAchievementOrigin) : origin,
    externalRef,
  });
}
