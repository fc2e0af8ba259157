import {
  achievementLimits,
  ZCreateAchievementRequest,
  type TAchievement,
  type TCreateAchievement,
  type TCreateAchievementRequest,
} from '../../../contracts/achievements.js';
import type { Tx } from '../../platform/db/index.js';
import type { DomainEvents } from '../../platform/events/domain-events.js';
import { AppError, isAppError } from '../../platform/http/app-error.js';
import { PermanentJobError } from '../../platform/jobs/index.js';
import { findAchievementByExternalRef } from '../achievements/achievement-by-external-ref.js';
import { upsertAchievementByExternalRef } from '../achievements/achievements.service.js';

/** What a processed delivery asks the achievements module to create or update. */
export interface AchievementSinkRequest {
  /** Stable id of the record at the source ("github:octo-org/hello-world"): one achievement each. */
  externalRef: string;
  input: TCreateAchievementRequest;
  /** Set when the source itself vouches for the record (an issuer's signed webhook). */
  verification?: { state: 'verified'; verifiedBy: string; verifiedAt: string };
  /** Add the input's highlights and skills to an existing record's instead of replacing them. */
  mergeHighlights?: boolean;
}

export interface AchievementSinkResult {
  achievementId: string;
  created: boolean;
  /** What changed elsewhere (skills, resume), as the achievements module reports it. */
  effects?: unknown;
  /** Skill names the taxonomy does not know, left off rather than failing the delivery. */
  droppedSkills?: string[];
}

/**
 * The achievements module's write path, injected so this module never touches its tables; runs
 * inside the transaction that marks the delivery processed.
 */
export type ApplyAchievement = (
  tx: Tx,
  userId: string,
  request: AchievementSinkRequest,
) => Promise<AchievementSinkResult>;

const SKILL_PATH = /^body\.skills\.(\d+)$/;

/** The skill indexes a refused write names, when every problem is an unknown skill. */
function refusedSkillIndexes(err: unknown): Set<number> | undefined {
  if (!isAppError(err) || err.status >= 500 || !err.details?.length) return undefined;
  const indexes = err.details.map((d) => SKILL_PATH.exec(d.path)?.[1]);
  if (indexes.some((i) => i === undefined)) return undefined;
  return new Set(indexes.map(Number));
}

const unique = <T>(items: readonly T[], key: (item: T) => string = String) => [
  ...new Map(items.map((item) => [key(item), item])).values(),
];
const earliest = (...days: (string | null | undefined)[]) =>
  days.filter((d): d is string => !!d).sort()[0] ?? null;
const latest = (...days: (string | null | undefined)[]) =>
  days
    .filter((d): d is string => !!d)
    .sort()
    .at(-1) ?? null;

/** The record grown by the input: one more highlight, skill or link; its span widened. */
function merged(existing: TAchievement, input: TCreateAchievement): TCreateAchievement {
  const startDate = earliest(existing.startDate, existing.endDate, input.startDate, input.endDate);
  return {
    ...input,
    startDate,
    endDate: existing.ongoing || input.ongoing ? null : latest(existing.endDate, input.endDate),
    ongoing: existing.ongoing || input.ongoing,
    // The newest highlights are kept when the record is full.
    highlights: unique([...existing.highlights, ...input.highlights]).slice(
      -achievementLimits.highlights,
    ),
    skills: unique([...existing.skills.map((s) => s.name), ...input.skills], (s) =>
      s.toLowerCase(),
    ).slice(0, achievementLimits.skills),
    links: unique([...existing.links, ...input.links], (l) => l.url).slice(
      0,
      achievementLimits.links,
    ),
  };
}

function parseInput(input: TCreateAchievementRequest): TCreateAchievement {
  const parsed = ZCreateAchievementRequest.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  throw new PermanentJobError(`the achievement does not fit: ${issues.slice(0, 5).join('; ')}`);
}

/**
 * The real sink: upserts the record by its external reference. A skill the taxonomy does not
 * know (a repository language, an issuer's own skill name) is dropped and reported in the
 * result, so the rest of the record still lands.
 */
export function achievementSink(deps: { events: DomainEvents; now: () => Date }): ApplyAchievement {
  return async (tx, userId, request) => {
    const merging = request.mergeHighlights === true;
    const existing = await findAchievementByExternalRef(tx, userId, request.externalRef, {
      skills: merging,
    });
    let input = parseInput(request.input);
    if (existing && merging) input = merged(existing, input);
    const verification = request.verification && {
      ...request.verification,
      verifiedAt: new Date(request.verification.verifiedAt),
    };
    const write = (body: TCreateAchievement) =>
      upsertAchievementByExternalRef(
        tx,
        deps,
        userId,
        request.externalRef,
        body,
        'integration',
        verification,
      );
    let droppedSkills: string[] = [];
    let saved;
    try {
      // Unknown skills are refused before anything is written, so a second try is clean.
      saved = await write(input);
    } catch (err) {
      const refused = refusedSkillIndexes(err);
      if (!refused) throw err;
      droppedSkills = input.skills.filter((_, i) => refused.has(i));
      saved = await write({ ...input, skills: input.skills.filter((_, i) => !refused.has(i)) });
    }
    if (!saved.item) throw new AppError('INTERNAL', 'the achievement was not saved');
    return {
      achievementId: saved.item.id,
      created: !existing,
      effects: saved.effects,
      ...(droppedSkills.length > 0 ? { droppedSkills } : {}),
    };
  };
}
