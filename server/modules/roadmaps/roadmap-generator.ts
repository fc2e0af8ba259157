import type { TSkillGap } from '../../../contracts/guidance.js';
import type {
  TExperienceLevel,
  TLearningStyle,
  TRoadmapEdge,
  TRoadmapGraph,
  TRoadmapNode,
  TRoadmapResource,
} from '../../../contracts/roadmaps.js';
import type { ValidAnswers } from './roadmap-questions.js';
import { addDays, WEEKS_PER_MONTH } from './roadmap-dates.js';

export interface GenerationInput {
  occupation: { code: string; title: string };
  /** The gap analysis items, in its order (largest gap first); met items are skipped. */
  gaps: readonly TSkillGap[];
  /** The occupation's core tasks, in their order. */
  tasks: readonly string[];
  /** The occupation's technology skills, hot first. */
  technologies: readonly { slug: string; name: string }[];
  answers: ValidAnswers;
  /** ISO date the plan starts on. */
  startDate: string;
}

export interface GeneratedMilestone {
  position: number;
  title: string;
  description: string;
  hours: number;
  dueDate: string;
  nodeIds: string[];
}

export interface GeneratedRoadmap {
  title: string;
  graph: TRoadmapGraph;
  milestones: GeneratedMilestone[];
  totalHours: number;
}

export interface ImpossibleTimeline {
  neededHours: number;
  availableHours: number;
  /** The shortest timeline that fits at the chosen hours a week. */
  minMonths: number;
  /** The fewest hours a week that fit the chosen timeline. */
  minHoursPerWeek: number;
}

export type GenerationResult =
  { ok: true; roadmap: GeneratedRoadmap } | { ok: false; impossible: ImpossibleTimeline };

/** Hours per point of O*NET level (0-7) still to gain. */
const HOURS_PER_LEVEL = { skill: 3, knowledge: 3, technology: 4 } as const;
const EXPERIENCE_FACTOR: Record<TExperienceLevel, number> = {
  new: 1.25,
  some: 1,
  experienced: 0.7,
};
/** A node is one step of study; more than 20 hours would be several steps in one. */
const NODE_HOURS = { min: 2, max: 20 } as const;
const PROJECT_HOURS = 10;
const CAPSTONE_HOURS = 12;
const MAX_PROJECTS = 3;
/** A milestone is roughly a month of the user's hours, kept between 10 and 40 hours. */
const MILESTONE_HOURS = { min: 10, max: 40 } as const;
const MAX_PREREQUISITES = 2;
const MAX_PROJECT_INPUTS = 4;
const MAX_TASK_RESOURCES = 2;
const MAX_TECH_RESOURCES = 3;

const LAYOUT = { columns: 2, width: 220, rowHeight: 96, milestoneGap: 40, milestoneHeight: 80 };

type Tier = 'foundation' | 'skill' | 'technology' | 'project';

interface Draft {
  node: Omit<TRoadmapNode, 'milestone' | 'position'>;
  tier: Tier;
  /** For projects: which part of the applied work it practises. */
  part: number;
}

function round(value: number): number {
  return Math.round(value);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function shorten(text: string, max = 70): string {
  const clean = text.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 30 ? cut.lastIndexOf(' ') : max)}…`;
}

function styleOrder(style: TLearningStyle, index: number): TRoadmapResource['kind'][] {
  const base: TRoadmapResource['kind'][] = ['reading', 'video', 'practice'];
  switch (style) {
    case 'reading':
      return base;
    case 'video':
      return ['video', 'reading', 'practice'];
    case 'projects':
      return ['practice', 'reading', 'video'];
    case 'mixed':
      // Take turns, so a mixed learner meets every kind early.
      return [...base.slice(index % 3), ...base.slice(0, index % 3)];
  }
}

function learningResources(
  name: string,
  topic: boolean,
  style: TLearningStyle,
  index: number,
  tasks: readonly string[],
): TRoadmapResource[] {
  const titles: Record<'reading' | 'video' | 'practice', string> = {
    reading: topic
      ? `Read a textbook chapter or open course notes on ${name}`
      : `Read a structured introduction to ${name}`,
    video: `Watch a video course on ${name}`,
    practice: topic
      ? `Work through exercises on ${name} and check your answers`
      : `Practise ${name} in a small exercise you can finish in a sitting`,
  };
  const needle = name.toLowerCase();
  // Tasks of the occupation that name the skill show where it is used.
  const used = tasks
    .filter((task) => needle.length > 2 && task.toLowerCase().includes(needle))
    .slice(0, MAX_TASK_RESOURCES)
    .map((task): TRoadmapResource => ({ kind: 'task', title: `Used for: ${task}` }));
  return [
    ...styleOrder(style, index).map((kind): TRoadmapResource => ({
      kind,
      title: titles[kind as keyof typeof titles],
    })),
    ...used,
  ];
}

function tierOf(gap: TSkillGap): Tier {
  if (gap.kind === 'knowledge' || gap.skill.category === 'foundational') return 'foundation';
  return gap.kind === 'technology' ? 'technology' : 'skill';
}

function gapHours(gap: TSkillGap, experience: TExperienceLevel): number {
  const shortfall = Math.max(0, gap.requiredLevel - gap.currentLevel);
  const perLevel = HOURS_PER_LEVEL[gap.kind];
  return clamp(
    round(shortfall * perLevel * EXPERIENCE_FACTOR[experience]),
    NODE_HOURS.min,
    NODE_HOURS.max,
  );
}

/** The work in the order to do it: foundations, skills, technology, with projects in between. */
function draftNodes(input: GenerationInput): Draft[] {
  const { answers } = input;
  const open = input.gaps.filter((gap) => gap.status !== 'met');
  const foundation = open.filter((gap) => tierOf(gap) === 'foundation');
  const skills = open.filter((gap) => tierOf(gap) === 'skill');
  const tech = open.filter((gap) => tierOf(gap) === 'technology');
  const focusIndex = tech.findIndex((gap) => gap.skill.slug === answers.focus);
  if (focusIndex > 0) tech.unshift(...tech.splice(focusIndex, 1));

  const gapDraft = (gap: TSkillGap, index: number): Draft => {
    const topic = gap.kind === 'knowledge';
    return {
      tier: tierOf(gap),
      part: 0,
      node: {
        id: `${topic ? 'topic' : 'skill'}:${gap.skill.slug}`,
        kind: topic ? 'topic' : 'skill',
        label: gap.skill.name,
        skill: { slug: gap.skill.slug, category: gap.skill.category },
        gap: {
          status: gap.status,
          currentLevel: gap.currentLevel,
          requiredLevel: gap.requiredLevel,
        },
        why: gap.why,
        hours: gapHours(gap, answers.experience),
        resources: learningResources(
          gap.skill.name,
          topic,
          answers.learningStyle,
          index,
          input.tasks,
        ),
      },
    };
  };
  const techResources: TRoadmapResource[] = input.technologies
    .slice(0, MAX_TECH_RESOURCES)
    .map((t) => ({ kind: 'technology', title: t.name }));
  const factor = EXPERIENCE_FACTOR[answers.experience];
  const projectDraft = (
    id: string,
    label: string,
    hours: number,
    why: string,
    task?: string,
  ): Draft => ({
    tier: 'project',
    part: 0,
    node: {
      id,
      kind: 'project',
      label: shorten(label),
      skill: null,
      gap: null,
      why,
      hours,
      resources: [...(task ? [{ kind: 'task' as const, title: task }] : []), ...techResources],
    },
  });

  const foundationDrafts = foundation.map(gapDraft);
  const applied = [...skills, ...tech].map((gap, i) => gapDraft(gap, foundation.length + i));
  const tasks = input.tasks.slice(0, MAX_PROJECTS);
  const projects = tasks.map((task, i) =>
    projectDraft(
      `project:${i + 1}`,
      task,
      round(PROJECT_HOURS * factor),
      `A core task of ${input.occupation.title}: doing it once on a small scale puts the skills before it to work.`,
      task,
    ),
  );
  // Each project follows an equal share of the applied work.
  const ordered: Draft[] = [...foundationDrafts];
  const parts = Math.max(1, projects.length);
  const size = Math.ceil(applied.length / parts);
  for (let part = 0; part < parts; part += 1) {
    ordered.push(...applied.slice(part * size, (part + 1) * size));
    const project = projects[part];
    if (project) ordered.push({ ...project, part });
  }
  if (answers.fieldProject) {
    ordered.push(
      projectDraft(
        'project:field',
        answers.fieldProject.title,
        answers.fieldProject.hours,
        `Your answer shows this preparation is still ahead; ${input.occupation.title} roles usually expect it.`,
      ),
    );
  }
  ordered.push(
    projectDraft(
      'project:capstone',
      `Capstone: show your work as ${input.occupation.title}`,
      round(CAPSTONE_HOURS * factor),
      'A finished piece of work you can show an employer ties the roadmap together.',
    ),
  );
  return ordered;
}

/** Groups the ordered work into milestones of about a month of the user's hours. */
function groupMilestones(drafts: readonly Draft[], hoursPerWeek: number): Draft[][] {
  const target = clamp(hoursPerWeek * 4, MILESTONE_HOURS.min, MILESTONE_HOURS.max);
  const groups: Draft[][] = [];
  let current: Draft[] = [];
  let hours = 0;
  for (const draft of drafts) {
    if (current.length > 0 && hours + draft.node.hours > MILESTONE_HOURS.max) {
      groups.push(current);
      current = [];
      hours = 0;
    }
    current.push(draft);
    hours += draft.node.hours;
    if (hours >= target) {
      groups.push(current);
      current = [];
      hours = 0;
    }
  }
  if (current.length > 0) {
    const previous = groups.at(-1);
    const previousHours = previous?.reduce((sum, d) => sum + d.node.hours, 0) ?? 0;
    // A small remainder joins the milestone before it rather than standing alone.
    if (
      previous &&
      hours < MILESTONE_HOURS.min &&
      previousHours + hours <= MILESTONE_HOURS.max + 10
    ) {
      previous.push(...current);
    } else {
      groups.push(current);
    }
  }
  return groups;
}

const phaseNames: Record<Tier, string> = {
  foundation: 'Foundations',
  skill: 'Core skills',
  technology: 'Tools',
  project: 'Practice',
};

function milestoneTitle(group: readonly Draft[]): string {
  const first = group[0];
  const named = group.filter((d) => d.tier !== 'project').map((d) => d.node.label);
  const phase = phaseNames[first?.tier ?? 'project'];
  if (named.length === 0) return `${phase}: project work`;
  const shown = named.slice(0, 2).join(' and ');
  return named.length > 2
    ? `${phase}: ${shown} and ${named.length - 2} more`
    : `${phase}: ${shown}`;
}

function milestoneDescription(group: readonly Draft[], hours: number): string {
  const learn = group.filter((d) => d.tier !== 'project').map((d) => d.node.label);
  const projects = group.filter((d) => d.tier === 'project').map((d) => d.node.label);
  const parts = [`About ${hours} hours.`];
  if (learn.length > 0) parts.push(`Learn: ${learn.join(', ')}.`);
  if (projects.length > 0) parts.push(`Do: ${projects.join('; ')}.`);
  return parts.join(' ');
}

function edgesFor(groups: readonly Draft[][]): TRoadmapEdge[] {
  const edges: TRoadmapEdge[] = [];
  const add = (source: string, target: string, kind: TRoadmapEdge['kind']) =>
    edges.push({ id: `${kind}:${source}->${target}`, source, target, kind });
  groups.forEach((group, m) => {
    const milestoneId = `milestone:${m + 1}`;
    // Foundations learned in the milestone before (and earlier in this one) underpin the
    // skills and technology here; a project puts the applied work just before it to use.
    const before = (groups[m - 1] ?? []).filter((d) => d.tier === 'foundation');
    const applied: Draft[] = [];
    const earlierHere: Draft[] = [];
    for (const draft of group) {
      if (draft.tier === 'skill' || draft.tier === 'technology') {
        const sources = [...earlierHere.filter((d) => d.tier === 'foundation'), ...before]
          .slice(0, MAX_PREREQUISITES)
          .map((d) => d.node.id);
        for (const source of sources) add(source, draft.node.id, 'prerequisite');
        applied.push(draft);
      } else if (draft.tier === 'project') {
        for (const input of applied.slice(-MAX_PROJECT_INPUTS)) {
          add(input.node.id, draft.node.id, 'prerequisite');
        }
      }
      earlierHere.push(draft);
      add(draft.node.id, milestoneId, 'sequence');
    }
    if (m > 0) add(`milestone:${m}`, milestoneId, 'sequence');
  });
  return edges;
}

/** A layered layout: each milestone's work in a two-column grid, the milestone below it. */
function layout(groups: readonly Draft[][], milestoneTitles: readonly string[]): TRoadmapNode[] {
  const nodes: TRoadmapNode[] = [];
  let y = 0;
  groups.forEach((group, m) => {
    group.forEach((draft, i) => {
      nodes.push({
        ...draft.node,
        milestone: m + 1,
        position: {
          x: (i % LAYOUT.columns) * LAYOUT.width,
          y: y + Math.floor(i / LAYOUT.columns) * LAYOUT.rowHeight,
        },
      });
    });
    y += Math.ceil(group.length / LAYOUT.columns) * LAYOUT.rowHeight;
    nodes.push({
      id: `milestone:${m + 1}`,
      kind: 'milestone',
      label: milestoneTitles[m] ?? `Milestone ${m + 1}`,
      skill: null,
      gap: null,
      why: null,
      hours: 0,
      milestone: m + 1,
      resources: [],
      position: { x: LAYOUT.width / 2, y },
    });
    y += LAYOUT.milestoneHeight + LAYOUT.milestoneGap;
  });
  return nodes;
}

/**
 * A roadmap from a gap analysis and the user's answers. Pure and deterministic: the same input
 * gives the same roadmap, byte for byte (no clock, no randomness, stable orders only).
 */
export function generateRoadmap(input: GenerationInput): GenerationResult {
  const { hoursPerWeek, timelineMonths } = input.answers;
  const drafts = draftNodes(input);
  const totalHours = drafts.reduce((sum, d) => sum + d.node.hours, 0);
  const availableHours = Math.floor(timelineMonths * WEEKS_PER_MONTH * hoursPerWeek);
  if (totalHours > availableHours) {
    return {
      ok: false,
      impossible: {
        neededHours: totalHours,
        availableHours,
        minMonths: Math.ceil(totalHours / (hoursPerWeek * WEEKS_PER_MONTH)),
        minHoursPerWeek: Math.ceil(totalHours / (timelineMonths * WEEKS_PER_MONTH)),
      },
    };
  }
  const groups = groupMilestones(drafts, hoursPerWeek);
  let cumulative = 0;
  const milestones = groups.map((group, m): GeneratedMilestone => {
    const hours = group.reduce((sum, d) => sum + d.node.hours, 0);
    cumulative += hours;
    return {
      position: m + 1,
      title: milestoneTitle(group),
      description: milestoneDescription(group, hours),
      hours,
      dueDate: addDays(input.startDate, Math.ceil((cumulative / hoursPerWeek) * 7)),
      nodeIds: group.map((d) => d.node.id),
    };
  });
  return {
    ok: true,
    roadmap: {
      title: `Roadmap to ${input.occupation.title}`,
      graph: {
        nodes: layout(
          groups,
          milestones.map((m) => m.title),
        ),
        edges: edgesFor(groups),
      },
      milestones,
      totalHours,
    },
  };
}
