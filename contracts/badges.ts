import { z } from 'zod';

export const badgeCategories = ['roadmaps', 'achievements', 'skills', 'consistency'] as const;
export const ZBadgeCategory = z.enum(badgeCategories);
export type TBadgeCategory = z.infer<typeof ZBadgeCategory>;

/** How far a user is towards a badge: `current` of `target` (both 1 for a one-off). */
export const ZBadgeProgress = z.object({
  current: z.number().int(),
  target: z.number().int(),
});
export type TBadgeProgress = z.infer<typeof ZBadgeProgress>;

export const ZBadge = z.object({
  key: z.string(),
  name: z.string(),
  description: z.string(),
  category: ZBadgeCategory,
  points: z.number().int(),
  /** A lucide-react icon name, e.g. "Flag". */
  icon: z.string(),
  /** The criterion in words, for a badge not yet earned. */
  criterion: z.string(),
  earned: z.boolean(),
  earnedAt: z.iso.datetime().nullable(),
  progress: ZBadgeProgress,
});
export type TBadge = z.infer<typeof ZBadge>;

export const ZListBadgesResponse = z.object({
  /** Every badge, earned or not, in display order. */
  items: z.array(ZBadge),
  /** The points of the badges earned. */
  totalPoints: z.number().int(),
  earnedCount: z.number().int(),
});
export type TListBadgesResponse = z.infer<typeof ZListBadgesResponse>;
