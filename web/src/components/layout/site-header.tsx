import { Link, NavLink } from 'react-router';
import { cn } from '../../lib/utils';
import { AccountMenu } from './account-menu';
import { LogoMark } from './logo';
import { MobileNav } from './mobile-nav';
import { useNavItems } from './nav-items';
import { ThemeToggle } from './theme-toggle';

export function SiteHeader() {
  const items = useNavItems();
  return (
    <header className="sticky top-0 z-40 border-b bg-background/85 backdrop-blur-md supports-[backdrop-filter]:bg-background/70">
      <div className="mx-auto flex h-16 max-w-6xl items-center gap-2 px-4 sm:px-6">
        <Link
          to="/"
          className="-ml-1 flex items-center gap-2.5 rounded-md px-1 py-1 text-lg font-semibold tracking-tight outline-none focus-visible:ring-2 focus-visible:ring-ring"
        >
          <LogoMark />
          <span>CareerOS</span>
        </Link>
        <nav aria-label="Main" className="ml-6 hidden items-center gap-1 md:flex">
          {items.map((item) => (
            <NavLink
              key={item.to}
              to={item.to}
              className={({ isActive }) =>
                cn(
                  'rounded-md px-3 py-2 text-sm font-medium transition-colors outline-none hover:bg-accent hover:text-accent-foreground focus-visible:ring-2 focus-visible:ring-ring',
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
          <ThemeToggle />
          <AccountMenu className="ml-1 hidden md:block" />
          <MobileNav className="md:hidden" />
        </div>
      </div>
    </header>
  );
}
