import {
  HeartHandshake,
  IdCard,
  KeyRound,
  LogOut,
  Menu,
  ShieldCheck,
  Sparkles,
  UserRound,
  Webhook,
} from 'lucide-react';
import { useState } from 'react';
import { Link, NavLink } from 'react-router';
import { UserAvatar } from '../auth/user-avatar';
import { useSignOut } from '../auth/use-sign-out';
import { Button } from '../ui/button';
import {
  Sheet,
  SheetContent,
  SheetDescription,
  SheetHeader,
  SheetTitle,
  SheetTrigger,
} from '../ui/sheet';
import { Skeleton } from '../ui/skeleton';
import { adminHome } from '../../lib/admin';
import { useAuth } from '../../lib/auth-context';
import { authPagePath } from '../../lib/next-path';
import { setTheme, useTheme } from '../../lib/theme';
import { cn } from '../../lib/utils';
import { useReturnPath } from './account-menu';
import { LogoMark } from './logo';
import { API_DOCS_URL, useNavItems } from './nav-items';
import { themeOptions } from './theme-toggle';

export function MobileNav({ className }: { className?: string }) {
  const [open, setOpen] = useState(false);
  const { theme } = useTheme();
  const close = () => setOpen(false);
  const items = useNavItems();

  return (
    <Sheet open={open} onOpenChange={setOpen}>
      <SheetTrigger asChild>
        <Button variant="ghost" size="icon" className={className} aria-label="Open menu">
          <Menu className="size-5" aria-hidden="true" />
        </Button>
      </SheetTrigger>
      <SheetContent closeLabel="Close menu">
        <SheetHeader>
          <SheetTitle className="flex items-center gap-2">
            <LogoMark className="size-7" />
            CareerOS
          </SheetTitle>
          <SheetDescription className="sr-only">
            Site navigation, your account and colour theme
          </SheetDescription>
        </SheetHeader>
        <nav aria-label="Mobile" className="flex flex-col gap-1">
          <NavLink
            to="/"
            end
            onClick={close}
            className={({ isActive }) => mobileLinkClass(isActive)}
          >
            Home
          </NavLink>
          {items.map((item) => (
            <NavLink
              key={item.to}
              to={item.to}
              onClick={close}
              className={({ isActive }) => mobileLinkClass(isActive)}
            >
              {item.label}
            </NavLink>
          ))}
          <a href={API_DOCS_URL} className={mobileLinkClass(false)}>
            API docs
          </a>
        </nav>
        <div className="border-t pt-4">
          <MobileAccount close={close} />
        </div>
        <div className="mt-auto border-t pt-4">
          <p id="mobile-theme-label" className="mb-2 text-sm font-medium text-muted-foreground">
            Theme
          </p>
          <div
            role="group"
            aria-labelledby="mobile-theme-label"
            className="grid grid-cols-3 gap-1 rounded-lg bg-muted p-1"
          >
            {themeOptions.map(({ value, label, icon: Icon }) => (
              <button
                key={value}
                type="button"
                aria-pressed={theme === value}
                onClick={() => setTheme(value)}
                className={cn(
                  'flex cursor-pointer flex-col items-center gap-1 rounded-md px-2 py-2 text-xs font-medium text-muted-foreground transition-colors outline-none focus-visible:ring-2 focus-visible:ring-ring',
                  theme === value && 'bg-background text-foreground shadow-sm',
                )}
              >
                <Icon className="size-4" aria-hidden="true" />
                {label}
              </button>
            ))}
          </div>
        </div>
      </SheetContent>
    </Sheet>
  );
}

function MobileAccount({ close }: { close: () => void }) {
  const { status, user } = useAuth();
  const here = useReturnPath();
  const { signOut, signingOut } = useSignOut();
  const admin = adminHome(user);

  if (status === 'loading') return <Skeleton className="h-10 w-full" />;

  if (!user) {
    return (
      <div className="grid grid-cols-2 gap-2">
        <Button asChild variant="outline">
          <Link to={authPagePath('/login', here)} onClick={close}>
            Log in
          </Link>
        </Button>
        <Button asChild>
          <Link to={authPagePath('/register', here)} onClick={close}>
            Sign up
          </Link>
        </Button>
      </div>
    );
  }

  return (
    <section aria-label="Account" className="flex flex-col gap-1">
      <div className="mb-2 flex items-center gap-3 px-3">
        <UserAvatar username={user.username} className="size-9" />
        <div className="min-w-0">
          <p className="truncate font-semibold">{user.username}</p>
          <p className="truncate text-sm text-muted-foreground">{user.email}</p>
        </div>
      </div>
      <NavLink
        to="/account/profile"
        onClick={close}
        className={({ isActive }) => cn(mobileLinkClass(isActive), 'flex items-center gap-3')}
      >
        <IdCard className="size-5 text-muted-foreground" aria-hidden="true" />
        Profile
      </NavLink>
      <NavLink
        to="/account/skills"
        onClick={close}
        className={({ isActive }) => cn(mobileLinkClass(isActive), 'flex items-center gap-3')}
      >
        <Sparkles className="size-5 text-muted-foreground" aria-hidden="true" />
        My skills
      </NavLink>
      <NavLink
        to="/account/soft-skills"
        onClick={close}
        className={({ isActive }) => cn(mobileLinkClass(isActive), 'flex items-center gap-3')}
      >
        <HeartHandshake className="size-5 text-muted-foreground" aria-hidden="true" />
        Soft skills
      </NavLink>
      <NavLink
        to="/account"
        end
        onClick={close}
        className={({ isActive }) => cn(mobileLinkClass(isActive), 'flex items-center gap-3')}
      >
        <UserRound className="size-5 text-muted-foreground" aria-hidden="true" />
        Account
      </NavLink>
      <NavLink
        to="/account/integrations"
        onClick={close}
        className={({ isActive }) => cn(mobileLinkClass(isActive), 'flex items-center gap-3')}
      >
        <Webhook className="size-5 text-muted-foreground" aria-hidden="true" />
        Integrations
      </NavLink>
      <NavLink
        to="/account/security"
        onClick={close}
        className={({ isActive }) => cn(mobileLinkClass(isActive), 'flex items-center gap-3')}
      >
        <KeyRound className="size-5 text-muted-foreground" aria-hidden="true" />
        Security
      </NavLink>
      {admin ? (
        <NavLink
          to={admin}
          onClick={close}
          className={({ isActive }) => cn(mobileLinkClass(isActive), 'flex items-center gap-3')}
        >
          <ShieldCheck className="size-5 text-muted-foreground" aria-hidden="true" />
          Admin
        </NavLink>
      ) : null}
      <button
        type="button"
        aria-disabled={signingOut || undefined}
        onClick={() => {
          if (signingOut) return;
          close();
          void signOut();
        }}
        className={cn(mobileLinkClass(false), 'flex cursor-pointer items-center gap-3 text-left')}
      >
        <LogOut className="size-5 text-muted-foreground" aria-hidden="true" />
        Sign out
      </button>
    </section>
  );
}

function mobileLinkClass(isActive: boolean): string {
  return cn(
    'rounded-md px-3 py-2.5 text-base font-medium transition-colors outline-none hover:bg-accent hover:text-accent-foreground focus-visible:ring-2 focus-visible:ring-ring',
    isActive ? 'bg-accent text-accent-foreground' : 'text-foreground',
  );
}
