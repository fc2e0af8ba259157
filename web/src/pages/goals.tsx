import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Plus, Target } from 'lucide-react';
import { Link, useSearchParams } from 'react-router';
import { goalStatuses, type TGoalStatus } from '../../../contracts/goals';
import { GoalCard } from '../components/goals/goal-card';
import { GoalFormDialog } from '../components/goals/goal-form-dialog';
import { PageContainer, PageHeader } from '../components/page';
import { Pagination, parsePage, PastLastPage } from '../components/pagination';
import { EmptyState, ErrorState } from '../components/states';
import { Button } from '../components/ui/button';
import { Skeleton } from '../components/ui/skeleton';
import { goalListQuery, goalStatusLabels } from '../lib/goals';
import { useAuth } from '../lib/auth-context';
import { useDocumentTitle } from '../lib/use-document-title';
import { cn } from '../lib/utils';

const PAGE_SIZE = 10;

function parseStatus(value: string | null): TGoalStatus | undefined {
  return goalStatuses.find((s) => s === value);
}

/** Only rendered inside <RequireAuth>. */
export function GoalsPage() {
  useDocumentTitle('Goals');
  const [searchParams] = useSearchParams();
  const status = parseStatus(searchParams.get('status'));
  const page = parsePage(searchParams.get('page'));
  const { user } = useAuth();
  const query = useQuery({
    enabled: !!user,
    ...goalListQuery(user?.id ?? '', { status, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
  const data = query.data;
  const totalPages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;
  const newGoal = (
    <GoalFormDialog
      trigger={
        <Button className="w-full sm:w-auto">
          <Plus aria-hidden="true" />
          New goal
        </Button>
      }
    />
  );

  return (
    <PageContainer className="max-w-3xl">
      <PageHeader
        title="Goals"
        description={
          <>
            What you are working towards, with milestones and dates. Your{' '}
            <Link to="/plan" className="text-primary underline-offset-4 hover:underline">
              career plan
            </Link>{' '}
            picks its next steps from them.
          </>
        }
      >
        {newGoal}
      </PageHeader>

      <nav
        aria-label="Filter by status"
        className="-mx-4 mb-6 flex gap-2 overflow-x-auto px-4 pb-1 sm:mx-0 sm:px-0"
      >
        <StatusTab
          to="/goals"
          active={status === undefined}
          label="All"
          count={data ? sum(data.counts) : undefined}
        />
        {goalStatuses.map((s) => (
          <StatusTab
            key={s}
            to={`/goals?status=${s}`}
            active={status === s}
            label={goalStatusLabels[s]}
            count={data?.counts[s]}
          />
        ))}
      </nav>

      {data ? (
        data.items.length > 0 ? (
          <div className="grid gap-4">
            {data.items.map((goal) => (
              <GoalCard key={goal.id} goal={goal} />
            ))}
            <Pagination page={page} totalPages={totalPages} className="mt-4" />
          </div>
        ) : page > 1 && data.total > 0 ? (
          <PastLastPage totalPages={totalPages} />
        ) : (
          <EmptyState
            icon={<Target aria-hidden="true" />}
            title={status ? `No ${goalStatusLabels[status].toLowerCase()} goals` : 'No goals yet'}
            action={status ? undefined : newGoal}
          >
            {status
              ? 'Goals you give this status show up here.'
              : 'Set a goal, break it into milestones, and tick them off as you go.'}
          </EmptyState>
        )
      ) : query.isError ? (
        <ErrorState
          error={query.error}
          title="Could not load your goals"
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      ) : (
        <div role="status" aria-label="Loading your goals" className="grid gap-4">
          <Skeleton className="h-56 w-full rounded-xl" />
          <Skeleton className="h-56 w-full rounded-xl" />
        </div>
      )}
    </PageContainer>
  );
}

function sum(counts: Record<TGoalStatus, number>): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

function StatusTab({
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
