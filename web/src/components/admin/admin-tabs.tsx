import { ScrollText, UsersRound } from 'lucide-react';
import { NavLink } from 'react-router';
import { can } from '../../lib/admin';
import { useAuth } from '../../lib/auth-context';
import { cn } from '../../lib/utils';

/** Switches between the admin pages the user may open. */
export function AdminTabs() {
  const { user } = useAuth();
  const tabs = [
    { to: '/admin/users', label: 'Users', icon: UsersRound, allowed: can(user, 'users:list') },
    { to: '/admin/audit', label: 'Audit log', icon: ScrollText, allowed: can(user, 'audit:read') },
  ].filter((tab) => tab.allowed);
  if (tabs.length < 2) return null;
  return (
    <nav aria-label="Administration" className="mb-6 flex gap-1 border-b">
      {tabs.map(({ to, label, icon: Icon }) => (
        <NavLink
          key={to}
          to={to}
          className={({ isActive }) =>
            cn(
              '-mb-px flex items-center gap-2 rounded-t-md border-b-2 px-3 py-2.5 text-sm font-medium transition-colors outline-none focus-visible:ring-2 focus-visible:ring-ring',
              isActive
                ? 'border-primary text-foreground'
                : 'border-transparent text-muted-foreground hover:text-foreground',
            )
          }
        >
          <Icon className="size-4" aria-hidden="true" />
          {label}
        </NavLink>
      ))}
    </nav>
  );
}
