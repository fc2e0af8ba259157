import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Plus, Trophy } from 'lucide-react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import {
  achievementTypes,
  type TAchievementEffects,
  type TAchievementType,
} from '../../../contracts/achievements';
import { AchievementFormDialog } from '../components/achievements/achievement-form-dialog';
import { AchievementTimeline } from '../components/achievements/achievement-timeline';
import { GeneratedResumeCard } from '../components/achievements/generated-resume-card';
import { FormMessage } from '../components/form-message';
import { PageContainer, PageHeader } from '../components/page';
import { Pagination, parsePage, PastLastPage } from '../components/pagination';
import { EmptyState, ErrorState } from '../components/states';
import { Button } from '../components/ui/button';
import { Skeleton } from '../components/ui/skeleton';
import {
  achievementListQuery,
  achievementTypeLabels,
  describeEffects,
  refreshAchievements,
} from '../lib/achievements';
import { useAuth } from '../lib/auth-context';
import { useDocumentTitle } from '../lib/use-document-title';
import { cn } from '../lib/utils';

const PAGE_SIZE = 20;

function parseType(value: string | null): TAchievementType | undefined {
  return achievementTypes.find((t) => t === value);
}

/** Only rendered inside <RequireAuth>. */
export function AchievementsPage() {
  useDocumentTitle('Achievements');
  const [searchParams] = useSearchParams();
  const type = parseType(searchParams.get('type'));
  const page = parsePage(searchParams.get('page'));
  const { user } = useAuth();
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<string>();
  const query = useQuery({
    enabled: !!user,
    ...achievementListQuery(user?.id ?? '', {
      type,
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
    }),
    placeholderData: keepPreviousData,
  });
  const data = query.data;
  const totalPages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;
  const onChanged = async (effects: TAchievementEffects) => {
    setNotice(describeEffects(effects));
    await refreshAchievements(queryClient);
  };
  const add = (
    <AchievementFormDialog
      onSaved={onChanged}
      trigger={
        <Button className="w-full sm:w-auto">
          <Plus aria-hidden="true" />
          Add achievement
        </Button>
      }
    />
  );
  const all = data ? Object.values(data.counts).reduce((a, b) => a + b, 0) : undefined;

  return (
    <PageContainer className="max-w-5xl">
      <PageHeader
        title="Achievements"
        description={
          <>
            Jobs, projects, courses and more. The skills they name go to{' '}
            <Link to="/account/skills" className="text-primary underline-offset-4 hover:underline">
              your skills
            </Link>{' '}
            and your resume is rebuilt from them.
          </>
        }
      >
        {add}
      </PageHeader>

      {notice ? (
        <div className="mb-6">
          <FormMessage success={notice} />
        </div>
      ) : null}

      <div className="grid gap-8 lg:grid-cols-[1fr_20rem] lg:items-start">
        <div className="min-w-0">
          <nav
            aria-label="Filter by type"
            className="-mx-4 mb-6 flex gap-2 overflow-x-auto px-4 pb-1 sm:mx-0 sm:flex-wrap sm:px-0"
          >
            <TypeTab to="/achievements" active={type === undefined} label="All" count={all} />
            {achievementTypes
              .filter((t) => t === type || (data?.counts[t] ?? 0) > 0)
              .map((t) => (
                <TypeTab
                  key={t}
                  to={`/achievements?type=${t}`}
                  active={type === t}
                  label={achievementTypeLabels[t]}
                  count={data?.counts[t]}
                />
              ))}
          </nav>

          {data ? (
            data.items.length > 0 ? (
              <>
                <AchievementTimeline items={data.items} onChanged={onChanged} />
                <Pagination page={page} totalPages={totalPages} className="mt-6" />
              </>
            ) : page > 1 && data.total > 0 ? (
              <PastLastPage totalPages={totalPages} />
            ) : (
              <EmptyState
                icon={<Trophy aria-hidden="true" />}
                title={
                  type
                    ? `No ${achievementTypeLabels[type].toLowerCase()} records`
                    : 'No achievements yet'
                }
                action={type ? undefined : add}
              >
                {type
                  ? 'Records of this type show up here.'
                  : 'Add a job, an internship, a project or a course: your skills and resume follow.'}
              </EmptyState>
            )
          ) : query.isError ? (
            <ErrorState
              error={query.error}
              title="Could not load your achievements"
              onRetry={() => void query.refetch()}
              retrying={query.isFetching}
            />
          ) : (
            <div role="status" aria-label="Loading your achievements" className="grid gap-4">
              <Skeleton className="h-32 w-full rounded-xl" />
              <Skeleton className="h-32 w-full rounded-xl" />
            </div>
          )}
        </div>
        {user ? <GeneratedResumeCard userId={user.id} /> : null}
      </div>
    </PageContainer>
  );
}

function TypeTab({
  to,
  active,
  label,
  count,
}: {
  to: string;
  active: boolean;
  label: string;
  count?: number;
}) {
  return (
    <Link
      to={to}
      aria-current={active ? 'page' : undefined}
      className={cn(
        'inline-flex h-9 shrink-0 items-center gap-1.5 rounded-full border px-3 text-sm font-medium transition-colors',
        active ? 'border-primary bg-primary text-primary-foreground' : 'hover:bg-accent',
      )}
    >
      {label}
      {count !== undefined ? (
        <span className={cn('tabular-nums', !active && 'text-muted-foreground')}>{count}</span>
      ) : null}
    </Link>
  );
}
