import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Copy, SearchX, Share2, Trash2 } from 'lucide-react';
import { lazy, Suspense, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { TRoadmap } from '../../../contracts/roadmaps';
import { FormMessage } from '../components/form-message';
import { PageContainer } from '../components/page';
import { RoadmapListView, type MilestoneView } from '../components/roadmaps/roadmap-list-view';
import { RoadmapProgressSummary } from '../components/roadmaps/roadmap-progress';
import { Legend, ViewSwitch } from '../components/roadmaps/roadmap-view-controls';
import { EmptyState, ErrorState } from '../components/states';
import { Button } from '../components/ui/button';
import { Card, CardContent } from '../components/ui/card';
import { Skeleton } from '../components/ui/skeleton';
import { isApiError } from '../lib/api';
import { useAuth } from '../lib/auth-context';
import { describeError } from '../lib/errors';
import {
  defaultViewMode,
  deleteRoadmap,
  roadmapQuery,
  roadmapsKey,
  setMilestone,
  shareRoadmap,
  unshareRoadmap,
  type RoadmapViewMode,
} from '../lib/roadmaps';
import { useDocumentTitle } from '../lib/use-document-title';
import { cn } from '../lib/utils';

// The graph library is large; only pages that draw a graph load it.
const RoadmapGraph = lazy(() => import('../components/roadmaps/roadmap-graph'));

export function RoadmapDetailPage() {
  const { id = '' } = useParams();
  const { user } = useAuth();
  const query = useQuery({ ...roadmapQuery(user?.id ?? '', id), enabled: !!user });
  const notFound =
    isApiError(query.error) &&
    (query.error.code === 'NOT_FOUND' || query.error.code === 'VALIDATION_FAILED');
  useDocumentTitle(query.data?.title ?? 'Roadmap');

  return (
    <PageContainer className="max-w-5xl">
      {query.data ? (
        <RoadmapDetail roadmap={query.data} />
      ) : notFound ? (
        <EmptyState
          icon={<SearchX aria-hidden="true" />}
          title="Roadmap not found"
          headingLevel={1}
          action={
            <Button asChild variant="outline">
              <Link to="/roadmaps">Your roadmaps</Link>
            </Button>
          }
        >
          It may have been deleted, or it belongs to another account.
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
          <Skeleton className="h-40 w-full" />
          <Skeleton className="h-96 w-full" />
        </div>
      )}
    </PageContainer>
  );
}

function RoadmapDetail({ roadmap }: { roadmap: TRoadmap }) {
  const { user } = useAuth();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [mode, setMode] = useState<RoadmapViewMode>(defaultViewMode);
  const [error, setError] = useState<string>();
  const key = roadmapQuery(user?.id ?? '', roadmap.id).queryKey;

  const milestones = useMemo<MilestoneView[]>(
    () => roadmap.milestones.map((m) => ({ ...m, completed: m.completedAt !== null })),
    [roadmap.milestones],
  );
  const completed = useMemo(
    () => new Set(milestones.filter((m) => m.completed).map((m) => m.position)),
    [milestones],
  );

  const toggle = useMutation({
    mutationFn: (m: MilestoneView) => setMilestone(roadmap.id, m.id, !m.completed),
    onSuccess: (updated) => {
      setError(undefined);
      queryClient.setQueryData(key, updated);
      if (user) void queryClient.invalidateQueries({ queryKey: [...roadmapsKey(user.id), 'list'] });
    },
    onError: (e) => setError(describeError(e).hint),
  });
  const share = useMutation({
    mutationFn: (on: boolean) =>
      on
        ? shareRoadmap(roadmap.id).then((r) => r.sharePath)
        : unshareRoadmap(roadmap.id).then(() => null),
    onSuccess: (sharePath) => {
      setError(undefined);
      queryClient.setQueryData(key, { ...roadmap, sharePath });
    },
    onError: (e) => setError(describeError(e).hint),
  });
  const remove = useMutation({
    mutationFn: () => deleteRoadmap(roadmap.id),
    onSuccess: async () => {
      if (user) await queryClient.invalidateQueries({ queryKey: roadmapsKey(user.id) });
      void navigate('/roadmaps');
    },
    onError: (e) => setError(describeError(e).hint),
  });

  return (
    <article className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm">
          <Link to="/roadmaps" className="text-muted-foreground hover:text-foreground">
            Your roadmaps
          </Link>
        </p>
        <h1 className="text-3xl font-bold tracking-tight break-words sm:text-4xl">
          {roadmap.title}
        </h1>
        <p className="text-muted-foreground">
          <Link
            to={`/careers/${encodeURIComponent(roadmap.occupation.code)}/gaps`}
            className="hover:underline"
          >
            {roadmap.occupation.title}
          </Link>{' '}
          · {roadmap.hoursPerWeek} hours a week
        </p>
      </header>

      <Card>
        <CardContent className="pt-6">
          <RoadmapProgressSummary progress={roadmap.progress} />
        </CardContent>
      </Card>

      <FormMessage error={error} />

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
        <RoadmapListView
          graph={roadmap.graph}
          milestones={milestones}
          onToggle={(m) => toggle.mutate(m)}
          pendingId={toggle.isPending ? toggle.variables.id : undefined}
        />
      )}

      <SharePanel
        sharePath={roadmap.sharePath}
        pending={share.isPending}
        onChange={(on) => share.mutate(on)}
      />

      <div className="flex justify-end">
        <Button
          variant="ghost"
          className="text-destructive hover:text-destructive"
          disabled={remove.isPending}
          onClick={() => {
            if (window.confirm('Delete this roadmap and its progress?')) remove.mutate();
          }}
        >
          <Trash2 aria-hidden="true" />
          Delete roadmap
        </Button>
      </div>
    </article>
  );
}

function SharePanel({
  sharePath,
  pending,
  onChange,
}: {
  sharePath: string | null;
  pending: boolean;
  onChange: (on: boolean) => void;
}) {
  const [copied, setCopied] = useState(false);
  const url = sharePath ? `${window.location.origin}${sharePath}` : null;
  return (
    <Card>
      <CardContent className="space-y-3 pt-6">
        <div className="flex items-start justify-between gap-4">
          <div className="space-y-1">
            <h2 className="flex items-center gap-2 font-semibold" id="share-heading">
              <Share2 className="size-4" aria-hidden="true" />
              Public link
            </h2>
            <p className="text-sm text-muted-foreground">
              Anyone with the link sees this roadmap and its progress, read-only; never your name or
              email. Turning it off stops the link working.
            </p>
          </div>
          <button
            type="button"
            role="switch"
            aria-checked={!!sharePath}
            aria-labelledby="share-heading"
            disabled={pending}
            onClick={() => onChange(!sharePath)}
            className={cn(
              'relative inline-flex h-6 w-11 shrink-0 cursor-pointer items-center rounded-full border-2 border-transparent transition-colors outline-none focus-visible:ring-2 focus-visible:ring-ring disabled:opacity-50',
              sharePath ? 'bg-primary' : 'bg-input',
            )}
          >
            <span
              className={cn(
                'inline-block size-5 rounded-full bg-background shadow transition-transform',
                sharePath ? 'translate-x-5' : 'translate-x-0',
              )}
            />
          </button>
        </div>
        {url ? (
          <div className="flex flex-col gap-2 sm:flex-row">
            <input
              readOnly
              value={url}
              aria-label="Share link"
              className="h-9 min-w-0 flex-1 rounded-md border bg-muted/40 px-3 font-mono text-xs"
              onFocus={(e) => e.target.select()}
            />
            <Button
              size="sm"
              variant="outline"
              onClick={() => {
                void navigator.clipboard?.writeText(url).then(() => setCopied(true));
              }}
            >
              <Copy aria-hidden="true" />
              {copied ? 'Copied' : 'Copy link'}
            </Button>
          </div>
        ) : null}
      </CardContent>
    </Card>
  );
}
