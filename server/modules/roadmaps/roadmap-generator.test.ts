import { describe, expect, it } from 'vitest';
import type { TSkillGap } from '../../../contracts/guidance.js';
import type { TRoadmapGraph } from '../../../contracts/roadmaps.js';
import { analyseGaps, type OccupationRequirement } from '../guidance/gap-analysis.js';
import { addDays } from './roadmap-dates.js';
import { generateRoadmap, type GenerationInput } from './roadmap-generator.js';
import type { ValidAnswers } from './roadmap-questions.js';

const occupation = { code: '99-0101.00', title: 'Example Developers' };

function req(
  skillId: number,
  slug: string,
  category: OccupationRequirement['category'],
  kind: OccupationRequirement['kind'],
  importance: number | null,
  level: number | null,
  hot = false,
): OccupationRequirement {
  return { skillId, slug, name: slug.toUpperCase(), category, kind, importance, level, hot };
}

const requirements: OccupationRequirement[] = [
  req(1, 'mathematics', 'knowledge', 'knowledge', 4.2, 4.5),
  req(2, 'critical-thinking', 'foundational', 'skill', 4, 4),
  req(3, 'programming', 'programming', 'skill', 4.5, 5),
  req(4, 'systems-analysis', 'domain', 'skill', 3.6, 4),
  req(5, 'python', 'programming', 'technology', null, null, true),
  req(6, 'sql', 'data', 'technology', null, null, false),
  req(7, 'git', 'tool', 'technology', null, null, true),
];

const gaps: TSkillGap[] = analyseGaps(occupation, requirements, [
  { skillId: 7, proficiency: 'advanced' },
]).items;

const answers: ValidAnswers = {
  experience: 'some',
  timelineMonths: 12,
  hoursPerWeek: 8,
  learningStyle: 'video',
  focus: null,
  fieldProject: null,
};

function input(overrides: Partial<GenerationInput> = {}): GenerationInput {
  return {
    occupation,
    gaps,
    tasks: ['Write PYTHON programs that read data.', 'Review code written by others.'],
    technologies: [
      { slug: 'python', name: 'PYTHON' },
      { slug: 'git', name: 'GIT' },
      { slug: 'sql', name: 'SQL' },
    ],
    answers,
    startDate: '2026-03-02',
    ...overrides,
  };
}

function generated(overrides: Partial<GenerationInput> = {}) {
  const result = generateRoadmap(input(overrides));
  if (!result.ok) throw new Error('expected a roadmap');
  return result.roadmap;
}

function hasCycle(graph: TRoadmapGraph): boolean {
  const out = new Map<string, string[]>();
  for (const e of graph.edges) out.set(e.source, [...(out.get(e.source) ?? []), e.target]);
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string): boolean => {
    if (state.get(id) === 'open') return true;
    if (state.get(id) === 'done') return false;
    state.set(id, 'open');
    const cyclic = (out.get(id) ?? []).some(visit);
    state.set(id, 'done');
    return cyclic;
  };
  return graph.nodes.some((n) => visit(n.id));
}

describe('roadmap generation', () => {
  it('gives the same roadmap for the same input, byte for byte', () => {
    expect(JSON.stringify(generated())).toBe(JSON.stringify(generated()));
  });

  it('builds a well-formed graph: edges between existing nodes, no cycles, ids unique', () => {
    const { graph, milestones } = generated();
    const ids = new Set(graph.nodes.map((n) => n.id));
    expect(ids.size).toBe(graph.nodes.length);
    for (const edge of graph.edges) {
      expect(ids.has(edge.source), edge.id).toBe(true);
      expect(ids.has(edge.target), edge.id).toBe(true);
    }
    expect(hasCycle(graph)).toBe(false);
    expect(graph.nodes.filter((n) => n.kind === 'milestone')).toHaveLength(milestones.length);
    // Every node of work sits in exactly one milestone.
    const grouped = milestones.flatMap((m) => m.nodeIds);
    expect(new Set(grouped).size).toBe(grouped.length);
    expect(grouped.sort()).toEqual(
      graph.nodes
        .filter((n) => n.kind !== 'milestone')
        .map((n) => n.id)
        .sort(),
    );
  });

  it('turns every open gap into a node, knowledge as topics, and leaves out what is met', () => {
    const { graph } = generated();
    const ids = graph.nodes.map((n) => n.id);
    for (const gap of gaps.filter((g) => g.status !== 'met')) {
      expect(ids).toContain(`${gap.kind === 'knowledge' ? 'topic' : 'skill'}:${gap.skill.slug}`);
    }
    expect(ids).not.toContain('skill:git');
    expect(graph.nodes.find((n) => n.id === 'topic:mathematics')?.kind).toBe('topic');
    expect(graph.nodes.filter((n) => n.kind === 'project').map((n) => n.id)).toEqual([
      'project:1',
      'project:2',
      'project:capstone',
    ]);
  });

  it('puts foundations before what builds on them, with prerequisite edges forward only', () => {
    const { graph } = generated();
    const order = new Map(graph.nodes.map((n, i) => [n.id, i]));
    const prerequisites = graph.edges.filter((e) => e.kind === 'prerequisite');
    expect(prerequisites.length).toBeGreaterThan(0);
    for (const edge of prerequisites) {
      expect(order.get(edge.source)).toBeLessThan(order.get(edge.target) ?? -1);
    }
    expect(order.get('topic:mathematics')).toBeLessThan(order.get('skill:programming') ?? -1);
    expect(order.get('skill:critical-thinking')).toBeLessThan(order.get('skill:python') ?? -1);
    const sequence = graph.edges.filter((e) => e.kind === 'sequence' && e.source.startsWith('m'));
    expect(sequence.map((e) => e.target)).toEqual(
      graph.nodes
        .filter((n) => n.kind === 'milestone')
        .slice(1)
        .map((n) => n.id),
    );
  });

  it('puts the chosen focus first among the technologies', () => {
    const ids = (focus: string | null) =>
      generated({ answers: { ...answers, focus } })
        .graph.nodes.map((n) => n.id)
        .filter((id) => id === 'skill:python' || id === 'skill:sql');
    expect(ids(null)).toEqual(['skill:python', 'skill:sql']);
    expect(ids('sql')).toEqual(['skill:sql', 'skill:python']);
  });

  it('sizes nodes by the gap and the experience level', () => {
    const hours = (experience: ValidAnswers['experience']) =>
      generated({ answers: { ...answers, experience } }).totalHours;
    expect(hours('new')).toBeGreaterThan(hours('some'));
    expect(hours('some')).toBeGreaterThan(hours('experienced'));
    const node = generated().graph.nodes.find((n) => n.id === 'skill:programming');
    // Level 5 needed, none held: 5 points at 3 hours a point.
    expect(node?.hours).toBe(15);
  });

  it('keeps milestones within about 10-40 hours and dates them by the hours a week', () => {
    for (const hoursPerWeek of [3, 8, 20]) {
      const { milestones } = generated({
        answers: { ...answers, hoursPerWeek, timelineMonths: 36 },
      });
      let cumulative = 0;
      for (const m of milestones) {
        expect(m.hours).toBeGreaterThanOrEqual(2);
        expect(m.hours).toBeLessThanOrEqual(50);
        cumulative += m.hours;
        expect(m.dueDate).toBe(addDays('2026-03-02', Math.ceil((cumulative / hoursPerWeek) * 7)));
      }
      expect(milestones.map((m) => m.position)).toEqual(milestones.map((_, i) => i + 1));
    }
    const slow = generated({ answers: { ...answers, hoursPerWeek: 4 } }).milestones.at(-1);
    const fast = generated({ answers: { ...answers, hoursPerWeek: 16 } }).milestones.at(-1);
    expect(slow && fast && slow.dueDate > fast.dueDate).toBe(true);
  });

  it('suggests the learning style first and names the tasks that use a skill', () => {
    const first = (learningStyle: ValidAnswers['learningStyle']) =>
      generated({ answers: { ...answers, learningStyle } }).graph.nodes.find(
        (n) => n.id === 'skill:python',
      )?.resources;
    expect(first('video')?.[0]?.kind).toBe('video');
    expect(first('reading')?.[0]?.kind).toBe('reading');
    expect(first('projects')?.[0]?.kind).toBe('practice');
    expect(first('video')).toContainEqual({
      kind: 'task',
      title: 'Used for: Write PYTHON programs that read data.',
    });
    const project = generated().graph.nodes.find((n) => n.id === 'project:1');
    expect(project?.resources).toContainEqual({ kind: 'technology', title: 'PYTHON' });
  });

  it('adds the field’s own preparation when the answer asks for it', () => {
    const roadmap = generated({
      answers: { ...answers, fieldProject: { title: 'Prepare for the exam', hours: 40 } },
    });
    expect(roadmap.graph.nodes.find((n) => n.id === 'project:field')).toMatchObject({
      label: 'Prepare for the exam',
      hours: 40,
    });
  });

  it('refuses a timeline the work does not fit in, saying what would', () => {
    const result = generateRoadmap(
      input({ answers: { ...answers, timelineMonths: 1, hoursPerWeek: 2 } }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const needed = generated().totalHours;
    expect(result.impossible.neededHours).toBe(needed);
    expect(result.impossible.minMonths).toBe(Math.ceil(needed / (2 * (52 / 12))));
    expect(result.impossible.minHoursPerWeek).toBe(Math.ceil(needed / (52 / 12)));
    const fits = generateRoadmap(
      input({
        answers: { ...answers, timelineMonths: result.impossible.minMonths, hoursPerWeek: 2 },
      }),
    );
    expect(fits.ok).toBe(true);
  });

  it('lays out every node at a distinct position, milestones below their work', () => {
    const { graph } = generated();
    const spots = new Set(graph.nodes.map((n) => `${n.position.x},${n.position.y}`));
    expect(spots.size).toBe(graph.nodes.length);
    for (const node of graph.nodes.filter((n) => n.kind !== 'milestone')) {
      const milestone = graph.nodes.find((n) => n.id === `milestone:${node.milestone}`);
      expect(node.position.y).toBeLessThan(milestone?.position.y ?? -1);
    }
  });
});
