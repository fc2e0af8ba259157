import { z } from 'zod';
import { ZOccupationCode } from './occupations.js';

export const planPhaseIds = ['explore', 'foundations', 'gaps', 'prove', 'apply'] as const;
export const ZPlanPhaseId = z.enum(planPhaseIds);
export type TPlanPhaseId = z.infer<typeof ZPlanPhaseId>;

export const ZPlanPhaseStatus = z.enum(['done', 'current', 'upcoming']);
export type TPlanPhaseStatus = z.infer<typeof ZPlanPhaseStatus>;

export const planActionKinds = ['skill', 'goal', 'roadmap', 'explore', 'apply'] as const;
export const ZPlanActionKind = z.enum(planActionKinds);
export type TPlanActionKind = z.infer<typeof ZPlanActionKind>;

export const ZPlanAction = z.object({
  /** Stable for the same data, e.g. "gap:python" or "milestone:<id>". */
  id: z.string(),
  title: z.string(),
  detail: z.string(),
  kind: ZPlanActionKind,
  done: z.boolean(),
  /** A web app path where the action is carried out. */
  link: z.string().nullable(),
  /** A milestone's target date, when the action has one. */
  dueDate: z.string().nullable(),
});
export type TPlanAction = z.infer<typeof ZPlanAction>;

export const ZPlanPhase = z.object({
  id: ZPlanPhaseId,
  title: z.string(),
  description: z.string(),
  status: ZPlanPhaseStatus,
  actions: z.array(ZPlanAction),
});
export type TPlanPhase = z.infer<typeof ZPlanPhase>;

export const ZNextStep = z.object({
  actionId: z.string(),
  phaseId: ZPlanPhaseId,
  title: z.string(),
  why: z.string(),
  kind: ZPlanActionKind,
  link: z.string().nullable(),
  dueDate: z.string().nullable(),
});
export type TNextStep = z.infer<typeof ZNextStep>;

export const planTargetSources = ['query', 'goal', 'roadmap'] as const;

export const ZCareerPlan = z.object({
  targetOccupation: z.object({ code: ZOccupationCode, title: z.string() }).nullable(),
  /** Where the target came from: the request, the newest active goal, or the roadmap. */
  targetSource: z.enum(planTargetSources).nullable(),
  phases: z.array(ZPlanPhase),
  currentPhase: ZPlanPhaseId,
  /** The 3-5 most useful open actions, each with why. */
  nextSteps: z.array(ZNextStep),
  /** 0-100 from the gap analysis; null without a target occupation. */
  readiness: z.number().nullable(),
  generatedAt: z.string(),
});
export type TCareerPlan = z.infer<typeof ZCareerPlan>;

export const ZCareerPlanRequest = z.object({ occupation: ZOccupationCode.optional() });
