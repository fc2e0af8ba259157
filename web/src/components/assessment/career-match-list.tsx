import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { ArrowRight, SearchX } from 'lucide-react';
import { Link, useSearchParams } from 'react-router';
import type { TInterestScores } from '../../../../contracts/assessments';
import { careerMatchesQuery, jobZoneLabels } from '../../lib/assessment';
import { isApiError } from '../../lib/api';
import { cn } from '../../lib/utils';
import { Pagination, parsePage, PastLastPage } from '../pagination';
import { EmptyState, ErrorState } from '../states';
import { Badge } from '../ui/badge';
import { Button } from '../ui/button';
import { Skeleton } from '../ui/skeleton';

const PAGE_SIZE = 10;
const zones = [1, 2, 3, 4, 5] as const;

function parseZones(value: string | null): number[] {
  return [...new Set((value ?? '').split(',').map(Number))]
    .filter((zone) => zones.includes(zone as (typeof zones)[number]))
    .sort();
}

/** Careers ranked by fit, with a job-zone filter kept in the address (?zones=2,3&page=2). */
export function CareerMatchList({
  source,
}: {
  source: { userId: string; resultId: string } | { scores: TInterestScores };
}) {
  const [searchParams, setSearchParams] = useSearchParams();
  const selected = parseZones(searchParams.get('zones'));
  const page = parsePage(searchParams.get('page'));
  const offset = (page - 1) * PAGE_SIZE;
  const query = useQuery({
    ...careerMatchesQuery(source, {
      jobZone: selected.length > 0 ? selected.join(',') : undefined,
      limit: PAGE_SIZE,
      offset,
    }),
    placeholderData: keepPreviousData,
  });

  const toggle = (zone: number) => {
    const next = selected.includes(zone) ? selected.filter((z) => z !== zone) : [...selected, zone];
    const params = new URLSearchParams(searchParams);
    if (next.length > 0) params.set('zones', next.sort().join(','));
    else params.delete('zones');
    params.delete('page');
    setSearchParams(params, { replace: true, preventScrollReset: true });
  };

  const data = query.data;
  const totalPages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;

  return (
    <section aria-labelledby="matches-heading" className="space-y-4">
      <div className="space-y-1">
        <h2 id="matches-heading" className="text-2xl font-semibold tracking-tight">
          Careers that match your interests
        </h2>
        <p className="text-sm text-muted-foreground">
          Ranked by how closely each occupation’s interest profile follows the shape of yours.
        </p>
      </div>
      <fieldset>
        <legend className="mb-2 text-sm font-medium">Preparation needed (job zone)</legend>
        <div className="flex flex-wrap gap-2">
          {zones.map((zone) => (
            <button
              key={zone}
              type="button"
              aria-pressed={selected.includes(zone)}
              onClick={() => toggle(zone)}
              title={jobZoneLabels[zone]}
              className={cn(
                'cursor-pointer rounded-full border px-3.5 py-1.5 text-sm font-medium transition-colors outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-background',
                selected.includes(zone)
                  ? 'border-primary bg-primary text-primary-foreground'
                  : 'bg-background text-muted-foreground hover:border-primary/40 hover:text-foreground',
              )}
            >
              {zone} · {jobZoneLabels[zone]?.replace(' preparation', '')}
            </button>
          ))}
        </div>
      </fieldset>

      {query.isError ? (
        isApiError(query.error) && query.error.code === 'UNPROCESSABLE' ? (
          <EmptyState icon={<SearchX aria-hidden="true" />} title="No pattern to match yet">
            Every area got the same score. Retake the assessment and rate some activities higher
            than others.
          </EmptyState>
        ) : (
          <ErrorState
            error={query.error}
            title="Couldn’t load your matches"
            onRetry={() => void query.refetch()}
            retrying={query.isFetching}
          />
        )
      ) : !data ? (
        <div className="space-y-3">
          {Array.from({ length: 4 }, (_, i) => (
            <Skeleton key={i} className="h-24 w-full rounded-xl" />
          ))}
        </div>
      ) : data.items.length === 0 ? (
        offset > 0 && data.total > 0 ? (
          <PastLastPage totalPages={totalPages} />
        ) : (
          <EmptyState
            icon={<SearchX aria-hidden="true" />}
            title={
              selected.length > 0 ? 'No careers in these job zones' : 'No careers to match yet'
            }
            action={
              selected.length > 0 ? (
                <Button
                  variant="outline"
                  onClick={() => {
                    const params = new URLSearchParams(searchParams);
                    params.delete('zones');
                    params.delete('page');
                    setSearchParams(params, { replace: true });
                  }}
                >
                  Show all job zones
                </Button>
              ) : undefined
            }
          >
            {selected.length > 0
              ? 'Try another job zone.'
              : 'The occupation catalog has no interest profiles loaded.'}
          </EmptyState>
        )
      ) : (
        <>
          <p aria-live="polite" className="text-sm text-muted-foreground">
            Showing {offset + 1}–{offset + data.items.length} of {data.total.toLocaleString()}
          </p>
          <ol
            start={offset + 1}
            aria-busy={query.isPlaceholderData}
            className={cn('space-y-3', query.isPlaceholderData && 'opacity-60')}
            data-testid="career-matches"
          >
            {data.items.map((match, i) => (
              <li key={match.code}>
                <Link
                  to={`/careers/${match.code}`}
                  className="group flex items-start gap-4 rounded-xl border bg-card p-4 transition-colors outline-none hover:border-primary/50 focus-visible:ring-2 focus-visible:ring-ring"
                >
                  <span className="mt-0.5 w-6 shrink-0 text-sm text-muted-foreground tabular-nums">
                    {offset + i + 1}.
                  </span>
                  <div className="min-w-0 flex-1 space-y-1.5">
                    <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                      <span className="font-semibold group-hover:text-primary">{match.title}</span>
                      {match.jobZone ? (
                        <Badge variant="secondary">Job zone {match.jobZone}</Badge>
                      ) : null}
                    </div>
                    <p className="text-sm text-muted-foreground">{match.reason}</p>
                  </div>
                  <div className="shrink-0 text-right">
                    <span className="block text-lg font-semibold tabular-nums">
                      {match.fit.percent}%
                    </span>
                    <span className="text-xs text-muted-foreground">fit</span>
                  </div>
                  <ArrowRight
                    className="mt-1 hidden size-4 shrink-0 text-muted-foreground sm:block"
                    aria-hidden="true"
                  />
                </Link>
              </li>
            ))}
          </ol>
          <Pagination page={page} totalPages={totalPages} />
        </>
      )}
    </section>
  );
}
