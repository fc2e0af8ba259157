import type { TInterestAnswer } from '../../../contracts/assessments.js';
import type { TOccupationInterests, TRiasecArea } from '../../../contracts/occupations.js';
import type { InterestProfile } from '../occupations/occupation-store.js';
import type { OccupationRecord } from '../occupations/occupation-store.js';
import { readInterestItems } from './interest-items.js';

/** All 60 answers: `byArea` gives each area's rating (3, "Not sure", for areas not named). */
export function answersFor(byArea: Partial<Record<TRiasecArea, number>>): TInterestAnswer[] {
  return readInterestItems().items.map((item) => ({
    item: item.id,
    rating: byArea[item.area] ?? 3,
  }));
}

export function interests(values: [number, number, number, number, number, number]) {
  const [realistic, investigative, artistic, social, enterprising, conventional] = values;
  return {
    realistic,
    investigative,
    artistic,
    social,
    enterprising,
    conventional,
  } satisfies TOccupationInterests;
}

export function profile(
  code: string,
  values: [number, number, number, number, number, number] | null,
  jobZone: number | null = 3,
  title = `Occupation ${code}`,
): InterestProfile {
  return { code, title, jobZone, interests: values ? interests(values) : null };
}

/** A minimal occupation for the store, enough for matching. */
export function occupationRecord(p: InterestProfile): OccupationRecord {
  return {
    code: p.code,
    title: p.title,
    description: `${p.title} do test work.`,
    jobZone: p.jobZone,
    interests: p.interests,
    education: null,
    alternateTitles: [],
    tasks: [],
    skills: [],
    related: [],
    source: 'catalog',
    releaseId: null,
  };
}
