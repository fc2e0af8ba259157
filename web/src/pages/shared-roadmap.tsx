import { useQuery } from '@tanstack/react-query';
import { Link2Off } from 'lucide-react';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { PageContainer } from '../components/page';
import { RoadmapListView, type MilestoneView } from '../components/roadmaps/roadmap-list-view';
import { RoadmapProgressSummary } from '../components/roadmaps/roadmap-progress';
import { Legend, ViewSwitch } from '../components/roadmaps/roadmap-view-controls';
import { EmptyState, ErrorState } from '../components/states';
import { Card, CardContent } from '../components/ui/card';
import { Skeleton } from '../components/ui/skeleton';
import { isApiError } from '../lib/api';
import { defaultViewMode, sharedRoadmapQuery, type RoadmapViewMode } from '../lib/roadmaps';
import { useDocumentTitle } from '../lib/use-document-title';

const RoadmapGraph = lazy(() => import('../components/roadmaps/roadmap-graph'));

/** A roadmap someone shared: read-only, nothing about who they are. */
export function SharedRoadmapPage() {
  const { token = '' } = useParams();
  const query = useQuery(sharedRoadmapQuery(token));
  const [mode, setMode] = useState<RoadmapViewMode>(defaultViewMode);
  const roadmap = query.data;
  const milestones = useMemo<MilestoneView[]>(() => roadmap?.milestones ?? [], [roadmap]);
  const completed = useMemo(
    () => new Set(milestones.filter((m) => m.completed).map((m) => m.position)),
    [milestones],
  );
  useDocumentTitle(roadmap ? `${roadmap.title} (shared)` : 'Shared roadmap');
  const gone =
    isApiError(query.error) &&
    (query.error.code === 'NOT_FOUND' || query.error.code === 'VALIDATION_FAILED');

  return (
    <PageContainer className="max-w-5xl">
      {roadmap ? (
        <article className="space-y-6">
          <header className="space-y-2">
            <p className="text-sm font-medium text-primary">Shared roadmap · read-only</p>
            <h1 className="text-3xl font-bold tracking-tight break-words sm:text-4xl">
              {roadmap.title}
            </h1>
            <p className="text-muted-foreground">{roadmap.occupation.title}</p>
          </header>
          <Card>
            <CardContent className="pt-6">
              <RoadmapProgressSummary progress={roadmap.progress} />
            </CardContent>
          </Card>
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 className="text-xl font-semibold">Milestones</h2>
            <ViewSwitch mode={mode} onChange={setMode} />
          </div>
          {mode === 'graph' ? (
            <Suspense fallback={<Skeleton className="h-[70vh] w-full" />}>
              <RoadmapGraph graph={roadmap.graph} completedMilestones={completed} />
              <Legend />
            </Suspense>
          ) : (
            <RoadmapListView graph={roadmap.graph} milestones={milestones} />
          )}
        </article>
      ) : gone ? (
        <EmptyState
          icon={<Link2Off aria-hidden="true" />}
          title="This link does not work"
          headingLevel={1}
        >
          The roadmap is no longer shared, or the link is incomplete.
        </EmptyState>
      ) : query.isError ? (
        <ErrorState
          error={query.error}
          title="Couldn’t load this roadmap"
          headingLevel={1}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      ) : (
        <div className="space-y-4" aria-busy="true">
          <Skeleton className="h-10 w-2/3" />
          <Skeleton className="h-96 w-full" />
        </div>
      )}
    </PageContainer>
  );
}
