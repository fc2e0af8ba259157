import type { TCareerMatch } from '../../../contracts/assessments.js';
import { areaLabels, listInWords, topAreas } from '../../../contracts/interest-scoring.js';
import { riasecAreas, type TRiasecArea } from '../../../contracts/occupations.js';
import { AppError } from '../../platform/http/app-error.js';
import type { InterestProfile } from '../occupations/occupation-store.js';

type AreaVector = Readonly<Record<TRiasecArea, number>>;

/** An occupation ready to be correlated: its profile centred and scaled to unit length. */
export interface PreparedProfile {
  code: string;
  title: string;
  jobZone: number | null;
  unit: Float64Array;
  topAreas: TRiasecArea[];
}

/**
 * The profile minus its mean, divided by its length; null for a flat profile (every area the
 * same), which has no correlation with anything. The Pearson correlation of two profiles is
 * then the dot product of their unit vectors.
 */
export function unitVector(profile: AreaVector): Float64Array | null {
  const values = riasecAreas.map((area) => profile[area]);
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  const centred = values.map((v) => v - mean);
  const length = Math.sqrt(centred.reduce((sum, v) => sum + v * v, 0));
  if (length < 1e-9) return null;
  return Float64Array.from(centred, (v) => v / length);
}

/** Occupations without interest ratings, or with a flat profile, are left out. */
export function prepareProfiles(profiles: readonly InterestProfile[]): PreparedProfile[] {
  const prepared: PreparedProfile[] = [];
  for (const p of profiles) {
    if (!p.interests) continue;
    const unit = unitVector(p.interests);
    if (!unit) continue;
    prepared.push({
      code: p.code,
      title: p.title,
      jobZone: p.jobZone,
      unit,
      topAreas: topAreas(p.interests),
    });
  }
  return prepared;
}

/** Pearson correlation, -1 to 1, of two profiles (null when either is flat). */
export function pearson(a: AreaVector, b: AreaVector): number | null {
  const ua = unitVector(a);
  const ub = unitVector(b);
  return ua && ub ? dot(ua, ub) : null;
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i += 1) sum += (a[i] ?? 0) * (b[i] ?? 0);
  return sum;
}

/** Rounded so that profiles equal up to floating-point noise tie, and ties go by code. */
function sortKey(correlation: number): number {
  return Math.round(correlation * 1e9);
}

export function flatProfileError(): AppError {
  return new AppError(
    'UNPROCESSABLE',
    'All six scores are the same, so there is no pattern to match careers against: rate some activities higher than others.',
    [{ path: 'profile', message: 'all six area scores are equal' }],
  );
}

export interface RankedOccupation {
  profile: PreparedProfile;
  correlation: number;
}

/**
 * Every occupation ranked by correlation with `scores`, highest first, ties by code: the same
 * input always gives the same order. `jobZones` (when given) keeps only those zones.
 */
export function rankOccupations(
  profiles: readonly PreparedProfile[],
  scores: AreaVector,
  jobZones?: readonly number[],
): RankedOccupation[] {
  const unit = unitVector(scores);
  if (!unit) throw flatProfileError();
  const zones = jobZones && jobZones.length > 0 ? new Set(jobZones) : null;
  const ranked: (RankedOccupation & { key: number })[] = [];
  for (const profile of profiles) {
    if (zones && (profile.jobZone === null || !zones.has(profile.jobZone))) continue;
    const correlation = dot(unit, profile.unit);
    ranked.push({ profile, correlation, key: sortKey(correlation) });
  }
  ranked.sort(
    (a, b) =>
      b.key - a.key ||
      (a.profile.code < b.profile.code ? -1 : a.profile.code > b.profile.code ? 1 : 0),
  );
  return ranked;
}

/** Why an occupation fits, from the top areas the two profiles share. */
export function matchReason(
  title: string,
  userTop: readonly TRiasecArea[],
  occupationTop: readonly TRiasecArea[],
): { sharedAreas: TRiasecArea[]; reason: string } {
  const sharedAreas = userTop.filter((area) => occupationTop.includes(area));
  const names = (areas: readonly TRiasecArea[]) => listInWords(areas.map((a) => areaLabels[a]));
  if (sharedAreas.length >= 2) {
    return { sharedAreas, reason: `Like you, ${title} rank ${names(sharedAreas)} highest.` };
  }
  if (sharedAreas.length === 1) {
    return {
      sharedAreas,
      reason: `Like you, ${title} rank ${names(sharedAreas)} among their top areas.`,
    };
  }
  return {
    sharedAreas,
    reason: `${title} rank ${names(occupationTop)} highest, none of them among your top three.`,
  };
}

export function toMatch(ranked: RankedOccupation, userTop: readonly TRiasecArea[]): TCareerMatch {
  const { profile, correlation } = ranked;
  const r = Math.max(-1, Math.min(1, correlation));
  return {
    code: profile.code,
    title: profile.title,
    jobZone: profile.jobZone,
    topAreas: profile.topAreas,
    fit: { correlation: Math.round(r * 1e4) / 1e4, percent: Math.round((r + 1) * 50) },
    ...matchReason(profile.title, userTop, profile.topAreas),
  };
}
