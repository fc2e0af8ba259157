import { and, asc, count, desc, eq, inArray, max } from 'drizzle-orm';
import type { z } from 'zod';
import type { TFieldError } from '../../../contracts/errors.js';
import {
  goalLimits,
  type TGoal,
  type TGoalCategory,
  type TGoalStatus,
  type TListGoalsResponse,
  type TMilestoneStatus,
  type ZCreateGoalRequest,
  type ZListGoalsRequest,
  type ZNewMilestone,
  type ZReorderMilestonesRequest,
  type ZUpdateGoalRequest,
  type ZUpdateMilestoneRequest,
} from '../../../contracts/goals.js';
import type { Database, DbOrTx } from '../../platform/db/index.js';
import { AppError } from '../../platform/http/app-error.js';
import { occupations } from '../occupations/occupations.tables.js';
import { afterGoalError, pastDayError } from './goal-dates.js';
import { careerGoals, goalMilestones } from './goals.tables.js';

export interface GoalsDeps {
  database: Database;
  now: () => Date;
}

type GoalRow = typeof careerGoals.$inferSelect & { occupationTitle: string | null };
type MilestoneRow = typeof goalMilestones.$inferSelect;

const goalColumns = {
  id: careerGoals.id,
  userId: careerGoals.userId,
  title: careerGoals.title,
  description: careerGoals.description,
  category: careerGoals.category,
  targetOccupationCode: careerGoals.targetOccupationCode,
  targetDate: careerGoals.targetDate,
  status: careerGoals.status,
  createdAt: careerGoals.createdAt,
  updatedAt: careerGoals.updatedAt,
  completedAt: careerGoals.completedAt,
  occupationTitle: occupations.title,
};

function toGoal(row: GoalRow, milestones: MilestoneRow[]): TGoal {
  const done = milestones.filter((m) => m.status === 'done').length;
  const progress =
    milestones.length === 0
      ? row.status === 'completed'
        ? 100
        : 0
      : Math.round((done / milestones.length) * 100);
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    category: row.category as TGoalCategory,
    targetOccupation:
      row.targetOccupationCode && row.occupationTitle
        ? { code: row.targetOccupationCode, title: row.occupationTitle }
        : null,
    targetDate: row.targetDate,
    status: row.status as TGoalStatus,
    progress,
    allMilestonesDone: milestones.length > 0 && done === milestones.length,
    milestones: milestones.map((m) => ({
      id: m.id,
      title: m.title,
      targetDate: m.targetDate,
      status: m.status as TMilestoneStatus,
      position: m.position,
      completedAt: m.completedAt?.toISOString() ?? null,
    })),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
  };
}

async function withMilestones(db: DbOrTx, rows: GoalRow[]): Promise<TGoal[]> {
  if (rows.length === 0) return [];
  const milestones = await db
    .select()
    .from(goalMilestones)
    .where(
      inArray(
        goalMilestones.goalId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(goalMilestones.position), asc(goalMilestones.createdAt), asc(goalMilestones.id));
  const byGoal = new Map<string, MilestoneRow[]>();
  for (const m of milestones) byGoal.set(m.goalId, [...(byGoal.get(m.goalId) ?? []), m]);
  return rows.map((row) => toGoal(row, byGoal.get(row.id) ?? []));
}

function goalQuery(db: DbOrTx) {
  return db
    .select(goalColumns)
    .from(careerGoals)
    .leftJoin(occupations, eq(occupations.code, careerGoals.targetOccupationCode));
}

/** The user's goal, locked for the rest of the transaction when `lock` is set; 404 otherwise. */
async function goalRow(db: DbOrTx, userId: string, id: string, lock = false): Promise<GoalRow> {
  const query = goalQuery(db).where(and(eq(careerGoals.id, id), eq(careerGoals.userId, userId)));
  const [row] = lock ? await query.for('update', { of: careerGoals }) : await query;
  if (!row) throw AppError.notFound('Goal');
  return row;
}

async function milestoneRows(db: DbOrTx, goalId: string): Promise<MilestoneRow[]> {
  return db
    .select()
    .from(goalMilestones)
    .where(eq(goalMilestones.goalId, goalId))
    .orderBy(asc(goalMilestones.position), asc(goalMilestones.createdAt), asc(goalMilestones.id));
}

async function assertOccupation(db: DbOrTx, code: string | null | undefined): Promise<void> {
  if (!code) return;
  const [found] = await db
    .select({ code: occupations.code })
    .from(occupations)
    .where(eq(occupations.code, code));
  if (!found) {
    throw AppError.validation(
      [{ path: 'body.targetOccupationCode', message: `no occupation has the code ${code}` }],
      'Unknown occupation',
    );
  }
}

function refuse(errors: TFieldError[]): void {
  if (errors.length > 0) throw AppError.validation(errors);
}

export async function getGoal(db: DbOrTx, userId: string, id: string): Promise<TGoal> {
  const [goal] = await withMilestones(db, [await goalRow(db, userId, id)]);
  if (!goal) throw AppError.notFound('Goal');
  return goal;
}

/** The user's goals, newest first, optionally of one status, with counts per status. */
export async function listGoals(
  db: DbOrTx,
  userId: string,
  query: z.output<typeof ZListGoalsRequest>,
): Promise<TListGoalsResponse> {
  const where = query.status
    ? and(eq(careerGoals.userId, userId), eq(careerGoals.status, query.status))
    : eq(careerGoals.userId, userId);
  const [rows, statusCounts] = await Promise.all([
    goalQuery(db)
      .where(where)
      .orderBy(desc(careerGoals.createdAt), desc(careerGoals.id))
      .limit(query.limit)
      .offset(query.offset),
    db
      .select({ status: careerGoals.status, n: count() })
      .from(careerGoals)
      .where(eq(careerGoals.userId, userId))
      .groupBy(careerGoals.status),
  ]);
  const counts = { active: 0, completed: 0, paused: 0, abandoned: 0 };
  for (const { status, n } of statusCounts) counts[status as TGoalStatus] = n;
  return {
    items: await withMilestones(db, rows),
    total: query.status
      ? counts[query.status]
      : counts.active + counts.completed + counts.paused + counts.abandoned,
    limit: query.limit,
    offset: query.offset,
    counts,
  };
}

/** The user's active goals with their milestones, newest first: what the career plan reads. */
export async function listActiveGoals(db: DbOrTx, userId: string, limit = 50): Promise<TGoal[]> {
  const rows = await goalQuery(db)
    .where(and(eq(careerGoals.userId, userId), eq(careerGoals.status, 'active')))
    .orderBy(desc(careerGoals.createdAt), desc(careerGoals.id))
    .limit(limit);
  return withMilestones(db, rows);
}

export async function createGoal(
  deps: GoalsDeps,
  userId: string,
  body: z.output<typeof ZCreateGoalRequest>,
): Promise<TGoal> {
  const now = deps.now();
  refuse([
    ...pastDayError('body.targetDate', body.targetDate, now),
    ...body.milestones.flatMap((m, i) => [
      ...pastDayError(`body.milestones.${i}.targetDate`, m.targetDate, now),
      ...afterGoalError(`body.milestones.${i}.targetDate`, m.targetDate, body.targetDate),
    ]),
  ]);
  return deps.database.transaction(async (tx) => {
    await assertOccupation(tx, body.targetOccupationCode);
    const [goal] = await tx
      .insert(careerGoals)
      .values({
        userId,
        title: body.title,
        description: body.description ?? null,
        category: body.category,
        targetOccupationCode: body.targetOccupationCode ?? null,
        targetDate: body.targetDate ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: careerGoals.id });
    if (!goal) throw new Error('insert returned no row');
    if (body.milestones.length > 0) {
      await tx.insert(goalMilestones).values(
        body.milestones.map((m, position) => ({
          goalId: goal.id,
          title: m.title,
          targetDate: m.targetDate ?? null,
          position,
          createdAt: now,
        })),
      );
    }
    return getGoal(tx, userId, goal.id);
  });
}

export async function updateGoal(
  deps: GoalsDeps,
  userId: string,
  id: string,
  body: z.output<typeof ZUpdateGoalRequest>,
): Promise<TGoal> {
  const now = deps.now();
  return deps.database.transaction(async (tx) => {
    const row = await goalRow(tx, userId, id, true);
    const targetDate = body.targetDate === undefined ? row.targetDate : body.targetDate;
    const milestones = await milestoneRows(tx, id);
    refuse([
      // Only a newly chosen date must lie ahead; keeping the old one is always fine.
      ...(body.targetDate !== row.targetDate
        ? pastDayError('body.targetDate', body.targetDate, now)
        : []),
      ...milestones.flatMap((m) =>
        afterGoalError('body.targetDate', m.targetDate, targetDate).map((e) => ({
          ...e,
          message: `the milestone "${m.title}" is due ${m.targetDate}, after ${targetDate}; move it first`,
        })),
      ),
    ]);
    if (body.targetOccupationCode !== undefined) {
      await assertOccupation(tx, body.targetOccupationCode);
    }
    const status = body.status ?? (row.status as TGoalStatus);
    await tx
      .update(careerGoals)
      .set({
        ...(body.title !== undefined && { title: body.title }),
        ...(body.description !== undefined && { description: body.description }),
        ...(body.category !== undefined && { category: body.category }),
        ...(body.targetOccupationCode !== undefined && {
          targetOccupationCode: body.targetOccupationCode,
        }),
        ...(body.targetDate !== undefined && { targetDate: body.targetDate }),
        status,
        completedAt:
          status === 'completed' ? (row.status === 'completed' ? row.completedAt : now) : null,
        updatedAt: now,
      })
      .where(eq(careerGoals.id, id));
    return getGoal(tx, userId, id);
  });
}

export async function deleteGoal(deps: GoalsDeps, userId: string, id: string): Promise<void> {
  const [deleted] = await deps.database.db
    .delete(careerGoals)
    .where(and(eq(careerGoals.id, id), eq(careerGoals.userId, userId)))
    .returning({ id: careerGoals.id });
  if (!deleted) throw AppError.notFound('Goal');
}

/** Runs `change` on a goal's milestones under a lock on the goal, then returns the goal. */
async function changeMilestones(
  deps: GoalsDeps,
  userId: string,
  goalId: string,
  change: (tx: DbOrTx, goal: GoalRow, milestones: MilestoneRow[], now: Date) => Promise<void>,
): Promise<TGoal> {
  const now = deps.now();
  return deps.database.transaction(async (tx) => {
    const goal = await goalRow(tx, userId, goalId, true);
    await change(tx, goal, await milestoneRows(tx, goalId), now);
    await tx.update(careerGoals).set({ updatedAt: now }).where(eq(careerGoals.id, goalId));
    return getGoal(tx, userId, goalId);
  });
}

function milestoneOf(milestones: MilestoneRow[], milestoneId: string): MilestoneRow {
  const found = milestones.find((m) => m.id === milestoneId);
  if (!found) throw AppError.notFound('Milestone');
  return found;
}

export async function addMilestone(
  deps: GoalsDeps,
  userId: string,
  goalId: string,
  body: z.output<typeof ZNewMilestone>,
): Promise<TGoal> {
  return changeMilestones(deps, userId, goalId, async (tx, goal, milestones, now) => {
    if (milestones.length >= goalLimits.milestones) {
      throw AppError.validation(
        [{ path: 'params.id', message: `a goal has at most ${goalLimits.milestones} milestones` }],
        'Too many milestones',
      );
    }
    refuse([
      ...pastDayError('body.targetDate', body.targetDate, now),
      ...afterGoalError('body.targetDate', body.targetDate, goal.targetDate),
    ]);
    const [last] = await tx
      .select({ position: max(goalMilestones.position) })
      .from(goalMilestones)
      .where(eq(goalMilestones.goalId, goalId));
    await tx.insert(goalMilestones).values({
      goalId,
      title: body.title,
      targetDate: body.targetDate ?? null,
      position: (last?.position ?? -1) + 1,
      createdAt: now,
    });
  });
}

export async function updateMilestone(
  deps: GoalsDeps,
  userId: string,
  goalId: string,
  milestoneId: string,
  body: z.output<typeof ZUpdateMilestoneRequest>,
): Promise<TGoal> {
  return changeMilestones(deps, userId, goalId, async (tx, goal, milestones, now) => {
    const milestone = milestoneOf(milestones, milestoneId);
    if (body.targetDate !== undefined && body.targetDate !== milestone.targetDate) {
      refuse([
        ...pastDayError('body.targetDate', body.targetDate, now),
        ...afterGoalError('body.targetDate', body.targetDate, goal.targetDate),
      ]);
    }
    await tx
      .update(goalMilestones)
      .set({
        ...(body.title !== undefined && { title: body.title }),
        ...(body.targetDate !== undefined && { targetDate: body.targetDate }),
      })
      .where(eq(goalMilestones.id, milestoneId));
  });
}

export async function deleteMilestone(
  deps: GoalsDeps,
  userId: string,
  goalId: string,
  milestoneId: string,
): Promise<TGoal> {
  return changeMilestones(deps, userId, goalId, async (tx, _goal, milestones) => {
    milestoneOf(milestones, milestoneId);
    await tx.delete(goalMilestones).where(eq(goalMilestones.id, milestoneId));
  });
}

export async function reorderMilestones(
  deps: GoalsDeps,
  userId: string,
  goalId: string,
  body: z.output<typeof ZReorderMilestonesRequest>,
): Promise<TGoal> {
  return changeMilestones(deps, userId, goalId, async (tx, _goal, milestones) => {
    const existing = new Set(milestones.map((m) => m.id));
    const given = new Set(body.milestoneIds);
    if (
      given.size !== body.milestoneIds.length ||
      given.size !== existing.size ||
      body.milestoneIds.some((id) => !existing.has(id))
    ) {
      throw AppError.validation([
        {
          path: 'body.milestoneIds',
          message: "list each of the goal's milestone ids exactly once",
        },
      ]);
    }
    for (const [position, id] of body.milestoneIds.entries()) {
      await tx.update(goalMilestones).set({ position }).where(eq(goalMilestones.id, id));
    }
  });
}

/**
 * Marks a milestone done or pending again. The goal's own status is left to the user: when every
 * milestone is done the answer says so (`allMilestonesDone`) and the client offers to complete it.
 */
export async function setMilestoneStatus(
  deps: GoalsDeps,
  userId: string,
  goalId: string,
  milestoneId: string,
  status: TMilestoneStatus,
): Promise<TGoal> {
  return changeMilestones(deps, userId, goalId, async (tx, _goal, milestones, now) => {
    const milestone = milestoneOf(milestones, milestoneId);
    if (milestone.status === status) return;
    await tx
      .update(goalMilestones)
      .set({ status, completedAt: status === 'done' ? now : null })
      .where(eq(goalMilestones.id, milestoneId));
  });
}
