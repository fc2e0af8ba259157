import { and, eq, isNull, ne } from 'drizzle-orm';
import type { Cache } from '../../platform/cache/index.js';
import { userCacheGroup } from './auth.guard.js';
import { sessions } from './auth.tables.js';
import type { SessionDeps } from './sessions.service.js';

/**
 * Ends every session of a user but `keep` (none when omitted: password change, suspension), and
 * drops their cached state so their access tokens stop working at once.
 */
export async function revokeOtherSessions(
  deps: Pick<SessionDeps, 'database' | 'now'> & { cache: Cache },
  userId: string,
  keep?: string,
  reason = 'revoked-by-user',
): Promise<number> {
  const revoked = await deps.database.db
    .update(sessions)
    .set({ revokedAt: deps.now(), revokedReason: reason })
    .where(
      and(
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        keep ? ne(sessions.id, keep) : undefined,
      ),
    )
    .returning({ id: sessions.id });
  await deps.cache.invalidateGroup(userCacheGroup(userId));
  return revoked.length;
}
