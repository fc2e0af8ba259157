import { z } from 'zod';
import { ZOccupationCode, ZSkillKind } from './occupations.js';
import { ZSkillCategory } from './skills.js';
import { ZProficiency } from './user-skills.js';

export const gapStatuses = ['missing', 'below', 'met'] as const;
export const ZGapStatus = z.enum(gapStatuses);

export const ZSkillGap = z.object({
  skill: z.object({ slug: z.string(), name: z.string(), category: ZSkillCategory }),
  kind: ZSkillKind,
  /** 1-5, O*NET's importance scale (technology skills get an assumed value, see `why`). */
  importance: z.number(),
  /** 0-7, the level the occupation needs. */
  requiredLevel: z.number(),
  /** 0-7, the user's proficiency on the same scale; 0 when they do not have the skill. */
  currentLevel: z.number(),
  currentProficiency: ZProficiency.nullable(),
  /** The lowest proficiency that meets the required level. */
  targetProficiency: ZProficiency,
  status: ZGapStatus,
  /** The weighted size of the gap the list is ordered by; 0 when met. */
  score: z.number(),
  hot: z.boolean(),
  /** Why this matters, in words, from the data. */
  why: z.string(),
});
export type TSkillGap = z.infer<typeof ZSkillGap>;

export const ZGapAnalysis = z.object({
  occupation: z.object({ code: ZOccupationCode, title: z.string() }),
  /** 0-100: how much of the occupation's importance-weighted requirements the user meets. */
  readiness: z.number(),
  counts: z.object({ missing: z.number(), below: z.number(), met: z.number() }),
  /** Gaps first (largest weighted gap first), then what is already met. */
  items: z.array(ZSkillGap),
});
export type TGapAnalysis = z.infer<typeof ZGapAnalysis>;

/** Where a user stands on a roadmap: what the career plan and other modules read. */
export const ZRoadmapState = z.object({
  roadmapId: z.string(),
  occupationCode: ZOccupationCode,
  title: z.string(),
  /** 0-100, share of the roadmap's estimated hours in completed milestones. */
  progress: z.number(),
  milestonesTotal: z.number().int(),
  milestonesCompleted: z.number().int(),
  nextMilestone: z
    .object({ id: z.string(), title: z.string(), dueDate: z.string().nullable() })
    .nullable(),
  hoursLeft: z.number(),
  /** ISO date the remaining work ends at the planned hours a week. */
  estimatedFinish: z.string().nullable(),
});
export type TRoadmapState = z.infer<typeof ZRoadmapState>;
