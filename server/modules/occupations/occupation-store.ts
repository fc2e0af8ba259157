import { asc, inArray, sql } from 'drizzle-orm';
import {
  riasecAreas,
  type TOccupationEducation,
  type TOccupationInterests,
  type TSkillKind,
} from '../../../contracts/occupations.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { bulkInsert } from './bulk-insert.js';
import {
  occupationRelated,
  occupationSkills,
  occupationTasks,
  occupationTitles,
  occupations,
} from './occupations.tables.js';
import { occupationCatalogChanged } from './occupation-search-index.js';

export interface OccupationSkillRef {
  skillId: number;
  kind: TSkillKind;
  importance: number | null;
  level: number | null;
  hot: boolean;
  /** O*NET's "in demand" flag for a technology; false when not given. */
  inDemand?: boolean;
}

/** One occupation, normalised: what both the starter catalog and an O*NET import produce. */
export interface OccupationRecord {
  code: string;
  title: string;
  description: string;
  jobZone: number | null;
  interests: TOccupationInterests | null;
  education: TOccupationEducation | null;
  alternateTitles: string[];
  tasks: { statement: string; core: boolean }[];
  skills: OccupationSkillRef[];
  /** Related occupations, best first (rank 1). Codes not in the store are skipped. */
  related: { code: string; rank: number }[];
  source: 'catalog' | 'onet';
  releaseId: number | null;
}

export interface UpsertOptions {
  /** Called after each batch with the number of rows just written. */
  onProgress?: (rows: number) => void;
}

export interface UpsertCounts {
  occupations: number;
  titles: number;
  tasks: number;
  skills: number;
  related: number;
}

const DELETE_BATCH = 1000;

const occupationColumns = {
  code: 'text',
  title: 'text',
  description: 'text',
  job_zone: 'smallint',
  interests: 'jsonb',
  interest_code: 'text',
  education: 'jsonb',
  source: 'text',
  release_id: 'integer',
};

const letters: Record<(typeof riasecAreas)[number], string> = {
  realistic: 'R',
  investigative: 'I',
  artistic: 'A',
  social: 'S',
  enterprising: 'E',
  conventional: 'C',
};

/** The top three interest areas as letters, highest first; ties go in RIASEC order. */
export function interestCode(interests: TOccupationInterests | null): string {
  if (!interests) return '';
  return riasecAreas
    .map((area, order) => ({ area, order, score: interests[area] }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, 3)
    .map(({ area }) => letters[area])
    .join('');
}

function titleRows(record: OccupationRecord) {
  const seen = new Set([record.title.trim().toLowerCase()]);
  const rows = [{ code: record.code, title: record.title.trim(), kind: 'primary' }];
  for (const raw of record.alternateTitles) {
    const title = raw.trim();
    const key = title.toLowerCase();
    if (!title || seen.has(key)) continue;
    seen.add(key);
    rows.push({ code: record.code, title, kind: 'alternate' });
  }
  return rows;
}

/** One row per (kind, skill): two refs to one skill keep the higher importance, hot if either. */
function skillRows(record: OccupationRecord) {
  const byKey = new Map<string, OccupationSkillRef>();
  for (const ref of record.skills) {
    const key = `${ref.kind}:${ref.skillId}`;
    const previous = byKey.get(key);
    if (!previous) byKey.set(key, { ...ref });
    else {
      const keepNew = (ref.importance ?? -1) > (previous.importance ?? -1);
      byKey.set(key, {
        ...(keepNew ? ref : previous),
        hot: previous.hot || ref.hot,
        inDemand: !!previous.inDemand || !!ref.inDemand,
      });
    }
  }
  return [...byKey.values()].map((ref) => ({
    code: record.code,
    skill_id: ref.skillId,
    kind: ref.kind,
    importance: ref.importance,
    level: ref.level,
    hot: ref.hot,
    in_demand: !!ref.inDemand,
  }));
}

function relatedRows(record: OccupationRecord, known: Set<string>) {
  const seen = new Set<string>();
  const rows: { code: string; related_code: string; rank: number }[] = [];
  for (const { code, rank } of [...record.related].sort((a, b) => a.rank - b.rank)) {
    if (code === record.code || seen.has(code) || !known.has(code)) continue;
    seen.add(code);
    rows.push({ code: record.code, related_code: code, rank });
  }
  return rows;
}

async function existingCodes(tx: DbOrTx, codes: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < codes.length; i += DELETE_BATCH) {
    const rows = await tx
      .select({ code: occupations.code })
      .from(occupations)
      .where(inArray(occupations.code, codes.slice(i, i + DELETE_BATCH)));
    for (const row of rows) found.add(row.code);
  }
  return found;
}

/**
 * The one write path for occupations. Upserts each occupation by code and replaces its titles,
 * tasks, skills and related occupations, so running it again updates in place and duplicates
 * nothing. Run it inside a transaction.
 */
export async function upsertOccupations(
  tx: DbOrTx,
  records: readonly OccupationRecord[],
  options: UpsertOptions = {},
): Promise<UpsertCounts> {
  const { onProgress } = options;
  const codes = records.map((record) => record.code);
  if (new Set(codes).size !== codes.length) throw new Error('upsertOccupations: a code repeats');

  const occupationRows = records.map((record) => ({
    code: record.code,
    title: record.title.trim(),
    description: record.description,
    job_zone: record.jobZone,
    interests: record.interests,
    interest_code: interestCode(record.interests),
    education: record.education,
    source: record.source,
    release_id: record.releaseId,
  }));
  await bulkInsert(tx, 'occupations', occupationColumns, occupationRows, {
    onConflict: sql`on conflict (code) do update set title = excluded.title,
      description = excluded.description, job_zone = excluded.job_zone,
      interests = excluded.interests, interest_code = excluded.interest_code,
      education = excluded.education, source = excluded.source,
      release_id = excluded.release_id, updated_at = now()`,
    onProgress,
  });

  for (let i = 0; i < codes.length; i += DELETE_BATCH) {
    const batch = codes.slice(i, i + DELETE_BATCH);
    await tx.delete(occupationTitles).where(inArray(occupationTitles.code, batch));
    await tx.delete(occupationTasks).where(inArray(occupationTasks.code, batch));
    await tx.delete(occupationSkills).where(inArray(occupationSkills.code, batch));
    await tx.delete(occupationRelated).where(inArray(occupationRelated.code, batch));
  }

  const titles = records.flatMap(titleRows);
  const tasks = records.flatMap((record) =>
    record.tasks.map((task, index) => ({
      code: record.code,
      position: index + 1,
      statement: task.statement,
      core: task.core,
    })),
  );
  const skills = records.flatMap(skillRows);
  const ownCodes = new Set(codes);
  const elsewhere = [
    ...new Set(
      records.flatMap((r) => r.related.map((x) => x.code)).filter((c) => !ownCodes.has(c)),
    ),
  ];
  const known = new Set([...ownCodes, ...(await existingCodes(tx, elsewhere))]);
  const related = records.flatMap((record) => relatedRows(record, known));

  await bulkInsert(tx, 'occupation_titles', { code: 'text', title: 'text', kind: 'text' }, titles, {
    onProgress,
  });
  occupationCatalogChanged();
  await bulkInsert(
    tx,
    'occupation_tasks',
    { code: 'text', position: 'smallint', statement: 'text', core: 'boolean' },
    tasks,
    { onProgress },
  );
  await bulkInsert(
    tx,
    'occupation_skills',
    {
      code: 'text',
      skill_id: 'integer',
      kind: 'text',
      importance: 'real',
      level: 'real',
      hot: 'boolean',
      in_demand: 'boolean',
    },
    skills,
    { onProgress },
  );
  await bulkInsert(
    tx,
    'occupation_related',
    { code: 'text', related_code: 'text', rank: 'smallint' },
    related,
    { onProgress },
  );

  return {
    occupations: records.length,
    titles: titles.length,
    tasks: tasks.length,
    skills: skills.length,
    related: related.length,
  };
}

export interface InterestProfile {
  code: string;
  title: string;
  jobZone: number | null;
  /** Null when the occupation has no interest ratings. */
  interests: TOccupationInterests | null;
}

/** Every occupation's interest profile, by code (what the interest matcher scores against). */
export async function readInterestProfiles(db: DbOrTx): Promise<InterestProfile[]> {
  return db
    .select({
      code: occupations.code,
      title: occupations.title,
      jobZone: occupations.jobZone,
      interests: occupations.interests,
    })
    .from(occupations)
    .orderBy(asc(occupations.code));
}
