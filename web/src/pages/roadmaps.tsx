import { useQuery } from '@tanstack/react-query';
import { ArrowRight, Route } from 'lucide-react';
import { Link, useSearchParams } from 'react-router';
import { PageContainer, PageHeader } from '../components/page';
import { Pagination, parsePage } from '../components/pagination';
import { ProgressBar } from '../components/roadmaps/roadmap-progress';
import { EmptyState, ErrorState } from '../components/states';
import { Badge } from '../components/ui/badge';
import { Card, CardContent } from '../components/ui/card';
import { Skeleton } from '../components/ui/skeleton';
import { useAuth } from '../lib/auth-context';
import { formatDate, roadmapListQuery } from '../lib/roadmaps';
import { useDocumentTitle } from '../lib/use-document-title';

const PAGE_SIZE = 20;

export function RoadmapsPage() {
  const { user } = useAuth();
  const [params] = useSearchParams();
  const page = parsePage(params.get('page'));
  const query = useQuery({
    ...roadmapListQuery(user?.id ?? '', { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    enabled: !!user,
  });
  useDocumentTitle('Your roadmaps');
  const data = query.data;

  return (
    <PageContainer className="max-w-4xl">
      <PageHeader
        title="Your roadmaps"
        description="Plans towards an occupation, built from your skill gaps, with milestones dated by the hours you have."
      />
      {data ? (
        data.items.length === 0 ? (
          <EmptyState icon={<Route aria-hidden="true" />} title="No roadmaps yet">
            Open an occupation’s skill gaps and choose “Build a roadmap” to start one.
          </EmptyState>
        ) : (
          <>
            <ul className="space-y-3" aria-label="Roadmaps">
              {data.items.map((r) => (
                <li key={r.id}>
                  <Link
                    to={`/roadmaps/${r.id}`}
                    className="block rounded-xl outline-none focus-visible:ring-2 focus-visible:ring-ring"
                  >
                    <Card className="transition-colors hover:bg-accent/40">
                      <CardContent className="space-y-3 pt-5">
                        <div className="flex items-start justify-between gap-3">
                          <div className="min-w-0">
                            <h2 className="font-semibold break-words">{r.title}</h2>
                            <p className="text-sm text-muted-foreground">
                              {r.progress.nextMilestone
                                ? `Next: ${r.progress.nextMilestone.title}`
                                : 'All milestones done'}
                            </p>
                          </div>
                          {r.completedAt ? (
                            <Badge variant="success">Completed</Badge>
                          ) : (
                            <ArrowRight
                              className="size-4 shrink-0 text-muted-foreground"
                              aria-hidden="true"
                            />
                          )}
                        </div>
                        <ProgressBar percent={r.progress.percent} label={`${r.title} progress`} />
                        <p className="flex flex-wrap justify-between gap-2 text-xs text-muted-foreground">
                          <span>
                            {r.progress.percent}% · {r.progress.milestonesCompleted} of{' '}
                            {r.progress.milestonesTotal} milestones
                          </span>
                          <span>
                            {r.progress.hoursLeft} h left · finish{' '}
                            {formatDate(r.progress.estimatedFinish)}
                          </span>
                        </p>
                      </CardContent>
                    </Card>
                  </Link>
                </li>
              ))}
            </ul>
            <Pagination
              page={page}
              totalPages={Math.ceil(data.total / PAGE_SIZE)}
              className="mt-6"
            />
          </>
        )
      ) : query.isError ? (
        <ErrorState
          error={query.error}
          title="Couldn’t load your roadmaps"
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      ) : (
        <div className="space-y-3" aria-busy="true">
          <Skeleton className="h-28 w-full" />
          <Skeleton className="h-28 w-full" />
        </div>
      )}
    </PageContainer>
  );
}
