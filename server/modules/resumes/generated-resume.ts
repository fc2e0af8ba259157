import { isDeepStrictEqual } from 'node:util';
import { and, eq } from 'drizzle-orm';
import type { TResumeBasics, TResumeContent } from '../../../contracts/resumes.js';
import type { DbOrTx } from '../../platform/db/index.js';
import type { TAchievementType } from '../../../contracts/achievements.js';
import {
  achievementFacts,
  listAchievementsOfTypes,
  listAllAchievements,
} from '../achievements/achievement-reads.js';
import { profileBasics, type ProfileBasics } from '../profiles/profiles.service.js';
import { listUserSkillDetails } from '../user-skills/user-skill-levels.js';
import {
  generateResume,
  regenerateSections,
  sectionsOfTypes,
  typesOfSections,
  workTypes,
  type GeneratedResume,
} from './resume-generator.js';
import { resumes } from './resumes.tables.js';

export const GENERATED_RESUME_NAME = 'Generated resume';

export interface Regenerated {
  resumeId: string;
  /** Section kinds whose content differs from the previous generation. */
  sectionsTouched: string[];
  lastGeneratedAt: Date;
}

function basicsOf(profile: ProfileBasics): TResumeBasics {
  const { linkedinUrl, githubUrl, websiteUrl } = profile.links;
  return {
    name: profile.fullName ?? profile.username,
    label: profile.headline,
    // The email stays out: the generated resume may be shared by link; the builder can add it.
    email: null,
    phone: null,
    url: websiteUrl,
    location: profile.location,
    profiles: [
      ...(linkedinUrl ? [{ network: 'LinkedIn', username: null, url: linkedinUrl }] : []),
      ...(githubUrl ? [{ network: 'GitHub', username: null, url: githubUrl }] : []),
    ],
  };
}

function touchedSections(before: TResumeContent | undefined, after: TResumeContent): string[] {
  const kinds = new Set([
    ...(before?.sections ?? []).map((s) => s.kind),
    ...after.sections.map((s) => s.kind),
  ]);
  // jsonb stores keys in its own order, so compare values, not their JSON text.
  const section = (content: TResumeContent | undefined, kind: string) =>
    content?.sections.find((s) => s.kind === kind) ?? null;
  return [...kinds].filter(
    (kind) => !isDeepStrictEqual(section(before, kind), section(after, kind)),
  );
}

/** What regenerating needs besides the records: the user's skills and profile, as stored now. */
async function skillsAndBasics(tx: DbOrTx, userId: string) {
  const skills = await listUserSkillDetails(tx, userId);
  const basics = basicsOf(await profileBasics(tx, userId));
  return { skills, basics };
}

/**
 * Builds the generated resume and saves it: the one generated row, created when missing. With
 * `changed` (the types of the record a write changed, before and after) only those sections
 * are rebuilt from their records, the rest kept from the stored resume, which comes out the
 * same as a full build (see the resume-consistency test) and reads a fraction of the records.
 * Runs in the caller's transaction, so the resume commits (or not) with the change that caused
 * it.
 */
export async function regenerateResume(
  tx: DbOrTx,
  userId: string,
  clock: () => Date,
  changed?: readonly TAchievementType[],
): Promise<Regenerated> {
  // One after another: a transaction is one connection, which runs one query at a time.
  const [existing] = await tx
    .select({ id: resumes.id, content: resumes.content })
    .from(resumes)
    .where(and(eq(resumes.userId, userId), eq(resumes.kind, 'generated')))
    .for('update');
  const now = clock();
  let generated: GeneratedResume;
  if (existing && changed) {
    const sections = sectionsOfTypes(changed);
    const records = await listAchievementsOfTypes(tx, userId, typesOfSections(sections));
    const facts = await achievementFacts(tx, userId, workTypes);
    generated = regenerateSections({
      previous: existing.content,
      sections,
      records,
      facts,
      now,
      ...(await skillsAndBasics(tx, userId)),
    });
  } else {
    const records = await listAllAchievements(tx, userId);
    generated = generateResume({
      achievements: records,
      now,
      ...(await skillsAndBasics(tx, userId)),
    });
  }
  const { content, statistics } = generated;
  const values = { content, statistics, lastGeneratedAt: now, updatedAt: now };
  let resumeId = existing?.id;
  if (resumeId) {
    await tx.update(resumes).set(values).where(eq(resumes.id, resumeId));
  } else {
    const [created] = await tx
      .insert(resumes)
      .values({ userId, kind: 'generated', name: GENERATED_RESUME_NAME, createdAt: now, ...values })
      .returning({ id: resumes.id });
    resumeId = created?.id;
  }
  if (!resumeId) throw new Error('the generated resume was not saved');
  return {
    resumeId,
    sectionsTouched: touchedSections(existing?.content, content),
    lastGeneratedAt: now,
  };
}
