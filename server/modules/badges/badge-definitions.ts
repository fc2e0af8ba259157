import type { TBadgeCategory } from '../../../contracts/badges.js';
import type { DomainEventName } from '../../platform/events/domain-events.js';

/**
 * What a criterion counts:
 * - `occurrence`: the event itself (a first time);
 * - `totalAchievements` / `totalOfType`: the counts achievement.created / .deleted carry;
 * - `skills`: the user's skills, read through the skills service;
 * - `streakDays`: consecutive UTC days with activity, ending today.
 */
export type BadgeCount =
  'occurrence' | 'totalAchievements' | 'totalOfType' | 'skills' | 'streakDays';

export interface BadgeCriterion {
  /** The events that may award it. */
  events: readonly DomainEventName[];
  /** Payload fields that must hold these values, e.g. `{ type: 'course' }`. */
  when?: Readonly<Record<string, string | boolean>>;
  count: BadgeCount;
  atLeast: number;
}

export interface BadgeDefinition {
  key: string;
  name: string;
  description: string;
  category: TBadgeCategory;
  points: number;
  /** A lucide-react icon name. */
  icon: string;
  /** The criterion in words, shown while the badge is locked. */
  criterionText: string;
  criterion: BadgeCriterion;
}

/** The events that count as a day of activity for streaks. */
export const activityEvents: readonly DomainEventName[] = [
  'achievement.created',
  'achievement.verified',
  'roadmap.milestone.completed',
  'skill.added',
  'skill.verified',
];

// A deletion only lowers the progress shown on a locked badge (an earned one stays earned).
const achievementsAtLeast = (atLeast: number): BadgeCriterion => ({
  events: ['achievement.created', 'achievement.deleted'],
  count: 'totalAchievements',
  atLeast,
});
const firstOfType = (type: string): BadgeCriterion => ({
  events: ['achievement.created', 'achievement.deleted'],
  when: { type },
  count: 'totalOfType',
  atLeast: 1,
});

/** Every badge, in display order. Keys are stable: earned badges refer to them. */
export const badgeDefinitions: readonly BadgeDefinition[] = [
  {
    key: 'first-milestone',
    name: 'First milestone',
    description: 'You completed your first roadmap milestone.',
    category: 'roadmaps',
    points: 10,
    icon: 'Flag',
    criterionText: 'Complete a milestone of a roadmap',
    criterion: { events: ['roadmap.milestone.completed'], count: 'occurrence', atLeast: 1 },
  },
  {
    key: 'roadmap-completed',
    name: 'Roadmap completed',
    description: 'You completed every milestone of a roadmap.',
    category: 'roadmaps',
    points: 50,
    icon: 'Map',
    criterionText: 'Complete every milestone of a roadmap',
    criterion: {
      events: ['roadmap.milestone.completed'],
      when: { roadmapCompleted: true },
      count: 'occurrence',
      atLeast: 1,
    },
  },
  {
    key: 'first-skill',
    name: 'First skill',
    description: 'You added your first skill.',
    category: 'skills',
    points: 5,
    icon: 'Sparkles',
    criterionText: 'Add a skill to your profile',
    criterion: { events: ['skill.added'], count: 'occurrence', atLeast: 1 },
  },
  {
    key: 'five-skills',
    name: 'Skill collector',
    description: 'You have five skills on your profile.',
    category: 'skills',
    points: 15,
    icon: 'Layers',
    criterionText: 'Have 5 skills on your profile',
    criterion: { events: ['skill.added'], count: 'skills', atLeast: 5 },
  },
  {
    key: 'first-verified-skill',
    name: 'Verified skill',
    description: 'One of your skills is backed by evidence.',
    category: 'skills',
    points: 20,
    icon: 'BadgeCheck',
    criterionText: 'Get a skill verified by evidence or a mentor',
    criterion: { events: ['skill.verified'], count: 'occurrence', atLeast: 1 },
  },
  {
    key: 'first-achievement',
    name: 'First achievement',
    description: 'You recorded your first achievement.',
    category: 'achievements',
    points: 10,
    icon: 'Award',
    criterionText: 'Record an achievement',
    criterion: achievementsAtLeast(1),
  },
  {
    key: 'ten-achievements',
    name: 'Ten achievements',
    description: 'You recorded ten achievements.',
    category: 'achievements',
    points: 30,
    icon: 'Medal',
    criterionText: 'Record 10 achievements',
    criterion: achievementsAtLeast(10),
  },
  {
    key: 'twenty-five-achievements',
    name: 'Twenty-five achievements',
    description: 'You recorded twenty-five achievements.',
    category: 'achievements',
    points: 75,
    icon: 'Trophy',
    criterionText: 'Record 25 achievements',
    criterion: achievementsAtLeast(25),
  },
  {
    key: 'first-course',
    name: 'First course completed',
    description: 'You recorded a course you completed.',
    category: 'achievements',
    points: 10,
    icon: 'GraduationCap',
    criterionText: 'Record a completed course',
    criterion: firstOfType('course'),
  },
  {
    key: 'first-certification',
    name: 'Certified',
    description: 'You recorded your first certification.',
    category: 'achievements',
    points: 20,
    icon: 'ScrollText',
    criterionText: 'Record a certification',
    criterion: firstOfType('certification'),
  },
  {
    key: 'first-internship',
    name: 'First internship',
    description: 'You recorded an internship.',
    category: 'achievements',
    points: 20,
    icon: 'Briefcase',
    criterionText: 'Record an internship',
    criterion: firstOfType('internship'),
  },
  {
    key: 'first-verified-achievement',
    name: 'Verified achievement',
    description: 'One of your achievements was verified.',
    category: 'achievements',
    points: 25,
    icon: 'ShieldCheck',
    criterionText: 'Have an achievement verified',
    criterion: { events: ['achievement.verified'], count: 'occurrence', atLeast: 1 },
  },
  {
    key: 'seven-day-streak',
    name: 'Seven-day streak',
    description: 'You made progress seven days in a row.',
    category: 'consistency',
    points: 40,
    icon: 'Flame',
    criterionText: 'Make progress (a milestone, a skill, an achievement) 7 days in a row',
    criterion: { events: activityEvents, count: 'streakDays', atLeast: 7 },
  },
];
