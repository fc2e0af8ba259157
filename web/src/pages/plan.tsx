import { useQuery } from '@tanstack/react-query';
import { ArrowRight, Compass, Target } from 'lucide-react';
import { Link, useSearchParams } from 'react-router';
import type { TCareerPlan } from '../../../contracts/career-plan';
import { ZOccupationCode } from '../../../contracts/occupations';
import { PageContainer, PageHeader } from '../components/page';
import { GoalProgress } from '../components/goals/goal-progress';
import { PlanTimeline } from '../components/plan/plan-timeline';
import { ErrorState } from '../components/states';
import { Badge } from '../components/ui/badge';
import { Button } from '../components/ui/button';
import { Card, CardHeader, CardTitle } from '../components/ui/card';
import { Skeleton } from '../components/ui/skeleton';
import { careerPlanQuery, formatDay } from '../lib/goals';
import { useAuth } from '../lib/auth-context';
import { useDocumentTitle } from '../lib/use-document-title';

const sourceWords = {
  query: 'the occupation you picked',
  goal: 'your newest active goal',
  roadmap: 'your roadmap',
} as const;

/** Only rendered inside <RequireAuth>. */
export function PlanPage() {
  useDocumentTitle('Career plan');
  const [searchParams] = useSearchParams();
  const asked = searchParams.get('occupation') ?? undefined;
  const { user } = useAuth();
  const occupation = asked && ZOccupationCode.safeParse(asked).success ? asked : undefined;
  const plan = useQuery({ ...careerPlanQuery(user?.id ?? '', occupation), enabled: !!user });

  return (
    <PageContainer className="max-w-3xl">
      <PageHeader
        title="Career plan"
        description="Where you stand towards your target occupation, and what to do next. It follows your goals, skill gaps and roadmap."
      >
        <Button asChild variant="outline" className="w-full sm:w-auto">
          <Link to="/goals">
            <Target aria-hidden="true" />
            Your goals
          </Link>
        </Button>
      </PageHeader>
      {plan.data ? (
        <PlanView plan={plan.data} />
      ) : plan.isError ? (
        <ErrorState
          error={plan.error}
          title="Could not work out your plan"
          onRetry={() => void plan.refetch()}
          retrying={plan.isFetching}
        />
      ) : (
        <div role="status" aria-label="Loading your plan" className="grid gap-4">
          <Skeleton className="h-32 w-full rounded-xl" />
          <Skeleton className="h-48 w-full rounded-xl" />
          <Skeleton className="h-96 w-full rounded-xl" />
        </div>
      )}
    </PageContainer>
  );
}

function PlanView({ plan }: { plan: TCareerPlan }) {
  const current = plan.phases.find((p) => p.id === plan.currentPhase);
  return (
    <div className="grid gap-8">
      <Card>
        <CardHeader className="gap-3">
          {plan.targetOccupation ? (
            <>
              <p className="text-sm text-muted-foreground">
                Target occupation, from{' '}
                {plan.targetSource ? sourceWords[plan.targetSource] : 'your data'}
              </p>
              <CardTitle className="text-xl">
                <Link
                  to={`/careers/${plan.targetOccupation.code}`}
                  className="underline-offset-4 hover:underline"
                >
                  {plan.targetOccupation.title}
                </Link>
              </CardTitle>
              {plan.readiness !== null ? (
                <div className="grid gap-1">
                  <p className="text-sm font-medium">Readiness</p>
                  <GoalProgress
                    value={plan.readiness}
                    label="Readiness for the target occupation"
                  />
                  <Link
                    to={`/careers/${plan.targetOccupation.code}/gaps`}
                    className="text-sm text-primary underline-offset-4 hover:underline"
                  >
                    See the skill gaps
                  </Link>
                </div>
              ) : null}
            </>
          ) : (
            <>
              <div className="flex items-center gap-2 text-muted-foreground">
                <Compass className="size-5" aria-hidden="true" />
                <p className="text-sm">No target occupation yet</p>
              </div>
              <CardTitle className="text-xl">Start by exploring</CardTitle>
              <p className="text-sm text-muted-foreground">
                Take the interest assessment, then set a goal with a target occupation; the plan
                fills in from there.
              </p>
            </>
          )}
          {current ? (
            <p className="text-sm">
              Current phase: <Badge>{current.title}</Badge>
            </p>
          ) : null}
        </CardHeader>
      </Card>

      <section aria-labelledby="next-steps">
        <h2 id="next-steps" className="mb-3 text-xl font-semibold">
          Next steps
        </h2>
        {plan.nextSteps.length > 0 ? (
          <ol className="grid gap-3" data-testid="next-steps">
            {plan.nextSteps.map((step, index) => (
              <li key={step.actionId} className="flex gap-3 rounded-xl border bg-card p-4">
                <span className="flex size-7 shrink-0 items-center justify-center rounded-full bg-primary text-sm font-semibold text-primary-foreground">
                  {index + 1}
                </span>
                <div className="min-w-0 flex-1">
                  <p className="font-medium break-words">{step.title}</p>
                  <p className="mt-1 text-sm break-words text-muted-foreground">{step.why}</p>
                  {step.link ? (
                    <Link
                      to={step.link}
                      className="mt-2 inline-flex items-center gap-1 text-sm font-medium text-primary underline-offset-4 hover:underline"
                    >
                      {step.dueDate ? `Open · due ${formatDay(step.dueDate)}` : 'Open'}
                      <ArrowRight className="size-3.5" aria-hidden="true" />
                    </Link>
                  ) : null}
                </div>
              </li>
            ))}
          </ol>
        ) : (
          <p className="text-sm text-muted-foreground">
            Nothing open: every action of the plan is done.
          </p>
        )}
      </section>

      <section aria-labelledby="phases">
        <h2 id="phases" className="mb-4 text-xl font-semibold">
          Phases
        </h2>
        <PlanTimeline phases={plan.phases} />
      </section>
    </div>
  );
}
