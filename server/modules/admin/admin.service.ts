import { and, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { TAdminUser } from '../../../contracts/admin.js';
import type { TRole } from '../../../contracts/auth.js';
import type { Cache } from '../../platform/cache/index.js';
import type { Database, DbOrTx } from '../../platform/db/index.js';
import { AppError } from '../../platform/http/app-error.js';
import { userCacheGroup } from '../auth/auth.guard.js';
import { revokeOtherSessions } from '../auth/sessions-revoke.js';
import { users } from '../users/users.tables.js';

export interface AdminDeps {
  database: Database;
  cache: Cache;
  now: () => Date;
}

type UserRow = typeof users.$inferSelect;

export function presentAdminUser(user: UserRow): TAdminUser {
  return {
    id: user.id,
    username: user.username,
    email: user.email,
    emailVerified: user.emailVerifiedAt !== null,
    roles: user.roles as TRole[],
    status: user.status,
    createdAt: user.createdAt.toISOString(),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Usernames of the given account ids; ids of deleted accounts (or not ids at all) are left out. */
export async function usernamesByIds(
  deps: AdminDeps,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id) => UUID.test(id)))];
  if (wanted.length === 0) return new Map();
  const rows = await deps.database.db
    .select({ id: users.id, username: users.username })
    .from(users)
    .where(inArray(users.id, wanted));
  return new Map(rows.map((row) => [row.id, row.username]));
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Newest accounts first: the ones an administrator most often looks for. */
export async function listUsers(
  deps: AdminDeps,
  query: {
    role?: TRole;
    status?: 'active' | 'suspended';
    q?: string;
    limit: number;
    offset: number;
  },
) {
  const where: SQL[] = [];
  if (query.role) where.push(sql`${query.role} = any(${users.roles})`);
  if (query.status) where.push(eq(users.status, query.status));
  if (query.q) {
    const pattern = `%${escapeLike(query.q)}%`;
    const match = or(ilike(users.username, pattern), ilike(users.email, pattern));
    if (match) where.push(match);
  }
  const condition = where.length ? and(...where) : undefined;
  const db = deps.database.db;
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(users)
      .where(condition)
      .orderBy(desc(users.createdAt), desc(users.id))
      .limit(query.limit)
      .offset(query.offset),
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(users)
      .where(condition),
  ]);
  return {
    items: rows.map(presentAdminUser),
    total: count?.total ?? 0,
    limit: query.limit,
    offset: query.offset,
  };
}

async function lockUser(deps: AdminDeps, id: string) {
  return deps.database.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, id)).for('update');
    if (!user) throw AppError.notFound('User');
    return user;
  });
}

/** How many active accounts hold the admin role; the platform must keep at least one. */
export async function activeAdminCount(tx: DbOrTx): Promise<number> {
  const [admins] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .where(and(sql`'admin' = any(${users.roles})`, eq(users.status, 'active')));
  return admins?.n ?? 0;
}

/** Replaces a user's roles; the last active admin cannot lose the admin role. */
export async function setRoles(deps: AdminDeps, id: string, roles: TRole[]) {
  const unique = [...new Set(roles)];
  const updated = await deps.database.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, id)).for('update');
    if (!user) throw AppError.notFound('User');
    if (user.roles.includes('admin') && !unique.includes('admin')) {
      if ((await activeAdminCount(tx)) <= 1) {
        throw new AppError('CONFLICT', 'This is the last admin; make someone else admin first');
      }
    }
    const [row] = await tx
      .update(users)
      .set({ roles: unique, updatedAt: deps.now() })
      .where(eq(users.id, id))
      .returning();
    return { before: user.roles, after: row };
  });
  await deps.cache.invalidateGroup(userCacheGroup(id));
  if (!updated.after) throw AppError.notFound('User');
  return { before: updated.before, user: updated.after };
}

/** Suspends an account: its sessions end and its tokens stop working at once. */
export async function suspend(deps: AdminDeps, actorId: string, id: string) {
  if (actorId === id) throw new AppError('CONFLICT', 'You cannot suspend your own account');
  await lockUser(deps, id);
  const [row] = await deps.database.db
    .update(users)
    .set({ status: 'suspended', updatedAt: deps.now() })
    .where(eq(users.id, id))
    .returning();
  await revokeOtherSessions(deps, id, undefined, 'suspended');
  if (!row) throw AppError.notFound('User');
  return row;
}

export async function reactivate(deps: AdminDeps, id: string) {
  await lockUser(deps, id);
  const [row] = await deps.database.db
    .update(users)
    .set({ status: 'active', updatedAt: deps.now() })
    .where(eq(users.id, id))
    .returning();
  await deps.cache.invalidateGroup(userCacheGroup(id));
  if (!row) throw AppError.notFound('User');
  return row;
}
