import { useQuery } from '@tanstack/react-query';
import { ArrowRight, CircleCheck, Plus, SearchX } from 'lucide-react';
import { Link, useParams } from 'react-router';
import type { TGapAnalysis, TSkillGap } from '../../../contracts/guidance';
import { PageContainer } from '../components/page';
import { EmptyState, ErrorState } from '../components/states';
import { Badge } from '../components/ui/badge';
import { Button } from '../components/ui/button';
import { Card, CardContent } from '../components/ui/card';
import { Skeleton } from '../components/ui/skeleton';
import { isApiError } from '../lib/api';
import { useAuth } from '../lib/auth-context';
import { gapsQuery } from '../lib/roadmaps';
import { useDocumentTitle } from '../lib/use-document-title';
import { cn } from '../lib/utils';

const statusLabels: Record<TSkillGap['status'], string> = {
  missing: 'Missing',
  below: 'Below the level',
  met: 'Met',
};

const kindLabels: Record<TSkillGap['kind'], string> = {
  skill: 'Skill',
  knowledge: 'Knowledge',
  technology: 'Technology',
};

export function GapAnalysisPage() {
  const { code = '' } = useParams();
  const { user } = useAuth();
  const query = useQuery({ ...gapsQuery(user?.id ?? '', code), enabled: !!user });
  const notFound =
    isApiError(query.error) &&
    (query.error.code === 'NOT_FOUND' || query.error.code === 'VALIDATION_FAILED');
  useDocumentTitle(query.data ? `Your gaps · ${query.data.occupation.title}` : 'Skill gaps');

  return (
    <PageContainer className="max-w-4xl">
      {query.data ? (
        <GapAnalysis analysis={query.data} />
      ) : notFound ? (
        <EmptyState
          icon={<SearchX aria-hidden="true" />}
          title="Occupation not found"
          headingLevel={1}
        >
          There is no occupation with the code <code className="font-mono">{code}</code>.
        </EmptyState>
      ) : query.isError ? (
        <ErrorState
          error={query.error}
          title="Couldn’t load your gaps"
          headingLevel={1}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      ) : (
        <div className="space-y-4" aria-busy="true">
          <Skeleton className="h-10 w-2/3" />
          <Skeleton className="h-32 w-full" />
          <Skeleton className="h-64 w-full" />
        </div>
      )}
    </PageContainer>
  );
}

function GapAnalysis({ analysis }: { analysis: TGapAnalysis }) {
  const { occupation, readiness, counts, items } = analysis;
  const gaps = items.filter((i) => i.status !== 'met');
  const met = items.filter((i) => i.status === 'met');
  return (
    <article className="space-y-8">
      <header className="space-y-3">
        <p className="text-sm font-medium text-primary">Skill gaps</p>
        <h1 className="text-3xl font-bold tracking-tight break-words sm:text-4xl">
          {occupation.title}
        </h1>
        <p className="text-muted-foreground">
          What the work asks for, weighted by importance and level, against the skills you have
          added.
        </p>
      </header>

      <Card>
        <CardContent className="flex flex-col gap-6 pt-6 sm:flex-row sm:items-center">
          <div className="flex items-center gap-4">
            <Readiness value={readiness} />
            <div>
              <p className="text-sm text-muted-foreground">Readiness</p>
              <p className="text-2xl font-semibold" data-testid="readiness">
                {readiness}%
              </p>
            </div>
          </div>
          <dl className="grid flex-1 grid-cols-3 gap-3 text-center">
            <Count label="Missing" value={counts.missing} tone="destructive" />
            <Count label="Below" value={counts.below} tone="warning" />
            <Count label="Met" value={counts.met} tone="success" />
          </dl>
        </CardContent>
      </Card>

      <div className="flex flex-col gap-3 sm:flex-row">
        <Button asChild size="lg">
          <Link to={`/roadmaps/new?occupation=${encodeURIComponent(occupation.code)}`}>
            Build a roadmap
            <ArrowRight aria-hidden="true" />
          </Link>
        </Button>
        <Button asChild variant="outline" size="lg">
          <Link to="/account/skills">
            <Plus aria-hidden="true" />
            Add your skills
          </Link>
        </Button>
      </div>
      {counts.met === 0 && counts.below === 0 ? (
        <p className="text-sm text-muted-foreground">
          Nothing counts as met yet. Adding the skills you already have makes the gaps and the
          roadmap fit you:{' '}
          <Link to="/account/skills" className="text-primary underline">
            add your skills
          </Link>
          .
        </p>
      ) : null}

      <section aria-labelledby="gaps-heading" className="space-y-3">
        <h2 id="gaps-heading" className="text-xl font-semibold">
          Gaps, largest first ({gaps.length})
        </h2>
        {gaps.length === 0 ? (
          <p className="flex items-center gap-2 text-muted-foreground">
            <CircleCheck className="size-4 text-success" aria-hidden="true" />
            You meet every important requirement.
          </p>
        ) : (
          <ol className="space-y-3" aria-label="Gaps">
            {gaps.map((gap) => (
              <GapItem key={gap.skill.slug} gap={gap} />
            ))}
          </ol>
        )}
      </section>

      {met.length > 0 ? (
        <section aria-labelledby="met-heading" className="space-y-3">
          <h2 id="met-heading" className="text-xl font-semibold">
            Already met ({met.length})
          </h2>
          <ol className="space-y-3">
            {met.map((gap) => (
              <GapItem key={gap.skill.slug} gap={gap} />
            ))}
          </ol>
        </section>
      ) : null}
    </article>
  );
}

function Readiness({ value }: { value: number }) {
  const r = 26;
  const circumference = 2 * Math.PI * r;
  return (
    <svg viewBox="0 0 64 64" className="size-16 -rotate-90" aria-hidden="true">
      <circle cx="32" cy="32" r={r} fill="none" strokeWidth="8" className="stroke-muted" />
      {value > 0 ? (
        <circle
          cx="32"
          cy="32"
          r={r}
          fill="none"
          strokeWidth="8"
          strokeLinecap="round"
          className="stroke-primary"
          strokeDasharray={`${(value / 100) * circumference} ${circumference}`}
        />
      ) : null}
    </svg>
  );
}

function Count({
  label,
  value,
  tone,
}: {
  label: string;
  value: number;
  tone: 'destructive' | 'warning' | 'success';
}) {
  return (
    <div className="rounded-lg border px-2 py-3">
      <dt className="text-xs text-muted-foreground">{label}</dt>
      <dd
        className={cn(
          'text-xl font-semibold',
          tone === 'destructive' && 'text-destructive',
          tone === 'warning' && 'text-amber-600 dark:text-amber-400',
          tone === 'success' && 'text-success',
        )}
      >
        {value}
      </dd>
    </div>
  );
}

function LevelBar({
  label,
  value,
  className,
}: {
  label: string;
  value: number;
  className: string;
}) {
  return (
    <div className="grid grid-cols-[4.5rem_1fr_2.5rem] items-center gap-2 text-xs">
      <span className="text-muted-foreground">{label}</span>
      <div className="h-2 overflow-hidden rounded-full bg-muted">
        <div
          className={cn('h-full rounded-full', className)}
          style={{ width: `${(value / 7) * 100}%` }}
        />
      </div>
      <span className="text-right tabular-nums">{value.toFixed(1)}</span>
    </div>
  );
}

function GapItem({ gap }: { gap: TSkillGap }) {
  return (
    <li>
      <Card>
        <CardContent className="space-y-3 pt-5">
          <div className="flex flex-wrap items-center gap-2">
            <Link
              to={`/skills/${gap.skill.slug}`}
              className="font-semibold break-words hover:underline"
            >
              {gap.skill.name}
            </Link>
            <Badge variant="outline">{kindLabels[gap.kind]}</Badge>
            <Badge
              variant={
                gap.status === 'met'
                  ? 'success'
                  : gap.status === 'missing'
                    ? 'destructive'
                    : 'secondary'
              }
            >
              {statusLabels[gap.status]}
            </Badge>
            {gap.hot ? <Badge variant="accent">In demand</Badge> : null}
          </div>
          <div
            className="space-y-1.5"
            aria-label={`Level ${gap.currentLevel} of ${gap.requiredLevel} needed`}
          >
            <LevelBar label="You" value={gap.currentLevel} className="bg-primary" />
            <LevelBar label="Needed" value={gap.requiredLevel} className="bg-foreground/40" />
          </div>
          <p className="text-sm text-muted-foreground">{gap.why}</p>
        </CardContent>
      </Card>
    </li>
  );
}
