import {
  ChevronDown,
  HeartHandshake,
  IdCard,
  KeyRound,
  LogOut,
  ShieldCheck,
  Sparkles,
  UserRound,
  Webhook,
} from 'lucide-react';
import { Link, useLocation } from 'react-router';
import { adminHome } from '../../lib/admin';
import { useAuth } from '../../lib/auth-context';
import { authPagePath } from '../../lib/next-path';
import { cn } from '../../lib/utils';
import { UserAvatar } from '../auth/user-avatar';
import { useSignOut } from '../auth/use-sign-out';
import { Button } from '../ui/button';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '../ui/dropdown-menu';
import { Skeleton } from '../ui/skeleton';

/** Where "Log in" and "Sign up" come back to: the page the visitor is on. */
export function useReturnPath(): string | null {
  const location = useLocation();
  // On the log-in and sign-up pages, keep the destination they already carry.
  if (location.pathname === '/login' || location.pathname === '/register') {
    return new URLSearchParams(location.search).get('next');
  }
  return `${location.pathname}${location.search}`;
}

/** Header controls: "Log in" and "Sign up", or the signed-in user's menu. */
export function AccountMenu({ className }: { className?: string }) {
  const { status, user } = useAuth();
  const here = useReturnPath();
  const { signOut, signingOut } = useSignOut();
  const admin = adminHome(user);

  if (status === 'loading') {
    return <Skeleton className={cn('h-9 w-36', className)} />;
  }

  if (!user) {
    return (
      <div className={className}>
        <div className="flex items-center gap-1">
          <Button asChild variant="ghost" size="sm">
            <Link to={authPagePath('/login', here)}>Log in</Link>
          </Button>
          <Button asChild size="sm">
            <Link to={authPagePath('/register', here)}>Sign up</Link>
          </Button>
        </div>
      </div>
    );
  }

  return (
    <div className={className}>
      <DropdownMenu modal={false}>
        <DropdownMenuTrigger asChild>
          <Button
            variant="ghost"
            size="sm"
            className="gap-2 pr-2 pl-1.5"
            aria-label={`Account menu for ${user.username}`}
          >
            <UserAvatar username={user.username} className="size-7 text-xs" />
            {/* The name shows on wide screens; the avatar and the label name the menu elsewhere. */}
            <span className="hidden max-w-32 truncate 2xl:inline">{user.username}</span>
            <ChevronDown className="size-4 text-muted-foreground" aria-hidden="true" />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end" className="w-60">
          <DropdownMenuLabel className="font-normal">
            <span className="block truncate text-sm font-semibold text-foreground">
              {user.username}
            </span>
            <span className="block truncate">{user.email}</span>
          </DropdownMenuLabel>
          <DropdownMenuSeparator />
          <DropdownMenuItem asChild>
            <Link to="/account/profile">
              <IdCard aria-hidden="true" />
              Profile
            </Link>
          </DropdownMenuItem>
          <DropdownMenuItem asChild>
            <Link to="/account/skills">
              <Sparkles aria-hidden="true" />
              My skills
            </Link>
          </DropdownMenuItem>
          <DropdownMenuItem asChild>
            <Link to="/account/soft-skills">
              <HeartHandshake aria-hidden="true" />
              Soft skills
            </Link>
          </DropdownMenuItem>
          <DropdownMenuItem asChild>
            <Link to="/account">
              <UserRound aria-hidden="true" />
              Account
            </Link>
          </DropdownMenuItem>
          <DropdownMenuItem asChild>
            <Link to="/account/integrations">
              <Webhook aria-hidden="true" />
              Integrations
            </Link>
          </DropdownMenuItem>
          <DropdownMenuItem asChild>
            <Link to="/account/security">
              <KeyRound aria-hidden="true" />
              Security
            </Link>
          </DropdownMenuItem>
          {admin ? (
            <DropdownMenuItem asChild>
              <Link to={admin}>
                <ShieldCheck aria-hidden="true" />
                Admin
              </Link>
            </DropdownMenuItem>
          ) : null}
          <DropdownMenuItem disabled={signingOut} onSelect={() => void signOut()}>
            <LogOut aria-hidden="true" />
            Sign out
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
    </div>
  );
}
