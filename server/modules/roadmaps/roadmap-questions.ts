import {
  HOURS_PER_WEEK,
  TIMELINE_MONTHS,
  type TExperienceLevel,
  type TLearningStyle,
  type TRoadmapAnswers,
  type TRoadmapQuestion,
} from '../../../contracts/roadmaps.js';
import type { TFieldError } from '../../../contracts/errors.js';

/**
 * A field's own question: one choice whose answer adds preparation work the field asks for
 * (a licence, a portfolio ...) as a project node with the option's hours.
 */
interface FieldQuestion {
  field: string;
  /** SOC major groups (the code's first two digits). */
  groups: readonly string[];
  id: string;
  label: string;
  help: string | null;
  options: readonly { value: string; label: string; hours: number }[];
  /** The project node's title when the chosen option adds hours. */
  project: string;
}

const fieldQuestions: readonly FieldQuestion[] = [
  {
    field: 'engineering',
    groups: ['17'],
    id: 'mathBackground',
    label: 'How comfortable are you with the mathematics engineering uses?',
    help: 'Calculus, statistics and physics come up in most engineering work.',
    options: [
      { value: 'refresh', label: 'I need to refresh it', hours: 30 },
      { value: 'comfortable', label: 'Comfortable', hours: 10 },
      { value: 'strong', label: 'Strong', hours: 0 },
    ],
    project: 'Refresh the mathematics the work uses',
  },
  {
    field: 'health',
    groups: ['29', '31'],
    id: 'licensed',
    label: 'Are you already licensed or certified for this work?',
    help: 'Most health occupations need a state licence or a certification.',
    options: [
      { value: 'no', label: 'Not yet', hours: 40 },
      { value: 'in-progress', label: 'I am working on it', hours: 20 },
      { value: 'yes', label: 'Yes', hours: 0 },
    ],
    project: 'Prepare for the licensing or certification exam',
  },
  {
    field: 'education',
    groups: ['25'],
    id: 'teachingPractice',
    label: 'Have you taught or tutored before?',
    help: null,
    options: [
      { value: 'no', label: 'Not yet', hours: 30 },
      { value: 'some', label: 'A little', hours: 15 },
      { value: 'yes', label: 'Yes, regularly', hours: 0 },
    ],
    project: 'Practise teaching: plan and give a few lessons',
  },
  {
    field: 'arts and media',
    groups: ['27'],
    id: 'portfolio',
    label: 'Do you have a portfolio of your work?',
    help: 'Work in arts and media is usually won with a portfolio.',
    options: [
      { value: 'none', label: 'Not yet', hours: 40 },
      { value: 'started', label: 'I have started one', hours: 20 },
      { value: 'ready', label: 'Yes, it is ready', hours: 0 },
    ],
    project: 'Build a portfolio of three finished pieces',
  },
  {
    field: 'business',
    groups: ['11', '13'],
    id: 'leadership',
    label: 'Have you led a team, a project or a budget?',
    help: null,
    options: [
      { value: 'no', label: 'Not yet', hours: 20 },
      { value: 'some', label: 'A small one', hours: 10 },
      { value: 'yes', label: 'Yes', hours: 0 },
    ],
    project: 'Lead a small project from plan to report',
  },
  {
    field: 'trades',
    groups: ['47', '49'],
    id: 'apprenticeship',
    label: 'Are you in an apprenticeship or supervised training?',
    help: 'Most trades are learned on the job under a qualified worker.',
    options: [
      { value: 'no', label: 'Not yet', hours: 30 },
      { value: 'planned', label: 'I have one lined up', hours: 10 },
      { value: 'yes', label: 'Yes', hours: 0 },
    ],
    project: 'Find and start supervised practice in the trade',
  },
];

/** Computing asks which technology draws the user most; the roadmap puts it first. */
export const FOCUS_QUESTION = 'focusArea';
const NO_PREFERENCE = 'any';
const MAX_FOCUS_OPTIONS = 8;

export interface QuestionSource {
  code: string;
  /** The occupation's technology skills, best first (hot first). */
  technologies: readonly { slug: string; name: string }[];
}

export interface ValidAnswers {
  experience: TExperienceLevel;
  timelineMonths: number;
  hoursPerWeek: number;
  learningStyle: TLearningStyle;
  /** A technology slug the user wants first, if they chose one. */
  focus: string | null;
  /** Extra preparation the field's own question adds. */
  fieldProject: { title: string; hours: number } | null;
}

function fieldOf(code: string): FieldQuestion | undefined {
  const group = code.slice(0, 2);
  return fieldQuestions.find((q) => q.groups.includes(group));
}

const commonQuestions: readonly TRoadmapQuestion[] = [
  {
    id: 'experience',
    kind: 'single',
    label: 'How much experience do you have in this field?',
    help: null,
    options: [
      { value: 'new', label: 'New to the field' },
      { value: 'some', label: 'Some experience' },
      { value: 'experienced', label: 'Experienced' },
    ],
  },
  {
    id: 'timeline',
    kind: 'number',
    label: 'In how many months do you want to be ready?',
    help: null,
    min: TIMELINE_MONTHS.min,
    max: TIMELINE_MONTHS.max,
    unit: 'months',
    default: 12,
  },
  {
    id: 'hoursPerWeek',
    kind: 'number',
    label: 'How many hours a week can you spend?',
    help: null,
    min: HOURS_PER_WEEK.min,
    max: HOURS_PER_WEEK.max,
    unit: 'hours a week',
    default: 8,
  },
  {
    id: 'learningStyle',
    kind: 'single',
    label: 'How do you like to learn?',
    help: 'Decides which kind of resource each step suggests first.',
    options: [
      { value: 'reading', label: 'Reading' },
      { value: 'video', label: 'Video' },
      { value: 'projects', label: 'Hands-on projects' },
      { value: 'mixed', label: 'A mix' },
    ],
  },
];

/** The common questions plus the occupation's field-specific ones, in the order to ask them. */
export function questionsFor(source: QuestionSource): {
  field: string | null;
  questions: TRoadmapQuestion[];
} {
  const questions = [...commonQuestions];
  if (source.code.startsWith('15-') && source.technologies.length > 0) {
    questions.push({
      id: FOCUS_QUESTION,
      kind: 'single',
      label: 'Which area draws you most?',
      help: 'The roadmap starts its technology work there.',
      options: [
        ...source.technologies
          .slice(0, MAX_FOCUS_OPTIONS)
          .map((t) => ({ value: t.slug, label: t.name })),
        { value: NO_PREFERENCE, label: 'No preference' },
      ],
    });
    return { field: 'computing', questions };
  }
  const field = fieldOf(source.code);
  if (!field) return { field: null, questions };
  questions.push({
    id: field.id,
    kind: 'single',
    label: field.label,
    help: field.help,
    options: field.options.map(({ value, label }) => ({ value, label })),
  });
  return { field: field.field, questions };
}

/**
 * Checks answers against the questions: every question answered, no unknown ids, options from
 * the list, numbers whole and in range. Returns the typed answers or the field errors.
 */
export function validateAnswers(
  source: QuestionSource,
  answers: TRoadmapAnswers,
): { ok: true; value: ValidAnswers } | { ok: false; errors: TFieldError[] } {
  const { questions } = questionsFor(source);
  const errors: TFieldError[] = [];
  const path = (id: string) => `body.answers.${id}`;
  const known = new Set(questions.map((q) => q.id));
  for (const id of Object.keys(answers).sort()) {
    if (!known.has(id))
      errors.push({ path: path(id), message: 'is not a question of this roadmap' });
  }
  for (const q of questions) {
    const answer = answers[q.id];
    if (answer === undefined) {
      errors.push({ path: path(q.id), message: 'needs an answer' });
    } else if (q.kind === 'single') {
      if (typeof answer !== 'string' || !q.options.some((o) => o.value === answer)) {
        errors.push({
          path: path(q.id),
          message: `must be one of ${q.options.map((o) => o.value).join(', ')}`,
        });
      }
    } else if (typeof answer !== 'number' || !Number.isInteger(answer)) {
      errors.push({ path: path(q.id), message: `must be a whole number of ${q.unit}` });
    } else if (answer < q.min || answer > q.max) {
      errors.push({
        path: path(q.id),
        message: `must be between ${q.min} and ${q.max} ${q.unit}`,
      });
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  const field = fieldOf(source.code);
  const fieldAnswer = field ? answers[field.id] : undefined;
  const option = field?.options.find((o) => o.value === fieldAnswer);
  const focus = answers[FOCUS_QUESTION];
  return {
    ok: true,
    value: {
      experience: answers.experience as TExperienceLevel,
      timelineMonths: answers.timeline as number,
      hoursPerWeek: answers.hoursPerWeek as number,
      learningStyle: answers.learningStyle as TLearningStyle,
      focus: typeof focus === 'string' && focus !== NO_PREFERENCE ? focus : null,
      fieldProject:
        field && option && option.hours > 0 && !source.code.startsWith('15-')
          ? { title: field.project, hours: option.hours }
          : null,
    },
  };
}
