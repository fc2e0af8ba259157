import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { TOccupation, TOccupationSkill, TSkillKind } from '../../../contracts/occupations.js';
import type { TSkillCategory } from '../../../contracts/skills.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { AppError } from '../../platform/http/app-error.js';
import { skills } from '../skills/skills.tables.js';
import { attributionsFor } from './occupation-attribution.js';
import { summarise } from './occupation-summary.js';
import {
  occupationRelated,
  occupationSkills,
  occupationTasks,
  occupationTitles,
  occupations,
} from './occupations.tables.js';

async function readSkills(db: DbOrTx, code: string) {
  const rows = await db
    .select({
      kind: occupationSkills.kind,
      slug: skills.slug,
      name: skills.name,
      category: skills.category,
      importance: occupationSkills.importance,
      level: occupationSkills.level,
      hot: occupationSkills.hot,
    })
    .from(occupationSkills)
    .innerJoin(skills, eq(skills.id, occupationSkills.skillId))
    .where(eq(occupationSkills.code, code))
    // Most important first; technology skills (not rated) in-demand first; then by name.
    .orderBy(
      sql`${occupationSkills.importance} desc nulls last`,
      desc(occupationSkills.hot),
      sql`${occupationSkills.level} desc nulls last`,
      asc(sql`lower(${skills.name})`),
    );
  const byKind: Record<TSkillKind, TOccupationSkill[]> = {
    skill: [],
    knowledge: [],
    technology: [],
  };
  for (const { kind, ...row } of rows) {
    byKind[kind as TSkillKind].push({ ...row, category: row.category as TSkillCategory });
  }
  return byKind;
}

/** Everything about one occupation, for its page; 404 when the code is not in the store. */
export async function getOccupation(db: DbOrTx, code: string): Promise<TOccupation> {
  const [occupation] = await db.select().from(occupations).where(eq(occupations.code, code));
  if (!occupation) throw AppError.notFound(`Occupation "${code}"`);

  const [titles, tasks, rated, related, releases] = await Promise.all([
    db
      .select({ title: occupationTitles.title })
      .from(occupationTitles)
      .where(and(eq(occupationTitles.code, code), eq(occupationTitles.kind, 'alternate')))
      .orderBy(asc(sql`lower(${occupationTitles.title})`)),
    db
      .select({ statement: occupationTasks.statement, core: occupationTasks.core })
      .from(occupationTasks)
      .where(eq(occupationTasks.code, code))
      .orderBy(desc(occupationTasks.core), asc(occupationTasks.position)),
    readSkills(db, code),
    db
      .select({ code: occupations.code, title: occupations.title, jobZone: occupations.jobZone })
      .from(occupationRelated)
      .innerJoin(occupations, eq(occupations.code, occupationRelated.relatedCode))
      .where(eq(occupationRelated.code, code))
      .orderBy(asc(occupationRelated.rank), asc(occupations.code)),
    occupation.source === 'onet' && occupation.releaseId !== null
      ? attributionsFor(db, [occupation.releaseId])
      : Promise.resolve(new Map()),
  ]);

  return {
    code: occupation.code,
    title: occupation.title,
    summary: summarise(occupation.description),
    description: occupation.description,
    jobZone: occupation.jobZone,
    interestCode: occupation.interestCode,
    source: occupation.source as TOccupation['source'],
    alternateTitles: titles.map((row) => row.title),
    tasks,
    interests: occupation.interests,
    education: occupation.education,
    skills: rated.skill,
    knowledge: rated.knowledge,
    technology: rated.technology,
    related,
    attribution:
      occupation.releaseId !== null ? (releases.get(occupation.releaseId) ?? null) : null,
  };
}
