import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ClipboardList, GitCompareArrows, RotateCcw, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { TInterestScores } from '../../../contracts/assessments';
import { areaLabels, topAreas } from '../../../contracts/interest-scoring';
import { riasecAreas } from '../../../contracts/occupations';
import { CareerMatchList } from '../components/assessment/career-match-list';
import { RiasecChart } from '../components/assessment/riasec-chart';
import { RequireAuth } from '../components/auth/require-auth';
import { PageContainer, PageHeader } from '../components/page';
import { EmptyState, ErrorState } from '../components/states';
import { Alert } from '../components/ui/alert';
import { Button } from '../components/ui/button';
import { Card, CardContent, CardHeader } from '../components/ui/card';
import { Skeleton } from '../components/ui/skeleton';
import {
  areaDescriptions,
  clearAnswers,
  deleteInterestResult,
  GUEST_RESULT_ID,
  interestComparisonQuery,
  interestHistoryQuery,
  interestResultQuery,
  interestResultsKey,
  readGuestScores,
} from '../lib/assessment';
import { useAuth } from '../lib/auth-context';
import { authPagePath } from '../lib/next-path';
import { useDocumentTitle } from '../lib/use-document-title';
import { cn } from '../lib/utils';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function AssessmentResultsPage() {
  const { id = '' } = useParams();
  useDocumentTitle('Your interest results');
  if (id === GUEST_RESULT_ID) return <GuestResults />;
  return (
    <RequireAuth>
      <SavedResults id={id} />
    </RequireAuth>
  );
}

function RetakeButton() {
  const navigate = useNavigate();
  return (
    <Button
      variant="outline"
      onClick={() => {
        clearAnswers();
        void navigate('/assessment');
      }}
    >
      <RotateCcw aria-hidden="true" />
      Retake
    </Button>
  );
}

function GuestResults() {
  const scores = readGuestScores();
  if (!scores) {
    return (
      <PageContainer className="max-w-4xl">
        <EmptyState
          headingLevel={1}
          icon={<ClipboardList aria-hidden="true" />}
          title="No result in this tab"
          action={
            <Button asChild>
              <Link to="/assessment">Take the assessment</Link>
            </Button>
          }
        >
          Results of a signed-out assessment stay only in the browser tab that took it.
        </EmptyState>
      </PageContainer>
    );
  }
  return (
    <PageContainer className="max-w-4xl space-y-10">
      <PageHeader title="Your interest results" description="From the answers you just gave.">
        <RetakeButton />
      </PageHeader>
      <Alert variant="info" role="status">
        <p>
          This result is not saved.{' '}
          <Link
            to={authPagePath('/login', '/assessment')}
            className="font-medium text-primary underline-offset-4 hover:underline"
          >
            Log in
          </Link>{' '}
          or{' '}
          <Link
            to={authPagePath('/register', '/assessment')}
            className="font-medium text-primary underline-offset-4 hover:underline"
          >
            sign up
          </Link>{' '}
          to save it: your answers are kept in this tab, so you only need to press save.
        </p>
      </Alert>
      <Profile scores={scores} />
      <CareerMatchList source={{ scores }} />
    </PageContainer>
  );
}

function SavedResults({ id }: { id: string }) {
  const { user } = useAuth();
  const userId = user?.id ?? '';
  const result = useQuery(interestResultQuery(userId, id));
  const history = useQuery(interestHistoryQuery(userId, 20, 0));
  const [comparing, setComparing] = useState(false);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => deleteInterestResult(id),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: interestResultsKey(userId) });
      void navigate('/assessment');
    },
  });

  if (result.isError) {
    return (
      <PageContainer className="max-w-4xl">
        <ErrorState
          headingLevel={1}
          error={result.error}
          title="Couldn’t load this result"
          onRetry={() => void result.refetch()}
          retrying={result.isFetching}
        />
      </PageContainer>
    );
  }
  if (!result.data) {
    return (
      <PageContainer className="max-w-4xl space-y-6" role="status" aria-label="Loading">
        <Skeleton className="h-10 w-72" />
        <Skeleton className="h-80 w-full rounded-xl" />
      </PageContainer>
    );
  }

  const items = history.data?.items ?? [];
  const position = items.findIndex((r) => r.id === id);
  const previous = position >= 0 ? items[position + 1] : undefined;

  return (
    <PageContainer className="max-w-4xl space-y-10">
      <PageHeader
        title="Your interest results"
        description={`Taken ${dateFormat.format(new Date(result.data.createdAt))}.`}
      >
        <div className="flex flex-wrap gap-2">
          <RetakeButton />
          <Button
            variant="ghost"
            aria-disabled={remove.isPending || undefined}
            onClick={() => {
              if (!remove.isPending && window.confirm('Delete this result?')) remove.mutate();
            }}
          >
            <Trash2 aria-hidden="true" />
            Delete
          </Button>
        </div>
      </PageHeader>
      <Profile scores={result.data.scores} />

      {previous ? (
        <section aria-labelledby="compare-heading" className="space-y-4">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 id="compare-heading" className="text-2xl font-semibold tracking-tight">
              Compared with your previous result
            </h2>
            <Button
              variant="outline"
              onClick={() => setComparing((v) => !v)}
              aria-expanded={comparing}
            >
              <GitCompareArrows aria-hidden="true" />
              {comparing ? 'Hide comparison' : 'Compare with previous'}
            </Button>
          </div>
          {comparing ? <Comparison userId={userId} id={id} previousId={previous.id} /> : null}
        </section>
      ) : null}

      <CareerMatchList source={{ userId, resultId: id }} />

      {items.length > 1 ? (
        <section aria-labelledby="history-heading" className="space-y-3">
          <h2 id="history-heading" className="text-2xl font-semibold tracking-tight">
            Your results
          </h2>
          <ul className="divide-y rounded-xl border">
            {items.map((r) => (
              <li key={r.id}>
                <Link
                  to={`/assessment/results/${r.id}`}
                  aria-current={r.id === id ? 'page' : undefined}
                  className={cn(
                    'flex items-center justify-between gap-4 px-4 py-3 text-sm hover:bg-accent',
                    r.id === id && 'bg-accent/60 font-medium',
                  )}
                >
                  <span>{dateFormat.format(new Date(r.createdAt))}</span>
                  <span className="text-muted-foreground">
                    {r.topAreas.map((a) => areaLabels[a]).join(', ')}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </PageContainer>
  );
}

function Comparison({
  userId,
  id,
  previousId,
}: {
  userId: string;
  id: string;
  previousId: string;
}) {
  const query = useQuery(interestComparisonQuery(userId, id, previousId));
  if (query.isError) {
    return <ErrorState error={query.error} title="Couldn’t compare the results" />;
  }
  if (!query.data) return <Skeleton className="h-48 w-full rounded-xl" />;
  const { before, after, differences, summary } = query.data;
  return (
    <Card>
      <CardContent className="space-y-5 pt-5 sm:pt-6">
        <p className="font-medium" data-testid="comparison-summary">
          {summary}
        </p>
        <RiasecChart scores={after.scores} compareWith={before.scores} showList={false} />
        <table className="w-full text-sm">
          <caption className="sr-only">Score changes per area</caption>
          <thead>
            <tr className="text-left text-muted-foreground">
              <th scope="col" className="py-1 font-medium">
                Area
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                Before
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                Now
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                Change
              </th>
            </tr>
          </thead>
          <tbody>
            {riasecAreas.map((area) => (
              <tr key={area} className="border-t">
                <th scope="row" className="py-1.5 text-left font-normal">
                  {areaLabels[area]}
                </th>
                <td className="py-1.5 text-right tabular-nums">{before.scores[area]}</td>
                <td className="py-1.5 text-right tabular-nums">{after.scores[area]}</td>
                <td
                  className={cn(
                    'py-1.5 text-right font-medium tabular-nums',
                    differences[area] > 0 && 'text-success',
                    differences[area] < 0 && 'text-destructive',
                  )}
                >
                  {differences[area] > 0 ? `+${differences[area]}` : differences[area]}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </CardContent>
    </Card>
  );
}

/** The chart and the top three areas in plain words. */
function Profile({ scores }: { scores: TInterestScores }) {
  const top = topAreas(scores);
  return (
    <div className="space-y-8">
      <RiasecChart scores={scores} />
      <section aria-labelledby="top-areas-heading" className="space-y-3">
        <h2 id="top-areas-heading" className="text-2xl font-semibold tracking-tight">
          Your strongest interests
        </h2>
        <ol className="grid gap-3 md:grid-cols-3">
          {top.map((area, i) => (
            <li key={area}>
              <Card className="h-full">
                <CardHeader>
                  <h3 className="text-lg leading-tight font-semibold">
                    {i + 1}. {areaLabels[area]}{' '}
                    <span className="text-sm font-normal text-muted-foreground">
                      {scores[area]} of 40
                    </span>
                  </h3>
                </CardHeader>
                <CardContent className="text-sm text-muted-foreground">
                  {areaDescriptions[area]}
                </CardContent>
              </Card>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
