import { ChevronLeft, ChevronRight, SearchX } from 'lucide-react';
import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { cn } from '../lib/utils';
import { EmptyState } from './states';
import { Button } from './ui/button';

export function parsePage(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

/** A link target for another page, keeping the other search parameters. */
function usePageHref(): (target: number) => { search: string } {
  const [searchParams] = useSearchParams();
  return (target) => {
    const next = new URLSearchParams(searchParams);
    if (target <= 1) next.delete('page');
    else next.set('page', String(target));
    const search = next.toString();
    return { search: search ? `?${search}` : '' };
  };
}

/** For a page number beyond the results (an old link, or rows removed meanwhile). */
export function PastLastPage({ totalPages }: { totalPages: number }) {
  const href = usePageHref();
  return (
    <EmptyState
      icon={<SearchX aria-hidden="true" />}
      title="This page is empty"
      action={
        <Button asChild variant="outline">
          <Link to={href(1)}>Go to the first page</Link>
        </Button>
      }
    >
      There {totalPages === 1 ? 'is only 1 page' : `are only ${totalPages} pages`} of results.
    </EmptyState>
  );
}

/** Previous / next links that keep the other search parameters. */
export function Pagination({
  page,
  totalPages,
  className,
}: {
  page: number;
  totalPages: number;
  className?: string;
}) {
  const href = usePageHref();
  if (totalPages <= 1) return null;
  return (
    <nav
      aria-label="Pagination"
      className={cn('mt-6 flex items-center justify-between gap-4 border-t pt-6', className)}
    >
      <PageLink to={href(page - 1)} disabled={page <= 1} rel="prev">
        <ChevronLeft aria-hidden="true" />
        Previous
      </PageLink>
      <p className="text-sm text-muted-foreground">
        Page <span className="font-medium text-foreground">{page}</span> of{' '}
        <span className="font-medium text-foreground">{totalPages}</span>
      </p>
      <PageLink to={href(page + 1)} disabled={page >= totalPages} rel="next">
        Next
        <ChevronRight aria-hidden="true" />
      </PageLink>
    </nav>
  );
}

function PageLink({
  to,
  disabled,
  rel,
  children,
}: {
  to: { search: string };
  disabled: boolean;
  rel: 'prev' | 'next';
  children: ReactNode;
}) {
  if (disabled) {
    return (
      <Button variant="outline" size="sm" disabled>
        {children}
      </Button>
    );
  }
  return (
    <Button asChild variant="outline" size="sm">
      <Link to={to} rel={rel}>
        {children}
      </Link>
    </Button>
  );
}
