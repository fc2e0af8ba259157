import type {
  TCareerPlan,
  TNextStep,
  TPlanAction,
  TPlanPhase,
  TPlanPhaseId,
} from '../../../contracts/career-plan.js';
import type { TGapAnalysis, TRoadmapState, TSkillGap } from '../../../contracts/guidance.js';
import type { TGoal, TGoalCategory } from '../../../contracts/goals.js';

export interface CareerPlanInput {
  occupation: { code: string; title: string } | null;
  targetSource: TCareerPlan['targetSource'];
  /** The gap analysis for `occupation`; null without a target. */
  gaps: TGapAnalysis | null;
  /** The user's active goals, newest first. */
  goals: readonly TGoal[];
  /** The user's roadmap towards the target, if they follow one. */
  roadmap: TRoadmapState | null;
  /** YYYY-MM-DD: milestones before it are overdue. */
  today: string;
  generatedAt: string;
}

/** The importance (1-5) from which a requirement counts as a key one the plan must close. */
export const KEY_IMPORTANCE = 3.5;
/** Gap actions listed per phase; the rest are counted in the phase's description. */
const GAP_ACTIONS_PER_PHASE = 6;
/** Dated milestones due within this many days go to the top of the next steps. */
const DUE_SOON_DAYS = 30;
const MAX_NEXT_STEPS = 5;

const phaseText: Record<TPlanPhaseId, { title: string; description: string }> = {
  explore: {
    title: 'Explore and decide',
    description: 'Find out what suits you and choose the occupation you are aiming at.',
  },
  foundations: {
    title: 'Build foundations',
    description: 'The general skills and knowledge areas the work rests on.',
  },
  gaps: {
    title: 'Close the key gaps',
    description: 'The specific skills and technologies the occupation asks for most.',
  },
  prove: {
    title: 'Prove it',
    description: 'Projects, a portfolio and other evidence that you can do the work.',
  },
  apply: {
    title: 'Apply and transition',
    description: 'Search, apply and make the move.',
  },
};

/** Which phase a goal's milestones belong to, by the goal's category. */
const phaseOfCategory: Record<TGoalCategory, TPlanPhaseId> = {
  education: 'foundations',
  skill: 'gaps',
  career: 'prove',
  other: 'prove',
  job_search: 'apply',
};

function isFoundational(gap: TSkillGap): boolean {
  return gap.kind === 'knowledge' || gap.skill.category === 'foundational';
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function action(fields: Omit<TPlanAction, 'dueDate'> & { dueDate?: string | null }): TPlanAction {
  return { ...fields, dueDate: fields.dueDate ?? null };
}

function gapActions(
  gaps: readonly TSkillGap[],
  code: string,
): { actions: TPlanAction[]; more: number } {
  // Open gaps first in the analysis's order, then what is met; met ones show as done.
  const open = gaps.filter((g) => g.status !== 'met');
  const met = gaps.filter((g) => g.status === 'met');
  const listed = [...open, ...met].slice(0, GAP_ACTIONS_PER_PHASE);
  return {
    more: Math.max(0, open.length - GAP_ACTIONS_PER_PHASE),
    actions: listed.map((g) =>
      action({
        id: `gap:${g.skill.slug}`,
        title:
          g.kind === 'technology'
            ? `Get working knowledge of ${g.skill.name}`
            : `Reach ${g.targetProficiency} in ${g.skill.name}`,
        detail: g.why,
        kind: 'skill',
        done: g.status === 'met',
        link: `/careers/${code}/gaps`,
      }),
    ),
  };
}

function milestoneActions(
  goals: readonly TGoal[],
  today: string,
): Map<TPlanPhaseId, TPlanAction[]> {
  const byPhase = new Map<TPlanPhaseId, TPlanAction[]>();
  for (const goal of goals) {
    const phase = phaseOfCategory[goal.category];
    const list = byPhase.get(phase) ?? [];
    if (goal.milestones.length === 0) {
      list.push(
        action({
          id: `goal:${goal.id}`,
          title: goal.targetDate
            ? `Reach your goal "${goal.title}" by ${goal.targetDate}`
            : `Work towards your goal "${goal.title}"`,
          detail: 'Break it into milestones so progress shows.',
          kind: 'goal',
          done: false,
          link: '/goals',
          dueDate: goal.targetDate,
        }),
      );
    }
    for (const m of goal.milestones) {
      const overdue = m.status !== 'done' && m.targetDate !== null && m.targetDate < today;
      list.push(
        action({
          id: `milestone:${m.id}`,
          title: m.targetDate ? `Finish "${m.title}" by ${m.targetDate}` : `Finish "${m.title}"`,
          detail: `A milestone of your goal "${goal.title}"${overdue ? `; it was due ${m.targetDate}` : ''}.`,
          kind: 'goal',
          done: m.status === 'done',
          link: '/goals',
          dueDate: m.targetDate,
        }),
      );
    }
    byPhase.set(phase, list);
  }
  return byPhase;
}

function roadmapAction(roadmap: TRoadmapState): TPlanAction {
  const next = roadmap.nextMilestone;
  const done = next === null || roadmap.milestonesCompleted >= roadmap.milestonesTotal;
  return action({
    id: `roadmap:${roadmap.roadmapId}`,
    title: done
      ? `Finish your roadmap "${roadmap.title}"`
      : next.dueDate
        ? `Next on your roadmap: "${next.title}" by ${next.dueDate}`
        : `Next on your roadmap: "${next.title}"`,
    detail: `${roadmap.milestonesCompleted} of ${roadmap.milestonesTotal} roadmap milestones done (${Math.round(roadmap.progress)} %).`,
    kind: 'roadmap',
    done,
    link: `/roadmaps/${roadmap.roadmapId}`,
    dueDate: done ? null : next.dueDate,
  });
}

function buildPhases(input: CareerPlanInput): Record<TPlanPhaseId, TPlanAction[]> & {
  descriptions: Partial<Record<TPlanPhaseId, string>>;
} {
  const { occupation, gaps, goals, roadmap, today } = input;
  const milestones = milestoneActions(goals, today);
  const descriptions: Partial<Record<TPlanPhaseId, string>> = {};
  const fromGoals = (phase: TPlanPhaseId) => milestones.get(phase) ?? [];

  if (!occupation) {
    return {
      explore: [
        action({
          id: 'explore:assessment',
          title: 'Take the interest assessment',
          detail: 'Your RIASEC interests point to occupations that fit you.',
          kind: 'explore',
          done: false,
          link: '/assessment',
        }),
        action({
          id: 'explore:target',
          title: 'Choose a target occupation',
          detail: 'Set it on a goal; the plan then fills in the skills it asks for.',
          kind: 'explore',
          done: false,
          link: '/careers',
        }),
        ...fromGoals('foundations'),
        ...fromGoals('gaps'),
        ...fromGoals('prove'),
        ...fromGoals('apply'),
      ],
      foundations: [],
      gaps: [],
      prove: [],
      apply: [],
      descriptions,
    };
  }

  const key = (gaps?.items ?? []).filter((g) => g.importance >= KEY_IMPORTANCE);
  const foundations = gapActions(key.filter(isFoundational), occupation.code);
  const specific = gapActions(
    key.filter((g) => !isFoundational(g)),
    occupation.code,
  );
  for (const [phase, result] of [
    ['foundations', foundations],
    ['gaps', specific],
  ] as const) {
    if (result.more > 0) {
      descriptions[phase] =
        `${phaseText[phase].description} ${result.more} more open ${result.more === 1 ? 'gap is' : 'gaps are'} in the gap analysis.`;
    }
  }
  const targetGoal = goals.some((g) => g.targetOccupation?.code === occupation.code);

  return {
    explore: [
      action({
        id: 'explore:target',
        title: `Aim at ${occupation.title}`,
        detail: 'Your target occupation; the plan follows what it asks for.',
        kind: 'explore',
        done: true,
        link: `/careers/${occupation.code}`,
      }),
      action({
        id: 'explore:goal',
        title: `Set a goal to become ${occupation.title}`,
        detail: 'A goal with milestones and dates keeps the plan on track.',
        kind: 'goal',
        done: targetGoal,
        link: '/goals',
      }),
    ],
    foundations: [...foundations.actions, ...fromGoals('foundations')],
    gaps: [...specific.actions, ...(roadmap ? [roadmapAction(roadmap)] : []), ...fromGoals('gaps')],
    prove: fromGoals('prove').length
      ? fromGoals('prove')
      : [
          action({
            id: 'prove:project',
            title: 'Plan a project that shows your skills',
            detail: `Set a career goal with milestones for a project or portfolio piece that ${occupation.title} employers can see.`,
            kind: 'goal',
            done: false,
            link: '/goals',
          }),
        ],
    apply: [
      ...fromGoals('apply'),
      action({
        id: 'apply:search',
        title: `Apply for ${occupation.title} roles`,
        detail: 'Look at open opportunities that match the occupation.',
        kind: 'apply',
        done: false,
        link: `/careers/${occupation.code}`,
      }),
    ],
    descriptions,
  };
}

function nextStepOf(phaseId: TPlanPhaseId, a: TPlanAction, why: string): TNextStep {
  return {
    actionId: a.id,
    phaseId,
    title: a.title,
    why,
    kind: a.kind,
    link: a.link,
    dueDate: a.dueDate,
  };
}

function whyOf(a: TPlanAction, phase: TPlanPhase, today: string, current: TPlanPhaseId): string {
  if (a.dueDate && a.dueDate < today) return `Overdue since ${a.dueDate}. ${a.detail}`;
  if (a.dueDate && a.dueDate <= addDays(today, DUE_SOON_DAYS)) {
    return `Due ${a.dueDate === today ? 'today' : `on ${a.dueDate}`}. ${a.detail}`;
  }
  if (phase.id === current) return `You are in "${phase.title}". ${a.detail}`;
  return `Ahead in "${phase.title}". ${a.detail}`;
}

/**
 * The career plan, from the target occupation, its gaps, the user's active goals and roadmap.
 * Pure and deterministic: the same input gives the same plan.
 *
 * Rules: the phases come in a fixed order; the current phase is the first with an open action
 * (the last one when everything is done); phases before it are done, after it upcoming. Next
 * steps: open milestones overdue or due within 30 days (soonest first), then the open actions of
 * the current phase, then of the phases after it, then of earlier phases; at most five.
 */
export function buildCareerPlan(input: CareerPlanInput): TCareerPlan {
  const built = buildPhases(input);
  const ids: TPlanPhaseId[] = ['explore', 'foundations', 'gaps', 'prove', 'apply'];
  const currentIndex = (() => {
    const index = ids.findIndex((id) => built[id].some((a) => !a.done));
    return index === -1 ? ids.length - 1 : index;
  })();
  const currentPhase = ids[currentIndex] ?? 'explore';
  const phases: TPlanPhase[] = ids.map((id, index) => ({
    id,
    title: phaseText[id].title,
    description: built.descriptions[id] ?? phaseText[id].description,
    status: index < currentIndex ? 'done' : index === currentIndex ? 'current' : 'upcoming',
    actions: built[id],
  }));

  const dueBy = addDays(input.today, DUE_SOON_DAYS);
  const open = phases.flatMap((phase) =>
    phase.actions.filter((a) => !a.done).map((a) => ({ phase, action: a })),
  );
  const dueSoon = open
    .filter(({ action: a }) => a.kind === 'goal' && a.dueDate !== null && a.dueDate <= dueBy)
    .sort(
      (x, y) =>
        (x.action.dueDate ?? '').localeCompare(y.action.dueDate ?? '') ||
        x.action.id.localeCompare(y.action.id),
    );
  const phaseRank = (p: TPlanPhase) => {
    const index = ids.indexOf(p.id);
    return index >= currentIndex ? index - currentIndex : ids.length + index;
  };
  const rest = open
    .map((entry, order) => ({ ...entry, order }))
    .sort((x, y) => phaseRank(x.phase) - phaseRank(y.phase) || x.order - y.order);
  const seen = new Set<string>();
  const nextSteps: TNextStep[] = [];
  for (const { phase, action: a } of [...dueSoon, ...rest]) {
    if (nextSteps.length >= MAX_NEXT_STEPS || seen.has(a.id)) continue;
    seen.add(a.id);
    nextSteps.push(nextStepOf(phase.id, a, whyOf(a, phase, input.today, currentPhase)));
  }

  return {
    targetOccupation: input.occupation,
    targetSource: input.occupation ? input.targetSource : null,
    phases,
    currentPhase,
    nextSteps,
    readiness: input.occupation ? (input.gaps?.readiness ?? null) : null,
    generatedAt: input.generatedAt,
  };
}
