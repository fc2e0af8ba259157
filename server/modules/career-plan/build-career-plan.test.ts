import { describe, expect, it } from 'vitest';
import type { TGapAnalysis, TRoadmapState, TSkillGap } from '../../../contracts/guidance.js';
import type { TGoal, TGoalCategory } from '../../../contracts/goals.js';
import { buildCareerPlan, type CareerPlanInput } from './build-career-plan.js';

const occupation = { code: '99-0201.00', title: 'Example Analysts' };
const TODAY = '2027-01-10';

function gap(
  slug: string,
  status: TSkillGap['status'],
  options: Partial<Pick<TSkillGap, 'kind' | 'importance'>> & { foundational?: boolean } = {},
): TSkillGap {
  return {
    skill: {
      slug,
      name: slug.toUpperCase(),
      category: options.foundational ? 'foundational' : 'tool',
    },
    kind: options.kind ?? 'skill',
    importance: options.importance ?? 4,
    requiredLevel: 5,
    currentLevel: status === 'met' ? 5 : 0,
    currentProficiency: status === 'met' ? 'advanced' : null,
    targetProficiency: 'advanced',
    status,
    score: status === 'met' ? 0 : 10,
    hot: false,
    why: `Why ${slug}.`,
  };
}

function analysis(items: TSkillGap[], readiness = 40): TGapAnalysis {
  return { occupation, readiness, counts: { missing: 0, below: 0, met: 0 }, items };
}

function goal(
  id: string,
  category: TGoalCategory,
  milestones: [string, string | null, boolean][],
  targetOccupation: TGoal['targetOccupation'] = null,
): TGoal {
  return {
    id,
    title: `Goal ${id}`,
    description: null,
    category,
    targetOccupation,
    targetDate: null,
    status: 'active',
    progress: 0,
    allMilestonesDone: false,
    milestones: milestones.map(([title, targetDate, done], position) => ({
      id: `${id}-m${position}`,
      title,
      targetDate,
      status: done ? 'done' : 'pending',
      position,
      completedAt: null,
    })),
    createdAt: '2027-01-01T00:00:00.000Z',
    updatedAt: '2027-01-01T00:00:00.000Z',
    completedAt: null,
  };
}

const roadmap: TRoadmapState = {
  roadmapId: 'rm-1',
  occupationCode: occupation.code,
  title: 'Analyst roadmap',
  progress: 25,
  milestonesTotal: 4,
  milestonesCompleted: 1,
  nextMilestone: { id: 'n2', title: 'Statistics', dueDate: '2027-02-01' },
  hoursLeft: 60,
  estimatedFinish: '2027-04-01',
};

function plan(overrides: Partial<CareerPlanInput>) {
  return buildCareerPlan({
    occupation,
    targetSource: 'query',
    gaps: analysis([]),
    goals: [],
    roadmap: null,
    today: TODAY,
    generatedAt: '2027-01-10T12:00:00.000Z',
    ...overrides,
  });
}

const statuses = (p: ReturnType<typeof plan>) => p.phases.map((ph) => [ph.id, ph.status]);

describe('career plan', () => {
  it('without a target is the explore phase: assessment, then choosing an occupation', () => {
    const result = plan({ occupation: null, gaps: null, targetSource: null });
    expect(result.currentPhase).toBe('explore');
    expect(result.targetOccupation).toBeNull();
    expect(result.readiness).toBeNull();
    expect(result.phases[0]?.actions.map((a) => [a.id, a.link])).toEqual([
      ['explore:assessment', '/assessment'],
      ['explore:target', '/careers'],
    ]);
    expect(result.phases.slice(1).every((ph) => ph.actions.length === 0)).toBe(true);
    expect(result.nextSteps.map((s) => s.title)).toEqual([
      'Take the interest assessment',
      'Choose a target occupation',
    ]);
  });

  it('is in explore with a target until a goal aims at it', () => {
    const result = plan({ gaps: analysis([gap('python', 'missing')]) });
    expect(result.currentPhase).toBe('explore');
    expect(result.phases[0]?.actions.map((a) => [a.id, a.done])).toEqual([
      ['explore:target', true],
      ['explore:goal', false],
    ]);
  });

  it('moves to foundations while a key foundational gap is open, then to the key gaps', () => {
    const aim = goal('g1', 'career', [], occupation);
    const open = plan({
      goals: [aim],
      gaps: analysis([gap('reading', 'below', { foundational: true }), gap('python', 'missing')]),
    });
    expect(statuses(open)).toEqual([
      ['explore', 'done'],
      ['foundations', 'current'],
      ['gaps', 'upcoming'],
      ['prove', 'upcoming'],
      ['apply', 'upcoming'],
    ]);
    expect(open.phases[1]?.actions[0]).toMatchObject({
      id: 'gap:reading',
      title: 'Reach advanced in READING',
      detail: 'Why reading.',
      link: `/careers/${occupation.code}/gaps`,
      done: false,
    });

    const met = plan({
      goals: [aim],
      gaps: analysis([gap('reading', 'met', { foundational: true }), gap('python', 'missing')]),
    });
    expect(met.currentPhase).toBe('gaps');
    expect(met.phases[1]?.actions[0]?.done).toBe(true);
    // Knowledge areas count as foundations too; less important requirements are left out.
    const knowledge = plan({
      goals: [aim],
      gaps: analysis([
        gap('math', 'missing', { kind: 'knowledge' }),
        gap('cobol', 'missing', { importance: 3.2 }),
      ]),
    });
    expect(knowledge.phases[1]?.actions.map((a) => a.id)).toEqual(['gap:math']);
    expect(knowledge.phases[2]?.actions.map((a) => a.id)).toEqual([]);
  });

  it("puts the roadmap's next milestone into the key gaps, with its link", () => {
    const result = plan({
      goals: [goal('g1', 'career', [], occupation)],
      gaps: analysis([]),
      roadmap,
    });
    expect(result.currentPhase).toBe('gaps');
    expect(result.phases[2]?.actions).toEqual([
      expect.objectContaining({
        id: 'roadmap:rm-1',
        title: 'Next on your roadmap: "Statistics" by 2027-02-01',
        link: '/roadmaps/rm-1',
        done: false,
        kind: 'roadmap',
      }),
    ]);
    const finished = plan({
      goals: [goal('g1', 'career', [], occupation)],
      roadmap: { ...roadmap, milestonesCompleted: 4, progress: 100, nextMilestone: null },
    });
    expect(finished.phases[2]?.actions[0]?.done).toBe(true);
    expect(finished.currentPhase).toBe('prove');
  });

  it('places goal milestones by category and puts due ones first in the next steps', () => {
    const result = plan({
      goals: [
        goal('g1', 'job_search', [['Send ten applications', '2027-01-20', false]], occupation),
        goal('g2', 'skill', [
          ['Finish the SQL course', '2027-01-05', false],
          ['Read a book', null, true],
        ]),
        goal('g3', 'career', [['Publish a portfolio', '2027-06-01', false]]),
      ],
      gaps: analysis([gap('python', 'missing')]),
    });
    const phase = (id: string) => result.phases.find((p) => p.id === id);
    expect(phase('gaps')?.actions.map((a) => a.id)).toEqual([
      'gap:python',
      'milestone:g2-m0',
      'milestone:g2-m1',
    ]);
    expect(phase('prove')?.actions.map((a) => a.title)).toEqual([
      'Finish "Publish a portfolio" by 2027-06-01',
    ]);
    expect(phase('apply')?.actions.map((a) => a.id)).toEqual(['milestone:g1-m0', 'apply:search']);
    expect(result.currentPhase).toBe('gaps');
    // Overdue, then due within 30 days, then the current phase's open actions, then later ones.
    expect(result.nextSteps.map((s) => s.actionId)).toEqual([
      'milestone:g2-m0',
      'milestone:g1-m0',
      'gap:python',
      'milestone:g3-m0',
      'apply:search',
    ]);
    expect(result.nextSteps[0]?.why).toMatch(/^Overdue since 2027-01-05\./);
    expect(result.nextSteps[1]?.why).toMatch(/^Due on 2027-01-20\./);
    expect(result.nextSteps[2]?.why).toContain('You are in "Close the key gaps"');
  });

  it('suggests a project when no goal proves the skills, and ends in apply', () => {
    const result = plan({ goals: [goal('g1', 'career', [['Done', null, true]], occupation)] });
    expect(result.phases.find((p) => p.id === 'prove')?.actions.map((a) => a.id)).toEqual([
      'milestone:g1-m0',
    ]);
    expect(result.currentPhase).toBe('apply');
    const none = plan({ goals: [goal('g1', 'skill', [], occupation)] });
    expect(none.phases.find((p) => p.id === 'prove')?.actions.map((a) => a.id)).toEqual([
      'prove:project',
    ]);
  });

  it('is deterministic and caps the gap actions with a count of the rest', () => {
    const many = Array.from({ length: 9 }, (_, i) => gap(`tool-${i}`, 'missing'));
    const input = { goals: [goal('g1', 'career', [], occupation)], gaps: analysis(many) };
    const result = plan(input);
    expect(result.phases[2]?.actions).toHaveLength(6);
    expect(result.phases[2]?.description).toContain('3 more open gaps');
    expect(plan(input)).toEqual(result);
    expect(result.readiness).toBe(40);
    expect(result.nextSteps.length).toBeLessThanOrEqual(5);
  });
});
