export interface NavItem {
  to: string;
  label: string;
}

export const navItems: readonly NavItem[] = [
  { to: '/careers', label: 'Careers' },
  { to: '/skills', label: 'Skills catalog' },
  { to: '/status', label: 'System status' },
  { to: '/roadmaps', label: 'Roadmaps' },
];

/** Served by the API server, outside the client-side router. */
export const API_DOCS_URL = '/api/docs';
