import { Link, NavLink } from 'react-router';
import { cn } from '../../lib/utils';
import { AccountMenu } from './account-menu';
import { LogoMark } from './logo';
import { MobileNav } from './mobile-nav';
import { useNavItems } from './nav-items';
import { NotificationsBell } from './notifications-bell';
import { ThemeToggle } from './theme-toggle';

// The full nav needs about 1,200 px; narrower screens get the menu button.
export function SiteHeader() {
  // The status page is for operators: the footer and the phone menu link it.
  const items = useNavItems().filter((item) => item.to !== '/status');
  return (
    <header className="sticky top-0 z-40 border-b bg-background/85 backdrop-blur-md supports-[backdrop-filter]:bg-background/70">
      <div className="mx-auto flex h-16 max-w-7xl items-center gap-2 px-4 sm:px-6">
        <Link
          to="/"
          className="-ml-1 flex items-center gap-2.5 rounded-md px-1 py-1 text-lg font-semibold tracking-tight outline-none focus-visible:ring-2 focus-visible:ring-ring"
        >
          <LogoMark />
          <span>CareerOS</span>
        </Link>
        <nav aria-label="Main" className="ml-4 hidden items-center gap-0.5 xl:flex">
          {items.map((item) => (
            <NavLink
              key={item.to}
              to={item.to}
              className={({ isActive }) =>
                cn(
                  'rounded-md px-2 py-2 text-sm font-medium whitespace-nowrap transition-colors outline-none hover:bg-accent hover:text-accent-foreground focus-visible:ring-2 focus-visible:ring-ring',
                  isActive ? 'text-foreground' : 'text-muted-foreground',
                  isActive && 'bg-accent/60',
                )
              }
            >
              {item.label}
            </NavLink>
          ))}
        </nav>
        <div className="ml-auto flex items-center gap-1">
          <NotificationsBell />
          <ThemeToggle />
          <AccountMenu className="ml-1 hidden xl:block" />
          <MobileNav className="xl:hidden" />
        </div>
      </div>
    </header>
  );
}
