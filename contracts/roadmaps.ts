import { z } from 'zod';
import { ZGapStatus } from './guidance.js';
import { ZOccupationCode } from './occupations.js';
import { ZPage, ZPageQuery } from './pagination.js';

/** The answers every roadmap asks for, whatever the field. */
export const experienceLevels = ['new', 'some', 'experienced'] as const;
export const learningStyles = ['reading', 'video', 'projects', 'mixed'] as const;
export type TExperienceLevel = (typeof experienceLevels)[number];
export type TLearningStyle = (typeof learningStyles)[number];

export const TIMELINE_MONTHS = { min: 1, max: 36 } as const;
export const HOURS_PER_WEEK = { min: 1, max: 60 } as const;

const ZOption = z.object({ value: z.string(), label: z.string() });

export const ZRoadmapQuestion = z.discriminatedUnion('kind', [
  z.object({
    id: z.string(),
    kind: z.literal('single'),
    label: z.string(),
    help: z.string().nullable(),
    options: z.array(ZOption),
  }),
  z.object({
    id: z.string(),
    kind: z.literal('number'),
    label: z.string(),
    help: z.string().nullable(),
    min: z.number(),
    max: z.number(),
    unit: z.string(),
    default: z.number(),
  }),
]);
export type TRoadmapQuestion = z.infer<typeof ZRoadmapQuestion>;

export const ZRoadmapQuestionsRequest = z.object({ occupation: ZOccupationCode });

export const ZRoadmapQuestionsResponse = z.object({
  occupation: z.object({ code: ZOccupationCode, title: z.string() }),
  /** e.g. "computing", "health"; null when the field has no questions of its own. */
  field: z.string().nullable(),
  questions: z.array(ZRoadmapQuestion),
});
export type TRoadmapQuestionsResponse = z.infer<typeof ZRoadmapQuestionsResponse>;

/** Answers by question id; checked against the occupation's questions by the server. */
export const ZRoadmapAnswers = z.record(
  z.string().max(40),
  z.union([z.string().max(200), z.number()]),
);
export type TRoadmapAnswers = z.infer<typeof ZRoadmapAnswers>;

export const ZCreateRoadmapRequest = z.strictObject({
  occupation: ZOccupationCode,
  answers: ZRoadmapAnswers,
});
export type TCreateRoadmapRequest = z.infer<typeof ZCreateRoadmapRequest>;

export const roadmapNodeKinds = ['skill', 'topic', 'project', 'milestone'] as const;
export const ZRoadmapNodeKind = z.enum(roadmapNodeKinds);
export type TRoadmapNodeKind = z.infer<typeof ZRoadmapNodeKind>;

export const resourceKinds = ['reading', 'video', 'practice', 'task', 'technology'] as const;
export const ZRoadmapResource = z.object({
  kind: z.enum(resourceKinds),
  title: z.string(),
});
export type TRoadmapResource = z.infer<typeof ZRoadmapResource>;

export const ZRoadmapNode = z.object({
  id: z.string(),
  kind: ZRoadmapNodeKind,
  label: z.string(),
  /** The taxonomy skill a skill or topic node closes the gap on. */
  skill: z.object({ slug: z.string(), category: z.string() }).nullable(),
  gap: z
    .object({ status: ZGapStatus, currentLevel: z.number(), requiredLevel: z.number() })
    .nullable(),
  why: z.string().nullable(),
  /** Estimated hours of work; 0 for milestone nodes. */
  hours: z.number(),
  /** 1-based position of the milestone the node belongs to. */
  milestone: z.number().int(),
  resources: z.array(ZRoadmapResource),
  /** Where the graph view draws the node (top-left corner, in graph units). */
  position: z.object({ x: z.number(), y: z.number() }),
});
export type TRoadmapNode = z.infer<typeof ZRoadmapNode>;

export const ZRoadmapEdge = z.object({
  id: z.string(),
  source: z.string(),
  target: z.string(),
  kind: z.enum(['prerequisite', 'sequence']),
});
export type TRoadmapEdge = z.infer<typeof ZRoadmapEdge>;

export const ZRoadmapGraph = z.object({
  nodes: z.array(ZRoadmapNode),
  edges: z.array(ZRoadmapEdge),
});
export type TRoadmapGraph = z.infer<typeof ZRoadmapGraph>;

export const ZRoadmapMilestone = z.object({
  id: z.string(),
  position: z.number().int(),
  title: z.string(),
  description: z.string(),
  hours: z.number(),
  /** ISO date (YYYY-MM-DD) the milestone is due at the planned hours a week. */
  dueDate: z.string(),
  nodeIds: z.array(z.string()),
  completedAt: z.string().nullable(),
});
export type TRoadmapMilestone = z.infer<typeof ZRoadmapMilestone>;

export const ZRoadmapProgress = z.object({
  /** 0-100: completed milestones' hours over all hours. */
  percent: z.number(),
  hoursTotal: z.number(),
  hoursDone: z.number(),
  hoursLeft: z.number(),
  milestonesTotal: z.number().int(),
  milestonesCompleted: z.number().int(),
  nextMilestone: z
    .object({ id: z.string(), title: z.string(), dueDate: z.string().nullable() })
    .nullable(),
  /** ISO date the remaining hours end at the planned hours a week; the finish date when done. */
  estimatedFinish: z.string().nullable(),
});
export type TRoadmapProgress = z.infer<typeof ZRoadmapProgress>;

const ZOccupationRef = z.object({ code: ZOccupationCode, title: z.string() });

export const ZRoadmapSummary = z.object({
  id: z.string(),
  occupation: ZOccupationRef,
  title: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  completedAt: z.string().nullable(),
  progress: ZRoadmapProgress,
});
export type TRoadmapSummary = z.infer<typeof ZRoadmapSummary>;

export const ZRoadmap = ZRoadmapSummary.extend({
  answers: ZRoadmapAnswers,
  hoursPerWeek: z.number(),
  startDate: z.string(),
  graph: ZRoadmapGraph,
  milestones: z.array(ZRoadmapMilestone),
  /** The public read-only link's path, while sharing is on. */
  sharePath: z.string().nullable(),
});
export type TRoadmap = z.infer<typeof ZRoadmap>;

/** What anyone with the share link sees: the roadmap and its progress, nothing about its owner. */
export const ZSharedRoadmap = z.object({
  occupation: ZOccupationRef,
  title: z.string(),
  graph: ZRoadmapGraph,
  milestones: z.array(
    ZRoadmapMilestone.omit({ completedAt: true }).extend({ completed: z.boolean() }),
  ),
  progress: ZRoadmapProgress,
});
export type TSharedRoadmap = z.infer<typeof ZSharedRoadmap>;

/** A learning track: the roadmap's milestones as checkpoints, their nodes as items. */
export const ZLearningTrack = z.object({
  roadmapId: z.string(),
  title: z.string(),
  checkpoints: z.array(
    z.object({
      milestoneId: z.string(),
      position: z.number().int(),
      title: z.string(),
      dueDate: z.string(),
      completedAt: z.string().nullable(),
      items: z.array(
        z.object({
          nodeId: z.string(),
          kind: ZRoadmapNodeKind,
          label: z.string(),
          hours: z.number(),
        }),
      ),
    }),
  ),
  progress: ZRoadmapProgress,
});
export type TLearningTrack = z.infer<typeof ZLearningTrack>;

export const ZRoadmapParams = z.object({ id: z.uuid() });
export const ZMilestoneParams = z.object({ id: z.uuid(), milestoneId: z.uuid() });
export const ZShareTokenParams = z.object({ token: z.string().min(20).max(100) });
export const ZListRoadmapsRequest = ZPageQuery;
export const ZListRoadmapsResponse = ZPage(ZRoadmapSummary);
export type TListRoadmapsResponse = z.infer<typeof ZListRoadmapsResponse>;
export const ZShareResponse = z.object({ sharePath: z.string() });
