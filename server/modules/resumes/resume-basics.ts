import { and, eq } from 'drizzle-orm';
import type { TResumeBasics } from '../../../contracts/resumes.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { regenerateResume } from './generated-resume.js';
import { getResume } from './resumes.service.js';
import { resumes } from './resumes.tables.js';

/**
 * The basics (name, contact) of one of the user's resumes, or of the generated one when no id
 * is given, made first when missing; what other documents (a cover letter) put in their header.
 * Another user's resume is a 404, as everywhere.
 */
export async function resumeBasics(
  tx: DbOrTx,
  userId: string,
  resumeId: string | null,
  clock: () => Date,
): Promise<{ resumeId: string; basics: TResumeBasics }> {
  if (resumeId) {
    const resume = await getResume(tx, userId, resumeId);
    return { resumeId, basics: resume.content.basics };
  }
  const [generated] = await tx
    .select({ id: resumes.id, content: resumes.content })
    .from(resumes)
    .where(and(eq(resumes.userId, userId), eq(resumes.kind, 'generated')))
    .limit(1);
  if (generated) return { resumeId: generated.id, basics: generated.content.basics };
  const made = await regenerateResume(tx, userId, clock);
  const resume = await getResume(tx, userId, made.resumeId);
  return { resumeId: made.resumeId, basics: resume.content.basics };
}
