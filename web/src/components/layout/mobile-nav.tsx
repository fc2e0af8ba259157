import { Menu } from 'lucide-react';
import { useState } from 'react';
import { NavLink } from 'react-router';
import { Button } from '../ui/button';
import {
  Sheet,
  SheetContent,
  SheetDescription,
  SheetHeader,
  SheetTitle,
  SheetTrigger,
} from '../ui/sheet';
import { setTheme, useTheme } from '../../lib/theme';
import { cn } from '../../lib/utils';
import { LogoMark } from './logo';
import { API_DOCS_URL, navItems } from './nav-items';
import { themeOptions } from './theme-toggle';

export function MobileNav({ className }: { className?: string }) {
  const [open, setOpen] = useState(false);
  const { theme } = useTheme();
  const close = () => setOpen(false);

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
          <SheetDescription className="sr-only">Site navigation and colour theme</SheetDescription>
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
          {navItems.map((item) => (
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

function mobileLinkClass(isActive: boolean): string {
  return cn(
    'rounded-md px-3 py-2.5 text-base font-medium transition-colors outline-none hover:bg-accent hover:text-accent-foreground focus-visible:ring-2 focus-visible:ring-ring',
    isActive ? 'bg-accent text-accent-foreground' : 'text-foreground',
  );
}
