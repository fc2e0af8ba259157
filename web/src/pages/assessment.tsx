import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ClipboardList, RotateCcw } from 'lucide-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { INTEREST_ITEM_COUNT } from '../../../contracts/assessments';
import { isFlatProfile, scoreInterestAnswers } from '../../../contracts/interest-scoring';
import { AnswerProgress } from '../components/assessment/progress';
import { ItemGrid } from '../components/assessment/item-grid';
import { ItemStepper } from '../components/assessment/item-stepper';
import { FormMessage } from '../components/form-message';
import { PageContainer, PageHeader } from '../components/page';
import { ErrorState } from '../components/states';
import { Button } from '../components/ui/button';
import { Card, CardContent } from '../components/ui/card';
import { Skeleton } from '../components/ui/skeleton';
import {
  clearAnswers,
  GUEST_RESULT_ID,
  interestItemsQuery,
  interestResultsKey,
  saveGuestScores,
  setAnswer,
  submitInterestAnswers,
  useAnswers,
} from '../lib/assessment';
import { useAuth } from '../lib/auth-context';
import { describeError } from '../lib/errors';
import { authPagePath } from '../lib/next-path';
import { useDocumentTitle } from '../lib/use-document-title';
import { useMediaQuery } from '../lib/use-media-query';

const FLAT_MESSAGE =
  'You gave every area the same ratings, so there is no pattern to match careers against. Rate some activities higher than others.';

export function AssessmentPage() {
  useDocumentTitle('Interest assessment');
  const items = useQuery(interestItemsQuery());
  const answers = useAnswers();
  const answered = Object.keys(answers).length;
  const [started, setStarted] = useState(answered > 0);

  return (
    <PageContainer className="max-w-4xl">
      <PageHeader
        title="Interest assessment"
        description={
          started
            ? undefined
            : 'Sixty everyday activities. For each, say how much you would like doing it: not whether you are good at it or have done it. It takes about ten minutes.'
        }
      />
      {items.isError ? (
        <ErrorState
          error={items.error}
          title="Couldn’t load the activities"
          onRetry={() => void items.refetch()}
          retrying={items.isFetching}
        />
      ) : !items.data ? (
        <Skeleton className="h-72 w-full rounded-xl" />
      ) : !started ? (
        <Intro onStart={() => setStarted(true)} />
      ) : (
        <TakeAssessment items={items.data.items} scale={items.data.scale} answers={answers} />
      )}
    </PageContainer>
  );
}

function Intro({ onStart }: { onStart: () => void }) {
  const { user } = useAuth();
  return (
    <Card>
      <CardContent className="space-y-5 pt-5 sm:pt-6">
        <div className="flex items-start gap-4">
          <div className="flex size-12 shrink-0 items-center justify-center rounded-full bg-accent text-accent-foreground">
            <ClipboardList className="size-6" aria-hidden="true" />
          </div>
          <div className="space-y-2 text-sm text-muted-foreground">
            <p>
              The activities cover Holland’s six interest areas: Realistic, Investigative, Artistic,
              Social, Enterprising and Conventional. Your answers give a score for each, and the
              careers whose interest profile has the same shape as yours come first.
            </p>
            <p>There are no right answers. “Not sure” is fine when you cannot decide.</p>
            {user ? null : (
              <p>
                You can take it without an account; sign in to keep your result and compare it with
                later ones.
              </p>
            )}
          </div>
        </div>
        <Button size="lg" onClick={onStart} className="w-full sm:w-auto">
          Start the assessment
        </Button>
      </CardContent>
    </Card>
  );
}

function TakeAssessment({
  items,
  scale,
  answers,
}: {
  items: Parameters<typeof ItemGrid>[0]['items'];
  scale: readonly string[];
  answers: Readonly<Record<string, number>>;
}) {
  const wide = useMediaQuery('(min-width: 640px)');
  const { user } = useAuth();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const firstOpen = items.findIndex((item) => answers[item.id] === undefined);
  const [index, setIndex] = useState(Math.max(0, firstOpen));
  const [problem, setProblem] = useState<string>();
  const answered = items.filter((item) => answers[item.id] !== undefined).length;
  const complete = answered === INTEREST_ITEM_COUNT;

  const save = useMutation({
    mutationFn: () => submitInterestAnswers(answers),
    onSuccess: async (result) => {
      clearAnswers();
      if (user) await queryClient.invalidateQueries({ queryKey: interestResultsKey(user.id) });
      void navigate(`/assessment/results/${result.id}`);
    },
    onError: (error) => setProblem(describeError(error).title),
  });

  const finish = () => {
    setProblem(undefined);
    const scores = scoreInterestAnswers(items, answers);
    if (isFlatProfile(scores)) {
      setProblem(FLAT_MESSAGE);
      return;
    }
    if (user) {
      save.mutate();
      return;
    }
    saveGuestScores(scores);
    void navigate(`/assessment/results/${GUEST_RESULT_ID}`);
  };

  return (
    <div className="space-y-6">
      <div className="sticky top-16 z-20 -mx-4 flex h-16 items-center bg-background/95 px-4 backdrop-blur sm:mx-0 sm:px-0">
        <AnswerProgress answered={answered} total={INTEREST_ITEM_COUNT} className="w-full" />
      </div>
      {wide ? (
        <ItemGrid items={items} scale={scale} answers={answers} onAnswer={setAnswer} />
      ) : (
        <ItemStepper
          items={items}
          scale={scale}
          answers={answers}
          index={index}
          onIndexChange={setIndex}
          onAnswer={setAnswer}
        />
      )}
      <div className="space-y-3 border-t pt-6">
        {problem ? <FormMessage error={problem} /> : null}
        {complete ? (
          <p className="text-sm text-muted-foreground">All {INTEREST_ITEM_COUNT} answered.</p>
        ) : (
          <p className="text-sm text-muted-foreground">
            Answer all {INTEREST_ITEM_COUNT} to see your results ({INTEREST_ITEM_COUNT - answered}{' '}
            to go).
          </p>
        )}
        <div className="flex flex-col gap-3 sm:flex-row">
          <Button
            size="lg"
            disabled={!complete}
            aria-disabled={save.isPending || undefined}
            onClick={() => {
              if (!save.isPending) finish();
            }}
          >
            {user ? 'Save and see my results' : 'See my results'}
          </Button>
          {answered > 0 ? (
            <Button
              size="lg"
              variant="outline"
              onClick={() => {
                clearAnswers();
                setIndex(0);
                setProblem(undefined);
              }}
            >
              <RotateCcw aria-hidden="true" />
              Start over
            </Button>
          ) : null}
        </div>
        {user ? null : (
          <p className="text-sm text-muted-foreground">
            <Link
              to={authPagePath('/login', '/assessment')}
              className="font-medium text-primary underline-offset-4 hover:underline"
            >
              Log in
            </Link>{' '}
            to save your result; your answers stay in this tab meanwhile.
          </p>
        )}
      </div>
    </div>
  );
}
