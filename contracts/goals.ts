import { z } from 'zod';
import { ZOccupationCode } from './occupations.js';
import { ZPage, ZPageQuery } from './pagination.js';

export const goalCategories = ['skill', 'career', 'education', 'job_search', 'other'] as const;
export const ZGoalCategory = z.enum(goalCategories);
export type TGoalCategory = z.infer<typeof ZGoalCategory>;

export const goalStatuses = ['active', 'completed', 'paused', 'abandoned'] as const;
export const ZGoalStatus = z.enum(goalStatuses);
export type TGoalStatus = z.infer<typeof ZGoalStatus>;

export const milestoneStatuses = ['pending', 'done'] as const;
export const ZMilestoneStatus = z.enum(milestoneStatuses);
export type TMilestoneStatus = z.infer<typeof ZMilestoneStatus>;

export const goalLimits = { title: 200, description: 2000, milestones: 30 } as const;

/** A calendar day, YYYY-MM-DD. */
export const ZDay = z.iso.date('a date such as 2027-03-31');

const title = z
  .string('a title')
  .trim()
  .min(1, 'a title is required')
  .max(goalLimits.title, `at most ${goalLimits.title} characters`);
const description = z
  .string()
  .trim()
  .max(goalLimits.description, `at most ${goalLimits.description} characters`)
  .transform((value) => (value === '' ? null : value));

export const ZMilestone = z.object({
  id: z.string(),
  title: z.string(),
  targetDate: ZDay.nullable(),
  status: ZMilestoneStatus,
  position: z.number().int(),
  completedAt: z.string().nullable(),
});
export type TMilestone = z.infer<typeof ZMilestone>;

export const ZGoal = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  category: ZGoalCategory,
  targetOccupation: z.object({ code: ZOccupationCode, title: z.string() }).nullable(),
  targetDate: ZDay.nullable(),
  status: ZGoalStatus,
  /** 0-100: the share of milestones done (a completed goal without milestones is 100). */
  progress: z.number().int(),
  /**
   * Every milestone is done. The goal is not completed for the user: this suggests it, and the
   * client offers to mark the goal completed.
   */
  allMilestonesDone: z.boolean(),
  milestones: z.array(ZMilestone),
  createdAt: z.string(),
  updatedAt: z.string(),
  completedAt: z.string().nullable(),
});
export type TGoal = z.infer<typeof ZGoal>;

export const ZNewMilestone = z.strictObject({
  title,
  targetDate: ZDay.nullable().optional(),
});
export type TNewMilestone = z.input<typeof ZNewMilestone>;

export const ZCreateGoalRequest = z.strictObject({
  title,
  description: description.nullable().optional(),
  category: ZGoalCategory,
  targetOccupationCode: ZOccupationCode.nullable().optional(),
  targetDate: ZDay.nullable().optional(),
  milestones: z
    .array(ZNewMilestone)
    .max(goalLimits.milestones, `at most ${goalLimits.milestones} milestones`)
    .default([]),
});
export type TCreateGoalRequest = z.input<typeof ZCreateGoalRequest>;

export const ZUpdateGoalRequest = z.strictObject({
  title: title.optional(),
  description: description.nullable().optional(),
  category: ZGoalCategory.optional(),
  targetOccupationCode: ZOccupationCode.nullable().optional(),
  targetDate: ZDay.nullable().optional(),
  status: ZGoalStatus.optional(),
});
export type TUpdateGoalRequest = z.input<typeof ZUpdateGoalRequest>;

export const ZUpdateMilestoneRequest = z.strictObject({
  title: title.optional(),
  targetDate: ZDay.nullable().optional(),
});
export type TUpdateMilestoneRequest = z.input<typeof ZUpdateMilestoneRequest>;

export const ZReorderMilestonesRequest = z.strictObject({
  /** Every milestone id of the goal, once each, in the new order. */
  milestoneIds: z.array(z.uuid('a milestone id')).max(goalLimits.milestones),
});
export type TReorderMilestonesRequest = z.input<typeof ZReorderMilestonesRequest>;

export const ZGoalParams = z.object({ id: z.uuid('a goal id') });
export const ZMilestoneParams = ZGoalParams.extend({ milestoneId: z.uuid('a milestone id') });

export const ZListGoalsRequest = ZPageQuery.extend({ status: ZGoalStatus.optional() });
export type TListGoalsRequest = z.input<typeof ZListGoalsRequest>;

export const ZListGoalsResponse = ZPage(ZGoal).extend({
  /** How many goals the user has in each status, for filter tabs. */
  counts: z.object({
    active: z.number(),
    completed: z.number(),
    paused: z.number(),
    abandoned: z.number(),
  }),
});
export type TListGoalsResponse = z.infer<typeof ZListGoalsResponse>;
