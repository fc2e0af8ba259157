import { riasecAreas, type TRiasecArea } from './occupations.js';
import type { TInterestItem, TInterestScores } from './assessments.js';

const letters: Record<TRiasecArea, string> = {
  realistic: 'R',
  investigative: 'I',
  artistic: 'A',
  social: 'S',
  enterprising: 'E',
  conventional: 'C',
};

export const areaLabels: Record<TRiasecArea, string> = {
  realistic: 'Realistic',
  investigative: 'Investigative',
  artistic: 'Artistic',
  social: 'Social',
  enterprising: 'Enterprising',
  conventional: 'Conventional',
};

/**
 * Area score = sum of (rating - 1) over the area's items, so each area runs 0-40. Shared by the
 * server (stored results) and the web app (signed-out users, whose answers are never sent).
 * Ratings for unknown items are ignored; callers validate completeness first.
 */
export function scoreInterestAnswers(
  items: readonly Pick<TInterestItem, 'id' | 'area'>[],
  ratings: Readonly<Record<string, number>>,
): TInterestScores {
  const scores = Object.fromEntries(riasecAreas.map((area) => [area, 0])) as TInterestScores;
  for (const item of items) {
    const rating = ratings[item.id];
    if (rating !== undefined) scores[item.area] += rating - 1;
  }
  return scores;
}

/** The `count` highest areas, highest first; ties keep RIASEC order so the answer is stable. */
export function topAreas(scores: Readonly<Record<TRiasecArea, number>>, count = 3): TRiasecArea[] {
  return [...riasecAreas].sort((a, b) => scores[b] - scores[a]).slice(0, count);
}

export function interestCodeOf(areas: readonly TRiasecArea[]): string {
  return areas.map((area) => letters[area]).join('');
}

/** "A", "A and B", "A, B and C". */
export function listInWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** True when every score is the same: such a profile has no shape to correlate. */
export function isFlatProfile(scores: Readonly<Record<TRiasecArea, number>>): boolean {
  return riasecAreas.every((area) => scores[area] === scores[riasecAreas[0]]);
}
