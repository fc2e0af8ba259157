import { and, count, desc, eq } from 'drizzle-orm';
import type {
  TInterestAnswer,
  TInterestComparison,
  TInterestResult,
  TInterestResultSummary,
  TInterestScores,
  TListInterestResultsResponse,
} from '../../../contracts/assessments.js';
import {
  areaLabels,
  interestCodeOf,
  listInWords,
  scoreInterestAnswers,
  topAreas,
} from '../../../contracts/interest-scoring.js';
import { riasecAreas } from '../../../contracts/occupations.js';
import type { TPageQuery } from '../../../contracts/pagination.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { AppError } from '../../platform/http/app-error.js';
import { interestResults } from './assessments.tables.js';
import { validateInterestAnswers } from './interest-answers.js';
import { readInterestItems } from './interest-items.js';

type Row = typeof interestResults.$inferSelect;

function scoresOf(row: Row): TInterestScores {
  return Object.fromEntries(riasecAreas.map((area) => [area, row[area]])) as TInterestScores;
}

function summaryOf(row: Row): TInterestResultSummary {
  const scores = scoresOf(row);
  const top = topAreas(scores);
  return {
    id: row.id,
    createdAt: row.createdAt.toISOString(),
    scores,
    topAreas: top,
    interestCode: interestCodeOf(top),
  };
}

function resultOf(row: Row): TInterestResult {
  return { ...summaryOf(row), answers: row.answers };
}

/** Scores and stores a complete set of answers (400 with field paths otherwise). */
export async function createInterestResult(
  db: DbOrTx,
  userId: string,
  answers: readonly TInterestAnswer[],
): Promise<TInterestResult> {
  const { items } = readInterestItems();
  const ratings = validateInterestAnswers(items, answers);
  const scores = scoreInterestAnswers(items, ratings);
  const [row] = await db
    .insert(interestResults)
    .values({ userId, answers: ratings, ...scores })
    .returning();
  if (!row) throw new Error('insert returned no row');
  return resultOf(row);
}

/** The user's results, newest first. */
export async function listInterestResults(
  db: DbOrTx,
  userId: string,
  page: TPageQuery,
): Promise<TListInterestResultsResponse> {
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(interestResults)
      .where(eq(interestResults.userId, userId))
      .orderBy(desc(interestResults.createdAt), desc(interestResults.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(interestResults).where(eq(interestResults.userId, userId)),
  ]);
  return {
    items: rows.map(summaryOf),
    total: total?.n ?? 0,
    limit: page.limit,
    offset: page.offset,
  };
}

async function ownRow(db: DbOrTx, userId: string, id: string): Promise<Row> {
  const [row] = await db
    .select()
    .from(interestResults)
    .where(and(eq(interestResults.id, id), eq(interestResults.userId, userId)));
  // Someone else's result is as unknown as a missing one.
  if (!row) throw AppError.notFound('Interest result');
  return row;
}

export async function getInterestResult(
  db: DbOrTx,
  userId: string,
  id: string,
): Promise<TInterestResult> {
  return resultOf(await ownRow(db, userId, id));
}

/** The newest result, or the one named; 404 when there is none. */
export async function interestScoresFor(
  db: DbOrTx,
  userId: string,
  id: string | undefined,
): Promise<{ id: string; scores: TInterestScores }> {
  if (id) {
    const row = await ownRow(db, userId, id);
    return { id: row.id, scores: scoresOf(row) };
  }
  const [row] = await db
    .select()
    .from(interestResults)
    .where(eq(interestResults.userId, userId))
    .orderBy(desc(interestResults.createdAt), desc(interestResults.id))
    .limit(1);
  if (!row) throw AppError.notFound('Interest result (take the assessment first)');
  return { id: row.id, scores: scoresOf(row) };
}

export async function deleteInterestResult(db: DbOrTx, userId: string, id: string): Promise<void> {
  const deleted = await db
    .delete(interestResults)
    .where(and(eq(interestResults.id, id), eq(interestResults.userId, userId)))
    .returning({ id: interestResults.id });
  if (deleted.length === 0) throw AppError.notFound('Interest result');
}

function describeChange(before: TInterestResultSummary, after: TInterestResultSummary): string {
  const joined = after.topAreas.filter((area) => !before.topAreas.includes(area));
  const left = before.topAreas.filter((area) => !after.topAreas.includes(area));
  if (joined.length === 0 && left.length === 0) {
    return before.interestCode === after.interestCode
      ? `Your top three areas are the same: ${listInWords(after.topAreas.map((a) => areaLabels[a]))}.`
      : `The same three areas lead, in a new order: ${listInWords(after.topAreas.map((a) => areaLabels[a]))}.`;
  }
  const names = (areas: readonly (keyof typeof areaLabels)[]) =>
    listInWords(areas.map((a) => areaLabels[a]));
  return `${names(joined)} moved into your top three; ${names(left)} left it.`;
}

/** Per-area differences between two of the user's results, the earlier one as the baseline. */
export async function compareInterestResults(
  db: DbOrTx,
  userId: string,
  id: string,
  otherId: string,
): Promise<TInterestComparison> {
  const [a, b] = await Promise.all([ownRow(db, userId, id), ownRow(db, userId, otherId)]);
  const [earlier, later] =
    a.createdAt.getTime() < b.createdAt.getTime() ||
    (a.createdAt.getTime() === b.createdAt.getTime() && a.id < b.id)
      ? [a, b]
      : [b, a];
  const before = summaryOf(earlier);
  const after = summaryOf(later);
  const differences = Object.fromEntries(
    riasecAreas.map((area) => [area, after.scores[area] - before.scores[area]]),
  ) as TInterestScores;
  return {
    before,
    after,
    differences,
    topAreasChanged: before.interestCode !== after.interestCode,
    summary: describeChange(before, after),
  };
}
