import { Ban, RotateCcw, ScrollText, UserCog } from 'lucide-react';
import { Link } from 'react-router';
import type { TAdminUser } from '../../../../contracts/admin';
import { cn } from '../../lib/utils';
import { UserAvatar } from '../auth/user-avatar';
import { Badge } from '../ui/badge';
import { Button } from '../ui/button';
import { RoleBadges, StatusBadge } from './user-badges';

export interface UserActions {
  /** Each is absent when the viewer may not do it. */
  editRoles?: (user: TAdminUser) => void;
  suspend?: (user: TAdminUser) => void;
  reactivate?: (user: TAdminUser) => void;
  auditHref?: (user: TAdminUser) => string;
}

const joinedFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** A table on wide screens, a list of cards on phones. */
export function UserList({
  users,
  viewerId,
  actions,
  busy,
}: {
  users: readonly TAdminUser[];
  viewerId: string;
  actions: UserActions;
  busy: boolean;
}) {
  const hasActions = Boolean(
    actions.editRoles || actions.suspend || actions.reactivate || actions.auditHref,
  );
  return (
    <div aria-busy={busy} className={cn('transition-opacity', busy && 'opacity-60')}>
      <div className="hidden overflow-hidden rounded-xl border md:block">
        <table className="w-full text-sm">
          <caption className="sr-only">Users</caption>
          <thead className="bg-muted/50 text-left text-xs font-medium text-muted-foreground">
            <tr>
              <th scope="col" className="px-4 py-3">
                User
              </th>
              <th scope="col" className="px-4 py-3">
                Roles
              </th>
              <th scope="col" className="px-4 py-3">
                Status
              </th>
              <th scope="col" className="px-4 py-3">
                Joined
              </th>
              {hasActions ? (
                <th scope="col" className="px-4 py-3 text-right">
                  <span className="sr-only">Actions</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody className="divide-y">
            {users.map((user) => (
              <tr key={user.id} className="bg-card align-middle">
                {/* Takes the width the other columns leave; long addresses wrap inside it. */}
                <td className="w-full max-w-0 px-4 py-3">
                  <Identity user={user} self={user.id === viewerId} />
                </td>
                <td className="px-4 py-3">
                  <RoleBadges roles={user.roles} />
                </td>
                <td className="px-4 py-3">
                  <StatusBadge status={user.status} />
                </td>
                <td className="px-4 py-3 whitespace-nowrap text-muted-foreground">
                  <time dateTime={user.createdAt}>
                    {joinedFormat.format(new Date(user.createdAt))}
                  </time>
                </td>
                {hasActions ? (
                  <td className="px-4 py-3">
                    <div className="flex justify-end gap-1.5">
                      <ActionButtons user={user} self={user.id === viewerId} actions={actions} />
                    </div>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <ul aria-label="Users" className="space-y-3 md:hidden">
        {users.map((user) => (
          <li key={user.id} className="rounded-xl border bg-card p-4 shadow-xs dark:shadow-none">
            <div className="flex items-start justify-between gap-3">
              <Identity user={user} self={user.id === viewerId} />
              <StatusBadge status={user.status} />
            </div>
            <div className="mt-3 flex flex-wrap items-center justify-between gap-2 text-sm">
              <RoleBadges roles={user.roles} />
              <span className="text-xs text-muted-foreground">
                Joined{' '}
                <time dateTime={user.createdAt}>
                  {joinedFormat.format(new Date(user.createdAt))}
                </time>
              </span>
            </div>
            {hasActions ? (
              <div className="mt-4 grid grid-cols-2 gap-2 border-t pt-3 [&>*:last-child:nth-child(odd)]:col-span-2">
                <ActionButtons user={user} self={user.id === viewerId} actions={actions} />
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Identity({ user, self }: { user: TAdminUser; self: boolean }) {
  return (
    <div className="flex min-w-0 items-center gap-3">
      <UserAvatar username={user.username} className="size-9" />
      <div className="min-w-0">
        <p className="flex flex-wrap items-center gap-x-2 font-medium">
          <span className="[overflow-wrap:anywhere]">{user.username}</span>
          {self ? <Badge variant="outline">You</Badge> : null}
        </p>
        <p className="text-sm [overflow-wrap:anywhere] text-muted-foreground">{user.email}</p>
        {user.emailVerified ? null : (
          <p className="text-xs text-muted-foreground">Email not verified</p>
        )}
      </div>
    </div>
  );
}

function ActionButtons({
  user,
  self,
  actions,
}: {
  user: TAdminUser;
  self: boolean;
  actions: UserActions;
}) {
  const who = <span className="sr-only"> of {user.username}</span>;
  return (
    <>
      {actions.editRoles ? (
        <Button variant="outline" size="sm" onClick={() => actions.editRoles?.(user)}>
          <UserCog aria-hidden="true" />
          Roles{who}
        </Button>
      ) : null}
      {/* Nobody suspends their own account (the server refuses too). */}
      {user.status === 'active' && actions.suspend && !self ? (
        <Button variant="outline" size="sm" onClick={() => actions.suspend?.(user)}>
          <Ban aria-hidden="true" />
          Suspend<span className="sr-only"> {user.username}</span>
        </Button>
      ) : null}
      {user.status === 'suspended' && actions.reactivate ? (
        <Button variant="outline" size="sm" onClick={() => actions.reactivate?.(user)}>
          <RotateCcw aria-hidden="true" />
          Reactivate<span className="sr-only"> {user.username}</span>
        </Button>
      ) : null}
      {actions.auditHref ? (
        <Button asChild variant="ghost" size="sm">
          <Link to={actions.auditHref(user)}>
            <ScrollText aria-hidden="true" />
            Activity{who}
          </Link>
        </Button>
      ) : null}
    </>
  );
}
