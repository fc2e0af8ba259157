import { asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/index.js';
import { roadmapMilestones, roadmaps } from './roadmaps.tables.js';

/** The user's roadmaps with their milestones, for a data export; share tokens left out. */
export async function exportRoadmaps(db: DbOrTx, userId: string): Promise<unknown> {
  const rows = await db
    .select()
    .from(roadmaps)
    .where(eq(roadmaps.userId, userId))
    .orderBy(asc(roadmaps.createdAt), asc(roadmaps.id));
  if (rows.length === 0) return [];
  const milestones = await db
    .select()
    .from(roadmapMilestones)
    .where(
      inArray(
        roadmapMilestones.roadmapId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(roadmapMilestones.position));
  return rows.map(({ shareToken, userId: _user, ...row }) => ({
    ...row,
    shared: shareToken !== null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
    milestones: milestones
      .filter((m) => m.roadmapId === row.id)
      .map(({ roadmapId: _roadmap, ...m }) => ({
        ...m,
        completedAt: m.completedAt?.toISOString() ?? null,
      })),
  }));
}
