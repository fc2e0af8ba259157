import { and, eq, sql } from 'drizzle-orm';
import type {
  TPublicResume,
  TResumePublicLink,
  TResumeTemplate,
} from '../../../contracts/resumes.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { hashToken, randomToken } from '../../platform/crypto/tokens.js';
import { AppError } from '../../platform/http/app-error.js';
import { resumeContent } from './resume-content.js';
import { resumes } from './resumes.tables.js';

export const publicResumePath = (token: string) => `/r/${token}`;

/**
 * On: a new secret each time (an old link never comes back); only its hash is stored, so the
 * address is shown once, in this answer. A leaked table then opens no resume; an owner who lost
 * the address turns the link off and on for a new one. Off: the hash is dropped and the link
 * stops working. The counts stay with the resume.
 */
export async function setPublicLink(
  db: DbOrTx,
  userId: string,
  resumeId: string,
  enabled: boolean,
  publicUrl: string,
): Promise<TResumePublicLink> {
  const token = enabled ? randomToken() : null;
  const [row] = await db
    .update(resumes)
    .set({ publicEnabled: enabled, publicTokenHash: token ? hashToken(token) : null })
    .where(and(eq(resumes.id, resumeId), eq(resumes.userId, userId)))
    .returning({ views: resumes.views, downloads: resumes.downloads });
  if (!row) throw AppError.notFound('Resume');
  return {
    enabled,
    url: token ? `${publicUrl}${publicResumePath(token)}` : null,
    views: row.views,
    downloads: row.downloads,
  };
}

/**
 * The resume behind a public link, counting a view or a download in the same statement; a
 * wrong or switched-off token is a 404 that says nothing about whether it ever existed.
 */
export async function openPublicResume(
  db: DbOrTx,
  token: string,
  count: 'views' | 'downloads',
): Promise<TPublicResume & { name: string }> {
  const [row] = await db
    .update(resumes)
    .set(
      count === 'views'
        ? { views: sql`${resumes.views} + 1` }
        : { downloads: sql`${resumes.downloads} + 1` },
    )
    .where(and(eq(resumes.publicTokenHash, hashToken(token)), eq(resumes.publicEnabled, true)))
    .returning({ name: resumes.name, template: resumes.template, content: resumeContent });
  if (!row) throw AppError.notFound('Resume');
  return { name: row.name, template: row.template as TResumeTemplate, content: row.content };
}
