import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import type {
  TCreateRoadmapRequest,
  TLearningTrack,
  TListRoadmapsResponse,
  TRoadmap,
  TRoadmapMilestone,
  TRoadmapQuestionsResponse,
  TRoadmapSummary,
  TSharedRoadmap,
} from '../../../contracts/roadmaps.js';
import type { TPageQuery } from '../../../contracts/pagination.js';
import { HOURS_PER_WEEK } from '../../../contracts/roadmaps.js';
import type { Database, DbOrTx } from '../../platform/db/index.js';
import { randomToken } from '../../platform/crypto/tokens.js';
import type { DomainEvents } from '../../platform/events/domain-events.js';
import { AppError } from '../../platform/http/app-error.js';
import { analyseGaps } from '../guidance/gap-analysis.js';
import { readRequirements } from '../guidance/gap-analysis.service.js';
import { occupationTasks } from '../occupations/occupations.tables.js';
import { listUserSkillLevels } from '../user-skills/user-skill-levels.js';
import { isoDate } from './roadmap-dates.js';
import { generateRoadmap } from './roadmap-generator.js';
import { roadmapProgress } from './roadmap-progress.js';
import { questionsFor, validateAnswers, type QuestionSource } from './roadmap-questions.js';
import { roadmapMilestones, roadmaps } from './roadmaps.tables.js';

export interface RoadmapDeps {
  database: Database;
  events: DomainEvents;
  now: () => Date;
}

type RoadmapRow = typeof roadmaps.$inferSelect;
type MilestoneRow = typeof roadmapMilestones.$inferSelect;

export const sharePath = (token: string) => `/shared/roadmaps/${token}`;

async function occupationSource(db: DbOrTx, code: string) {
  const [{ occupation, requirements }, tasks] = await Promise.all([
    readRequirements(db, code),
    db
      .select({ statement: occupationTasks.statement })
      .from(occupationTasks)
      .where(and(eq(occupationTasks.code, code), eq(occupationTasks.core, true)))
      .orderBy(asc(occupationTasks.position)),
  ]);
  const technologies = requirements
    .filter((r) => r.kind === 'technology')
    .sort(
      (a, b) =>
        Number(b.hot) - Number(a.hot) ||
        a.name.localeCompare(b.name, 'en') ||
        a.slug.localeCompare(b.slug, 'en'),
    )
    .map((r) => ({ slug: r.slug, name: r.name }));
  const source: QuestionSource = { code: occupation.code, technologies };
  return { occupation, requirements, tasks: tasks.map((t) => t.statement), source };
}

export async function roadmapQuestions(
  db: DbOrTx,
  code: string,
): Promise<TRoadmapQuestionsResponse> {
  const { occupation, source } = await occupationSource(db, code);
  return { occupation, ...questionsFor(source) };
}

function milestoneOut(row: MilestoneRow): TRoadmapMilestone {
  return {
    id: row.id,
    position: row.position,
    title: row.title,
    description: row.description,
    hours: row.hours,
    dueDate: row.dueDate,
    nodeIds: row.nodeIds,
    completedAt: row.completedAt?.toISOString() ?? null,
  };
}

function summaryOut(
  row: RoadmapRow,
  milestones: readonly MilestoneRow[],
  now: Date,
): TRoadmapSummary {
  return {
    id: row.id,
    occupation: { code: row.occupationCode, title: row.occupationTitle },
    title: row.title,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
    progress: roadmapProgress(milestones, row.hoursPerWeek, row.completedAt, now),
  };
}

function roadmapOut(row: RoadmapRow, milestones: readonly MilestoneRow[], now: Date): TRoadmap {
  return {
    ...summaryOut(row, milestones, now),
    answers: row.answers,
    hoursPerWeek: row.hoursPerWeek,
    startDate: row.startDate,
    graph: row.graph,
    milestones: milestones.map(milestoneOut),
    sharePath: row.shareToken ? sharePath(row.shareToken) : null,
  };
}

async function milestonesOf(db: DbOrTx, roadmapId: string): Promise<MilestoneRow[]> {
  return db
    .select()
    .from(roadmapMilestones)
    .where(eq(roadmapMilestones.roadmapId, roadmapId))
    .orderBy(asc(roadmapMilestones.position));
}

/** The user's roadmap, locked for update when `lock`; 404 for anyone else's. */
async function ownRoadmap(
  db: DbOrTx,
  userId: string,
  id: string,
  lock = false,
): Promise<RoadmapRow> {
  const query = db
    .select()
    .from(roadmaps)
    .where(and(eq(roadmaps.id, id), eq(roadmaps.userId, userId)));
  const [row] = await (lock ? query.for('update') : query);
  if (!row) throw AppError.notFound('Roadmap');
  return row;
}

/**
 * Generates a roadmap from the user's gaps and answers and saves it. Bad answers are 400, an
 * impossible timeline 422 (saying what would fit), an unknown occupation 404; nothing is saved.
 */
export async function createRoadmap(
  deps: RoadmapDeps,
  userId: string,
  body: TCreateRoadmapRequest,
): Promise<TRoadmap> {
  const { db } = deps.database;
  const [{ occupation, requirements, tasks, source }, levels] = await Promise.all([
    occupationSource(db, body.occupation),
    listUserSkillLevels(db, userId),
  ]);
  const checked = validateAnswers(source, body.answers);
  if (!checked.ok)
    throw AppError.validation(checked.errors, 'The answers do not fit the questions');
  const now = deps.now();
  const result = generateRoadmap({
    occupation,
    gaps: analyseGaps(occupation, requirements, levels).items,
    tasks,
    technologies: source.technologies,
    answers: checked.value,
    startDate: isoDate(now),
  });
  if (!result.ok) {
    const { neededHours, availableHours, minMonths, minHoursPerWeek } = result.impossible;
    const { hoursPerWeek, timelineMonths } = checked.value;
    const months = (n: number) => `${n} month${n === 1 ? '' : 's'}`;
    const hours = (n: number) => `${n} hour${n === 1 ? '' : 's'}`;
    const options = [
      `a timeline of at least ${months(minMonths)} at ${hours(hoursPerWeek)} a week`,
    ];
    if (minHoursPerWeek <= HOURS_PER_WEEK.max) {
      options.push(`at least ${hours(minHoursPerWeek)} a week over ${months(timelineMonths)}`);
    }
    throw new AppError('UNPROCESSABLE', 'The timeline is too short for this roadmap', [
      {
        path: 'body.answers.timeline',
        message: `the roadmap needs about ${hours(neededHours)} but ${months(timelineMonths)} at ${hours(hoursPerWeek)} a week give about ${availableHours}; choose ${options.join(', or ')}`,
      },
    ]);
  }
  const { roadmap } = result;
  return deps.database.transaction(async (tx) => {
    const [row] = await tx
      .insert(roadmaps)
      .values({
        userId,
        occupationCode: occupation.code,
        occupationTitle: occupation.title,
        title: roadmap.title,
        answers: body.answers,
        hoursPerWeek: checked.value.hoursPerWeek,
        startDate: isoDate(now),
        graph: roadmap.graph,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new Error('roadmap insert returned nothing');
    const milestones = await tx
      .insert(roadmapMilestones)
      .values(roadmap.milestones.map((m) => ({ ...m, roadmapId: row.id })))
      .returning();
    milestones.sort((a, b) => a.position - b.position);
    return roadmapOut(row, milestones, now);
  });
}

export async function listRoadmaps(
  deps: RoadmapDeps,
  userId: string,
  page: TPageQuery,
): Promise<TListRoadmapsResponse> {
  const { db } = deps.database;
  const mine = eq(roadmaps.userId, userId);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(roadmaps)
      .where(mine)
      .orderBy(desc(roadmaps.updatedAt), asc(roadmaps.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(roadmaps).where(mine),
  ]);
  const now = deps.now();
  // One query for the whole page's milestones rather than one per roadmap.
  const milestones =
    rows.length === 0
      ? []
      : await db
          .select()
          .from(roadmapMilestones)
          .where(
            inArray(
              roadmapMilestones.roadmapId,
              rows.map((r) => r.id),
            ),
          );
  const items = rows.map((row) =>
    summaryOut(
      row,
      milestones.filter((m) => m.roadmapId === row.id),
      now,
    ),
  );
  return { items, total: total?.n ?? 0, limit: page.limit, offset: page.offset };
}

export async function getRoadmap(deps: RoadmapDeps, userId: string, id: string): Promise<TRoadmap> {
  const { db } = deps.database;
  const row = await ownRoadmap(db, userId, id);
  return roadmapOut(row, await milestonesOf(db, id), deps.now());
}

export async function deleteRoadmap(deps: RoadmapDeps, userId: string, id: string): Promise<void> {
  const deleted = await deps.database.db
    .delete(roadmaps)
    .where(and(eq(roadmaps.id, id), eq(roadmaps.userId, userId)))
    .returning({ id: roadmaps.id });
  if (deleted.length === 0) throw AppError.notFound('Roadmap');
}

/**
 * Completes or reopens a milestone. Idempotent: a milestone already in that state changes
 * nothing and emits nothing. The event is emitted inside the transaction, so what handlers
 * derive commits with the change.
 */
export async function setMilestoneCompleted(
  deps: RoadmapDeps,
  userId: string,
  id: string,
  milestoneId: string,
  completed: boolean,
): Promise<TRoadmap> {
  return deps.database.transaction(async (tx) => {
    const row = await ownRoadmap(tx, userId, id, true);
    const milestones = await milestonesOf(tx, id);
    const milestone = milestones.find((m) => m.id === milestoneId);
    if (!milestone) throw AppError.notFound('Milestone');
    const now = deps.now();
    if ((milestone.completedAt !== null) === completed) return roadmapOut(row, milestones, now);

    milestone.completedAt = completed ? now : null;
    await tx
      .update(roadmapMilestones)
      .set({ completedAt: milestone.completedAt })
      .where(eq(roadmapMilestones.id, milestoneId));
    const finished = milestones.every((m) => m.completedAt !== null);
    const [updated] = await tx
      .update(roadmaps)
      .set({ updatedAt: now, completedAt: finished ? now : null })
      .where(eq(roadmaps.id, id))
      .returning();
    if (!updated) throw AppError.notFound('Roadmap');
    if (completed) {
      await deps.events.emit(tx, 'roadmap.milestone.completed', {
        userId,
        roadmapId: id,
        milestoneId,
        roadmapCompleted: finished,
      });
    } else {
      await deps.events.emit(tx, 'roadmap.milestone.reopened', {
        userId,
        roadmapId: id,
        milestoneId,
      });
    }
    return roadmapOut(updated, milestones, now);
  });
}

/** Turns the public link on (keeping an existing one) and returns its path. */
export async function shareRoadmap(
  deps: RoadmapDeps,
  userId: string,
  id: string,
): Promise<{ sharePath: string }> {
  return deps.database.transaction(async (tx) => {
    const row = await ownRoadmap(tx, userId, id, true);
    if (row.shareToken) return { sharePath: sharePath(row.shareToken) };
    const token = randomToken(32);
    await tx.update(roadmaps).set({ shareToken: token }).where(eq(roadmaps.id, id));
    return { sharePath: sharePath(token) };
  });
}

/** Turns the public link off; the old link stops working (a new share gets a new token). */
export async function unshareRoadmap(deps: RoadmapDeps, userId: string, id: string): Promise<void> {
  const { db } = deps.database;
  await ownRoadmap(db, userId, id);
  await db.update(roadmaps).set({ shareToken: null }).where(eq(roadmaps.id, id));
}

/** The read-only public view behind a share link: nothing about the owner. */
export async function sharedRoadmap(deps: RoadmapDeps, token: string): Promise<TSharedRoadmap> {
  const { db } = deps.database;
  const [row] = await db.select().from(roadmaps).where(eq(roadmaps.shareToken, token));
  if (!row) throw AppError.notFound('Shared roadmap');
  const milestones = await milestonesOf(db, row.id);
  return {
    occupation: { code: row.occupationCode, title: row.occupationTitle },
    title: row.title,
    graph: row.graph,
    milestones: milestones.map((m) => {
      const { completedAt, ...rest } = milestoneOut(m);
      return { ...rest, completed: completedAt !== null };
    }),
    progress: roadmapProgress(milestones, row.hoursPerWeek, row.completedAt, deps.now()),
  };
}

/** The roadmap as a learning track: its milestones are the checkpoints, their nodes the items. */
export async function learningTrack(
  deps: RoadmapDeps,
  userId: string,
  id: string,
): Promise<TLearningTrack> {
  const roadmap = await getRoadmap(deps, userId, id);
  const nodes = new Map(roadmap.graph.nodes.map((n) => [n.id, n]));
  return {
    roadmapId: roadmap.id,
    title: roadmap.title,
    checkpoints: roadmap.milestones.map((m) => ({
      milestoneId: m.id,
      position: m.position,
      title: m.title,
      dueDate: m.dueDate,
      completedAt: m.completedAt,
      items: m.nodeIds.flatMap((nodeId) => {
        const node = nodes.get(nodeId);
        return node ? [{ nodeId, kind: node.kind, label: node.label, hours: node.hours }] : [];
      }),
    })),
    progress: roadmap.progress,
  };
}
