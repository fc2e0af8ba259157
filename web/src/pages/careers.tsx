import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { SearchX } from 'lucide-react';
import { useCallback } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { TOccupationHit, TRiasecArea } from '../../../contracts/occupations';
import { OnetAttribution } from '../components/careers/onet-attribution';
import { PageContainer, PageHeader } from '../components/page';
import { Pagination, parsePage, PastLastPage } from '../components/pagination';
import { SearchField } from '../components/search-field';
import { EmptyState, ErrorState } from '../components/states';
import { Badge } from '../components/ui/badge';
import { Button } from '../components/ui/button';
import { Label } from '../components/ui/label';
import { NativeSelect } from '../components/ui/native-select';
import { Skeleton } from '../components/ui/skeleton';
import {
  areaLabels,
  describeInterestCode,
  jobZoneNames,
  jobZones,
  parseArea,
  parseJobZone,
  riasecAreas,
} from '../lib/occupations';
import { occupationSearchQuery } from '../lib/queries';
import { useDocumentTitle } from '../lib/use-document-title';
import { cn } from '../lib/utils';

export const PAGE_SIZE = 20;
const MAX_QUERY_LENGTH = 100;

export function CareersPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const q = (searchParams.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH);
  const jobZone = parseJobZone(searchParams.get('zone'));
  const area = parseArea(searchParams.get('area'));
  const page = parsePage(searchParams.get('page'));
  const offset = (page - 1) * PAGE_SIZE;

  useDocumentTitle(q ? `“${q}” in the career explorer` : 'Career explorer');

  const query = useQuery({
    ...occupationSearchQuery({ q: q || undefined, jobZone, area, limit: PAGE_SIZE, offset }),
    placeholderData: keepPreviousData,
  });

  const updateParams = useCallback(
    (changes: Record<string, string | undefined>, replace: boolean) => {
      setSearchParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(changes)) {
            if (value) next.set(key, value);
            else next.delete(key);
          }
          next.delete('page');
          return next;
        },
        { replace, preventScrollReset: true },
      );
    },
    [setSearchParams],
  );
  const setQuery = useCallback((value: string) => updateParams({ q: value }, true), [updateParams]);
  const clearAll = () => updateParams({ q: undefined, zone: undefined, area: undefined }, false);

  const data = query.data;
  const totalPages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;
  const filtered = q !== '' || jobZone !== undefined || area !== undefined;

  return (
    <PageContainer>
      <PageHeader
        title="Career explorer"
        description="Search occupations by job title, including the other names people use for them. Misspellings are fine."
      />

      <div className="flex flex-col gap-4 lg:flex-row lg:items-end">
        <SearchField
          id="career-search"
          label="Search occupations"
          labelHidden
          placeholder="Search a job title, e.g. software developer or nurse"
          value={q}
          maxLength={MAX_QUERY_LENGTH}
          onSearch={setQuery}
          size="lg"
          className="w-full lg:max-w-xl lg:flex-1"
        />
        <div className="grid grid-cols-1 gap-3 min-[420px]:grid-cols-2 lg:flex lg:gap-3">
          <div className="grid gap-1.5">
            <Label htmlFor="career-zone">Preparation</Label>
            <NativeSelect
              id="career-zone"
              value={jobZone ?? ''}
              onChange={(event) => updateParams({ zone: event.target.value || undefined }, false)}
              className="lg:w-56"
            >
              <option value="">Any job zone</option>
              {jobZones.map((zone) => (
                <option key={zone} value={zone}>
                  {zone} · {jobZoneNames[zone]}
                </option>
              ))}
            </NativeSelect>
          </div>
          <div className="grid gap-1.5">
            <Label htmlFor="career-area">Main interest area</Label>
            <NativeSelect
              id="career-area"
              value={area ?? ''}
              onChange={(event) =>
                updateParams({ area: (event.target.value as TRiasecArea) || undefined }, false)
              }
              className="lg:w-48"
            >
              <option value="">Any interest area</option>
              {riasecAreas.map((value) => (
                <option key={value} value={value}>
                  {areaLabels[value]}
                </option>
              ))}
            </NativeSelect>
          </div>
        </div>
      </div>

      <div className="mt-8">
        <p aria-live="polite" className="mb-4 min-h-5 text-sm text-muted-foreground">
          {data && data.items.length > 0
            ? `Showing ${offset + 1}–${offset + data.items.length} of ${data.total.toLocaleString()} ${data.total === 1 ? 'occupation' : 'occupations'}`
            : null}
        </p>

        {query.isError ? (
          <ErrorState
            error={query.error}
            title="Couldn’t search occupations"
            onRetry={() => void query.refetch()}
            retrying={query.isFetching}
          />
        ) : !data ? (
          <ResultsSkeleton />
        ) : data.items.length === 0 ? (
          offset > 0 && data.total > 0 ? (
            <PastLastPage totalPages={totalPages} />
          ) : (
            <EmptyState
              icon={<SearchX aria-hidden="true" />}
              title={q ? `No occupations match “${q}”` : 'No occupations here yet'}
              action={
                filtered ? (
                  <Button variant="outline" onClick={clearAll}>
                    {q ? 'Clear search and filters' : 'Clear filters'}
                  </Button>
                ) : undefined
              }
            >
              {q
                ? 'Try a shorter or more common title, such as “teacher” or “engineer”.'
                : filtered
                  ? 'No occupation has this combination of job zone and interest area.'
                  : 'The occupation catalog has not been loaded.'}
            </EmptyState>
          )
        ) : (
          <ul
            aria-busy={query.isPlaceholderData}
            aria-label="Occupations"
            className={cn(
              'grid grid-cols-1 gap-3 transition-opacity md:grid-cols-2',
              query.isPlaceholderData && 'opacity-60',
            )}
          >
            {data.items.map((hit) => (
              <li key={hit.code}>
                <OccupationCard hit={hit} />
              </li>
            ))}
          </ul>
        )}

        {data && data.items.length > 0 ? (
          <Pagination page={page} totalPages={totalPages} className="mt-8" />
        ) : null}
        {data?.attribution ? <OnetAttribution attribution={data.attribution} /> : null}
      </div>
    </PageContainer>
  );
}

function OccupationCard({ hit }: { hit: TOccupationHit }) {
  const otherTitle =
    hit.matchedTitle && hit.matchedTitle.toLowerCase() !== hit.title.toLowerCase()
      ? hit.matchedTitle
      : null;
  return (
    <Link
      to={`/careers/${hit.code}`}
      className="group flex h-full flex-col gap-2 rounded-xl border bg-card p-5 shadow-xs transition-colors outline-none hover:border-primary/50 focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-background dark:shadow-none"
    >
      <h2 className="font-semibold break-words group-hover:text-primary">{hit.title}</h2>
      {otherTitle ? (
        <p className="text-sm text-muted-foreground">
          Also called <span className="font-medium text-foreground">{otherTitle}</span>
        </p>
      ) : null}
      <p className="line-clamp-2 text-sm text-muted-foreground">{hit.summary}</p>
      <div className="mt-auto flex flex-wrap gap-2 pt-1">
        {hit.jobZone ? (
          <Badge variant="secondary" title={jobZoneNames[hit.jobZone]}>
            Job zone {hit.jobZone}
            <span className="sr-only">: {jobZoneNames[hit.jobZone]}</span>
          </Badge>
        ) : null}
        {hit.interestCode ? (
          <Badge variant="outline" title={describeInterestCode(hit.interestCode)}>
            <span className="sr-only">Interest code </span>
            {hit.interestCode}
            <span className="sr-only">: {describeInterestCode(hit.interestCode)}</span>
          </Badge>
        ) : null}
        <span className="ml-auto font-mono text-xs text-muted-foreground">{hit.code}</span>
      </div>
    </Link>
  );
}

function ResultsSkeleton() {
  return (
    <div role="status" aria-label="Loading occupations" className="grid gap-3 md:grid-cols-2">
      {Array.from({ length: 6 }, (_, index) => (
        <div key={index} className="flex flex-col gap-3 rounded-xl border bg-card p-5">
          <Skeleton className="h-5 w-48" />
          <Skeleton className="h-4 w-full" />
          <Skeleton className="h-4 w-3/4" />
          <div className="flex gap-2">
            <Skeleton className="h-5 w-20 rounded-full" />
            <Skeleton className="h-5 w-12 rounded-full" />
          </div>
        </div>
      ))}
    </div>
  );
}
