import { useMutation, useQuery } from '@tanstack/react-query';
import { Bell, CheckCheck } from 'lucide-react';
import { useNavigate } from 'react-router';
import type { TNotification } from '../../../../contracts/notifications';
import { useAuth } from '../../lib/auth-context';
import {
  markAllNotificationsRead,
  markNotificationRead,
  notificationsQuery,
} from '../../lib/notifications';
import { cn } from '../../lib/utils';
import { Button } from '../ui/button';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '../ui/dropdown-menu';

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The header's bell: the unread count, and the latest notifications in a menu. */
export function NotificationsBell() {
  const { user } = useAuth();
  const navigate = useNavigate();
  const query = useQuery({ enabled: !!user, ...notificationsQuery(user?.id ?? '') });
  // Both refresh the bell through the query client's mutation cache.
  const readOne = useMutation({ mutationFn: (n: TNotification) => markNotificationRead(n.id) });
  const readAll = useMutation({ mutationFn: markAllNotificationsRead });
  if (!user) return null;

  const unread = query.data?.unreadCount ?? 0;
  const items = query.data?.items ?? [];
  const open = (n: TNotification) => {
    if (!n.readAt) readOne.mutate(n);
    if (n.link) void navigate(n.link);
  };

  return (
    <DropdownMenu modal={false}>
      <DropdownMenuTrigger asChild>
        <Button
          variant="ghost"
          size="icon"
          className="relative"
          aria-label={unread ? `Notifications, ${unread} unread` : 'Notifications'}
          title="Notifications"
        >
          <Bell className="size-5" aria-hidden="true" />
          {unread ? (
            <span
              data-testid="unread-count"
              className="absolute top-1 right-1 flex h-4 min-w-4 items-center justify-center rounded-full bg-destructive px-1 text-[10px] leading-none font-semibold text-white tabular-nums"
            >
              {unread > 99 ? '99+' : unread}
            </span>
          ) : null}
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent
        align="end"
        collisionPadding={12}
        className="w-80 max-w-[calc(100vw-1.5rem)]"
      >
        <div className="flex items-center justify-between gap-2 pr-1">
          <DropdownMenuLabel className="text-sm font-semibold text-foreground">
            Notifications
          </DropdownMenuLabel>
          <Button
            variant="ghost"
            size="sm"
            className="h-7 px-2 text-xs"
            disabled={unread === 0 || readAll.isPending}
            onClick={() => readAll.mutate()}
          >
            <CheckCheck aria-hidden="true" />
            Mark all read
          </Button>
        </div>
        <DropdownMenuSeparator />
        {items.length === 0 ? (
          <p className="px-2 py-6 text-center text-sm text-muted-foreground">
            {query.isError ? 'Could not load notifications.' : 'Nothing new yet.'}
          </p>
        ) : (
          <div className="max-h-96 overflow-y-auto">
            {items.map((n) => (
              <DropdownMenuItem
                key={n.id}
                onSelect={() => open(n)}
                className="items-start gap-3 py-2"
                data-unread={!n.readAt}
              >
                <span
                  aria-hidden="true"
                  className={cn(
                    'mt-1.5 size-2 shrink-0 rounded-full',
                    n.readAt ? 'bg-transparent' : 'bg-primary',
                  )}
                />
                <span className="min-w-0 flex-1 space-y-0.5">
                  <span className={cn('block', !n.readAt && 'font-semibold')}>{n.title}</span>
                  {n.body ? (
                    <span className="block text-xs text-muted-foreground">{n.body}</span>
                  ) : null}
                  <time dateTime={n.createdAt} className="block text-xs text-muted-foreground">
                    {timeFormat.format(new Date(n.createdAt))}
                    {n.readAt ? '' : ' · unread'}
                  </time>
                </span>
              </DropdownMenuItem>
            ))}
          </div>
        )}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
