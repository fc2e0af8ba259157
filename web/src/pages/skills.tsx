import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { SearchX } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { TSkill, TSkillCategory } from '../../../contracts/skills';
import { PageContainer, PageHeader } from '../components/page';
import { Pagination, parsePage, PastLastPage } from '../components/pagination';
import { SearchField } from '../components/search-field';
import { EmptyState, ErrorState } from '../components/states';
import { Badge } from '../components/ui/badge';
import { Button } from '../components/ui/button';
import { Skeleton } from '../components/ui/skeleton';
import { skillListQuery } from '../lib/queries';
import {
  categoryLabels,
  categoryNames,
  displayAliases,
  parseCategory,
  skillCategories,
} from '../lib/skills';
import { useDocumentTitle } from '../lib/use-document-title';
import { cn } from '../lib/utils';

export const PAGE_SIZE = 24;
const MAX_QUERY_LENGTH = 100;

export function SkillsPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const q = (searchParams.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH);
  const category = parseCategory(searchParams.get('category'));
  const page = parsePage(searchParams.get('page'));
  const offset = (page - 1) * PAGE_SIZE;

  useDocumentTitle(
    q
      ? `“${q}” in the skills catalog`
      : category
        ? `${categoryLabels[category]} skills`
        : 'Skills catalog',
  );

  const query = useQuery({
    ...skillListQuery({ q: q || undefined, category, limit: PAGE_SIZE, offset }),
    placeholderData: keepPreviousData,
  });

  // On narrow screens the chips scroll sideways; keep the selected one in view.
  const chipsRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const container = chipsRef.current;
    const active = container?.querySelector<HTMLElement>('[aria-pressed="true"]');
    if (!container || !active || container.scrollWidth <= container.clientWidth) return;
    const left = active.offsetLeft - (container.clientWidth - active.offsetWidth) / 2;
    container.scrollTo({ left: Math.max(0, left) });
  }, [category]);

  const updateParams = (changes: Record<string, string | undefined>, replace: boolean) => {
    const next = new URLSearchParams(searchParams);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    next.delete('page');
    setSearchParams(next, { replace, preventScrollReset: true });
  };

  const setQuery = (value: string) => updateParams({ q: value }, true);
  const setCategory = (value: TSkillCategory | undefined) =>
    updateParams({ category: value }, false);
  const clearFilters = () => updateParams({ q: undefined, category: undefined }, false);

  const data = query.data;
  const totalPages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;
  const filtered = q !== '' || category !== undefined;

  return (
    <PageContainer>
      <PageHeader
        title="Skills catalog"
        description="The shared vocabulary CareerOS uses to describe roles, roadmaps and achievements. Search by name or by a common alias."
      />

      <div className="space-y-4">
        <SearchField
          id="skill-search"
          label="Search skills"
          labelHidden
          placeholder="Search skills, e.g. Python or JS"
          value={q}
          maxLength={MAX_QUERY_LENGTH}
          onSearch={setQuery}
          size="lg"
          className="max-w-xl"
        />
        <div
          ref={chipsRef}
          role="group"
          aria-label="Filter by category"
          className="relative -mx-4 flex gap-2 overflow-x-auto px-4 pb-1 sm:mx-0 sm:flex-wrap sm:overflow-visible sm:px-0"
        >
          <CategoryChip active={category === undefined} onClick={() => setCategory(undefined)}>
            All
          </CategoryChip>
          {skillCategories.map((value) => (
            <CategoryChip
              key={value}
              active={category === value}
              onClick={() => setCategory(category === value ? undefined : value)}
            >
              {categoryLabels[value]}
            </CategoryChip>
          ))}
        </div>
      </div>

      <div className="mt-8">
        <p aria-live="polite" className="mb-4 min-h-5 text-sm text-muted-foreground">
          {data && data.items.length > 0
            ? `Showing ${offset + 1}–${offset + data.items.length} of ${data.total.toLocaleString()} ${data.total === 1 ? 'skill' : 'skills'}`
            : null}
        </p>

        {query.isError ? (
          <ErrorState
            error={query.error}
            title="Couldn’t load the skills catalog"
            onRetry={() => void query.refetch()}
            retrying={query.isFetching}
          />
        ) : !data ? (
          <SkillGridSkeleton />
        ) : data.items.length === 0 ? (
          offset > 0 && data.total > 0 ? (
            <PastLastPage totalPages={totalPages} />
          ) : (
            <EmptyState
              icon={<SearchX aria-hidden="true" />}
              title={q ? `No skills match “${q}”` : 'No skills in this category yet'}
              action={
                filtered ? (
                  <Button variant="outline" onClick={clearFilters}>
                    {q && category ? 'Clear search and filter' : q ? 'Clear search' : 'Show all'}
                  </Button>
                ) : undefined
              }
            >
              {q
                ? `Check the spelling or try a common alias such as “JS” or “k8s”${category ? ', or search across all categories' : ''}.`
                : 'Try another category.'}
            </EmptyState>
          )
        ) : (
          <ul
            aria-busy={query.isPlaceholderData}
            className={cn(
              'grid grid-cols-1 gap-3 transition-opacity sm:grid-cols-2 lg:grid-cols-3',
              query.isPlaceholderData && 'opacity-60',
            )}
          >
            {data.items.map((skill) => (
              <li key={skill.slug}>
                <SkillCard skill={skill} />
              </li>
            ))}
          </ul>
        )}

        {data && data.items.length > 0 ? (
          <Pagination page={page} totalPages={totalPages} className="mt-8" />
        ) : null}
      </div>
    </PageContainer>
  );
}

function CategoryChip({
  active,
  onClick,
  children,
}: {
  active: boolean;
  onClick: () => void;
  children: string;
}) {
  return (
    <button
      type="button"
      aria-pressed={active}
      onClick={onClick}
      className={cn(
        'shrink-0 cursor-pointer rounded-full border px-3.5 py-1.5 text-sm font-medium transition-colors outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-background',
        active
          ? 'border-primary bg-primary text-primary-foreground'
          : 'bg-background text-muted-foreground hover:border-primary/40 hover:text-foreground',
      )}
    >
      {children}
    </button>
  );
}

export function SkillCard({ skill }: { skill: TSkill }) {
  const aliases = displayAliases(skill);
  return (
    <Link
      to={`/skills/${skill.slug}`}
      className="group flex h-full flex-col gap-2 rounded-xl border bg-card p-5 shadow-xs transition-colors outline-none hover:border-primary/50 focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-background dark:shadow-none"
    >
      <div className="flex items-start justify-between gap-3">
        <h2 className="font-semibold group-hover:text-primary">{skill.name}</h2>
        <Badge variant="secondary">{categoryNames[skill.category]}</Badge>
      </div>
      <p className="line-clamp-2 text-sm text-muted-foreground">{skill.description}</p>
      {aliases.length > 0 ? (
        <p className="mt-auto truncate pt-1 text-xs text-muted-foreground">
          <span className="sr-only">Also known as: </span>
          <span aria-hidden="true">aka </span>
          {aliases.join(', ')}
        </p>
      ) : null}
    </Link>
  );
}

function SkillGridSkeleton() {
  return (
    <div
      role="status"
      aria-label="Loading skills"
      className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3"
    >
      {Array.from({ length: 9 }, (_, index) => (
        <div key={index} className="flex flex-col gap-3 rounded-xl border bg-card p-5">
          <div className="flex items-center justify-between gap-3">
            <Skeleton className="h-5 w-32" />
            <Skeleton className="h-5 w-16 rounded-full" />
          </div>
          <Skeleton className="h-4 w-full" />
          <Skeleton className="h-4 w-3/4" />
        </div>
      ))}
    </div>
  );
}
