import { isDeepStrictEqual } from 'node:util';
import { and, eq } from 'drizzle-orm';
import type { TResumeBasics, TResumeContent } from '../../../contracts/resumes.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { listAllAchievements } from '../achievements/achievement-reads.js';
import { profileBasics, type ProfileBasics } from '../profiles/profiles.service.js';
import { listUserSkillDetails } from '../user-skills/user-skill-levels.js';
import { generateResume } from './resume-generator.js';
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

/**
 * Reads the user's records, skills and profile, builds the generated resume and saves it: the
 * one generated row, created when missing. Runs in the caller's transaction, so the resume
 * commits (or not) with the change that caused it.
 */
export async function regenerateResume(
  tx: DbOrTx,
  userId: string,
  clock: () => Date,
): Promise<Regenerated> {
  // One after another: a transaction is one connection, which runs one query at a time.
  const records = await listAllAchievements(tx, userId);
  const skills = await listUserSkillDetails(tx, userId);
  const profile = await profileBasics(tx, userId);
  const [existing] = await tx
    .select({ id: resumes.id, content: resumes.content })
    .from(resumes)
    .where(and(eq(resumes.userId, userId), eq(resumes.kind, 'generated')))
    .for('update');
  const now = clock();
  const { content, statistics } = generateResume({
    achievements: records,
    skills,
    basics: basicsOf(profile),
    now,
  });
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
