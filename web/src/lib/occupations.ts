import { riasecAreas, type TRiasecArea } from '../../../contracts/occupations';

export { riasecAreas };

export const areaLabels: Record<TRiasecArea, string> = {
  realistic: 'Realistic',
  investigative: 'Investigative',
  artistic: 'Artistic',
  social: 'Social',
  enterprising: 'Enterprising',
  conventional: 'Conventional',
};

/** What each interest area is about, in a few words. */
export const areaHints: Record<TRiasecArea, string> = {
  realistic: 'hands-on work with tools, machines, plants or animals',
  investigative: 'ideas, research and solving problems',
  artistic: 'self-expression, design and creative work',
  social: 'helping, teaching and caring for people',
  enterprising: 'leading, persuading and starting things',
  conventional: 'order, data, detail and procedures',
};

const areaByLetter = Object.fromEntries(
  riasecAreas.map((area) => [area[0]?.toUpperCase(), area]),
) as Record<string, TRiasecArea>;

/** "IRC" -> "Investigative, Realistic, Conventional". */
export function describeInterestCode(code: string): string {
  return [...code]
    .map((letter) => areaByLetter[letter])
    .filter((area): area is TRiasecArea => area !== undefined)
    .map((area) => areaLabels[area])
    .join(', ');
}

export const jobZones = [1, 2, 3, 4, 5] as const;

/** O*NET's job zones, in words: how much preparation the work takes. */
export const jobZoneNames: Record<number, string> = {
  1: 'Little or no preparation',
  2: 'Some preparation',
  3: 'Medium preparation',
  4: 'Considerable preparation',
  5: 'Extensive preparation',
};

export const jobZoneDetails: Record<number, string> = {
  1: 'Usually a high-school diploma or less; a few days to a few months of training on the job.',
  2: 'Usually a high-school diploma; some previous work experience is helpful.',
  3: 'Usually vocational training, an associate’s degree or an apprenticeship, with some experience.',
  4: 'Usually a bachelor’s degree and several years of related experience.',
  5: 'Usually a graduate degree and extensive experience.',
};

export function parseJobZone(value: string | null): number | undefined {
  const zone = Number(value);
  return jobZones.find((z) => z === zone);
}

export function parseArea(value: string | null): TRiasecArea | undefined {
  return riasecAreas.find((area) => area === value);
}

/** Scores are shown with one decimal at most ("4.5", "3"). */
export function formatScore(value: number): string {
  return (Math.round(value * 10) / 10).toString();
}
