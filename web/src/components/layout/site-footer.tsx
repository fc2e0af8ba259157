import { useQuery } from '@tanstack/react-query';
import { Link, useLocation } from 'react-router';
import { dataSourcesQuery } from '../../lib/queries';
import { OnetAttribution } from '../careers/onet-attribution';
import { LogoMark } from './logo';
import { API_DOCS_URL, useNavItems } from './nav-items';

const linkClass =
  'rounded-sm text-muted-foreground transition-colors outline-none hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring';

export function SiteFooter() {
  const items = useNavItems();
  const sources = useQuery(dataSourcesQuery());
  // Career pages show the credit of their own release at the end of their content.
  const onCareerPage = useLocation().pathname.startsWith('/careers');
  const onet = onCareerPage ? null : sources.data?.onet;
  return (
    <footer className="border-t bg-muted/30">
      <div className="mx-auto flex max-w-6xl flex-col gap-6 px-4 py-10 sm:px-6 md:flex-row md:items-start md:justify-between">
        <div className="max-w-sm space-y-2">
          <Link
            to="/"
            className="flex w-fit items-center gap-2 rounded-md font-semibold outline-none focus-visible:ring-2 focus-visible:ring-ring"
          >
            <LogoMark className="size-6" />
            CareerOS
          </Link>
          <p className="text-sm text-muted-foreground">
            Open-source, self-hostable career development. Licensed under the GNU AGPL v3 or later.
          </p>
        </div>
        <nav aria-label="Footer">
          <ul className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
            {items.map((item) => (
              <li key={item.to}>
                <Link to={item.to} className={linkClass}>
                  {item.label}
                </Link>
              </li>
            ))}
            <li>
              <a href={API_DOCS_URL} className={linkClass}>
                API docs
              </a>
            </li>
          </ul>
        </nav>
      </div>
      {onet && (
        <div className="mx-auto max-w-6xl px-4 pb-8 sm:px-6">
          <OnetAttribution attribution={onet} className="mt-0" />
        </div>
      )}
    </footer>
  );
}
