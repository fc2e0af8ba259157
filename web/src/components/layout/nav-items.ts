import { useAuth } from '../../lib/auth-context';

export interface NavItem {
  to: string;
  label: string;
  /** Shown only to signed-in users: the page is about their own data. */
  signedIn?: boolean;
}

export const navItems: readonly NavItem[] = [
  { to: '/careers', label: 'Careers' },
  { to: '/assessment', label: 'Interest assessment' },
  { to: '/roadmaps', label: 'Roadmaps' },
  { to: '/achievements', label: 'Achievements', signedIn: true },
  { to: '/resume', label: 'Resume', signedIn: true },
  { to: '/goals', label: 'Goals', signedIn: true },
  { to: '/plan', label: 'Career plan', signedIn: true },
  { to: '/badges', label: 'Badges', signedIn: true },
  { to: '/skills', label: 'Skills catalog' },
  { to: '/status', label: 'System status' },
];

/** The navigation entries for the current visitor. */
export function useNavItems(): readonly NavItem[] {
  const { user } = useAuth();
  return user ? navItems : navItems.filter((item) => !item.signedIn);
}

/** Served by the API server, outside the client-side router. */
export const API_DOCS_URL = '/api/docs';
