import { useQuery } from '@tanstack/react-query';
import { ArrowLeft, ChevronRight, Flame, Map as MapIcon, SearchX, Target } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { TOccupation } from '../../../contracts/occupations';
import { InterestChart } from '../components/careers/interest-chart';
import { OnetAttribution } from '../components/careers/onet-attribution';
import { RatedSkills } from '../components/careers/rated-skills';
import { ScoreBar } from '../components/careers/score-bar';
import { PageContainer } from '../components/page';
import { EmptyState, ErrorState } from '../components/states';
import { Badge } from '../components/ui/badge';
import { Button } from '../components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '../components/ui/card';
import { Skeleton } from '../components/ui/skeleton';
import { isApiError } from '../lib/api';
import { describeInterestCode, jobZoneDetails, jobZoneNames } from '../lib/occupations';
import { occupationQuery } from '../lib/queries';
import { useDocumentTitle } from '../lib/use-document-title';

const TITLES_SHOWN = 12;

export function OccupationDetailPage() {
  const { code = '' } = useParams();
  const query = useQuery(occupationQuery(code));
  const occupation = query.data;
  const notFound =
    isApiError(query.error) &&
    (query.error.code === 'NOT_FOUND' || query.error.code === 'VALIDATION_FAILED');

  useDocumentTitle(
    occupation
      ? `${occupation.title} · Career explorer`
      : notFound
        ? 'Occupation not found'
        : 'Career explorer',
  );

  return (
    <PageContainer className="max-w-5xl">
      <nav aria-label="Breadcrumb" className="mb-6">
        <ol className="flex flex-wrap items-center gap-1.5 text-sm text-muted-foreground">
          <li>
            <Link
              to="/careers"
              className="rounded-sm outline-none hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring"
            >
              Career explorer
            </Link>
          </li>
          <li aria-hidden="true">
            <ChevronRight className="size-3.5" />
          </li>
          <li aria-current="page" className="min-w-0 truncate font-medium text-foreground">
            {occupation?.title ?? (notFound ? 'Not found' : '…')}
          </li>
        </ol>
      </nav>

      {occupation ? (
        <OccupationDetail occupation={occupation} />
      ) : notFound ? (
        <EmptyState
          icon={<SearchX aria-hidden="true" />}
          title="Occupation not found"
          headingLevel={1}
          action={
            <Button asChild variant="outline">
              <Link to="/careers">
                <ArrowLeft aria-hidden="true" />
                Back to the career explorer
              </Link>
            </Button>
          }
        >
          There is no occupation with the code <code className="font-mono">{code}</code>. Search for
          it by title instead.
        </EmptyState>
      ) : query.isError ? (
        <ErrorState
          error={query.error}
          title="Couldn’t load this occupation"
          headingLevel={1}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      ) : (
        <DetailSkeleton />
      )}
    </PageContainer>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-4">
      <h2 id={id} className="text-xl font-semibold tracking-tight">
        {title}
      </h2>
      {children}
    </section>
  );
}

function OccupationDetail({ occupation }: { occupation: TOccupation }) {
  const [allTitles, setAllTitles] = useState(false);
  const titles = allTitles
    ? occupation.alternateTitles
    : occupation.alternateTitles.slice(0, TITLES_SHOWN);
  const hidden = occupation.alternateTitles.length - titles.length;

  return (
    <article className="space-y-10">
      <header className="space-y-4">
        <div className="flex flex-wrap items-center gap-2">
          <Badge variant="outline" className="font-mono">
            {occupation.code}
          </Badge>
          {occupation.jobZone ? (
            <Badge variant="secondary">Job zone {occupation.jobZone}</Badge>
          ) : null}
          {occupation.interestCode ? (
            <Badge variant="accent" title={describeInterestCode(occupation.interestCode)}>
              {occupation.interestCode}
            </Badge>
          ) : null}
        </div>
        <h1 className="text-3xl font-bold tracking-tight break-words sm:text-4xl">
          {occupation.title}
        </h1>
        <p className="max-w-3xl text-lg leading-relaxed text-muted-foreground">
          {occupation.description}
        </p>
        <div className="flex flex-col gap-2 pt-2 min-[420px]:flex-row">
          <Button asChild>
            <Link to={`/careers/${occupation.code}/gaps`}>
              <Target aria-hidden="true" />
              See my skill gaps
            </Link>
          </Button>
          <Button asChild variant="outline">
            <Link to={`/roadmaps/new?occupation=${encodeURIComponent(occupation.code)}`}>
              <MapIcon aria-hidden="true" />
              Build a roadmap
            </Link>
          </Button>
        </div>
      </header>

      {occupation.alternateTitles.length > 0 ? (
        <Section id="titles-title" title="Also called">
          <ul className="flex flex-wrap gap-2" aria-label="Alternate titles">
            {titles.map((title) => (
              <li key={title}>
                <Badge variant="outline" className="text-sm font-normal whitespace-normal">
                  {title}
                </Badge>
              </li>
            ))}
          </ul>
          {hidden > 0 || allTitles ? (
            <Button variant="ghost" size="sm" onClick={() => setAllTitles(!allTitles)}>
              {allTitles ? 'Show fewer' : `Show ${hidden} more`}
            </Button>
          ) : null}
        </Section>
      ) : null}

      <div className="grid gap-4 md:grid-cols-3">
        <Card>
          <CardHeader className="pb-3 sm:pb-3">
            <CardTitle>Preparation</CardTitle>
          </CardHeader>
          <CardContent className="space-y-2 text-sm">
            {occupation.jobZone ? (
              <>
                <p className="font-medium">
                  Job zone {occupation.jobZone} of 5: {jobZoneNames[occupation.jobZone]}
                </p>
                <p className="text-muted-foreground">{jobZoneDetails[occupation.jobZone]}</p>
              </>
            ) : (
              <p className="text-muted-foreground">Not rated</p>
            )}
          </CardContent>
        </Card>
        <Card className="md:col-span-2">
          <CardHeader className="pb-3 sm:pb-3">
            <CardTitle>Interests</CardTitle>
          </CardHeader>
          <CardContent className="space-y-3">
            {occupation.interests ? (
              <>
                <p className="text-sm text-muted-foreground">
                  Interest code{' '}
                  <span className="font-medium text-foreground">{occupation.interestCode}</span>:{' '}
                  {describeInterestCode(occupation.interestCode)}
                </p>
                <InterestChart
                  interests={occupation.interests}
                  interestCode={occupation.interestCode}
                />
              </>
            ) : (
              <p className="text-sm text-muted-foreground">Not rated</p>
            )}
          </CardContent>
        </Card>
      </div>

      {occupation.education ? (
        <Section id="education-title" title="Education and experience">
          <dl className="grid gap-4 text-sm sm:grid-cols-3">
            <div>
              <dt className="text-muted-foreground">Typical education</dt>
              <dd className="font-medium">{occupation.education.typicalEducation}</dd>
            </div>
            <div>
              <dt className="text-muted-foreground">Related experience</dt>
              <dd className="font-medium">{occupation.education.relatedExperience}</dd>
            </div>
            <div>
              <dt className="text-muted-foreground">On-the-job training</dt>
              <dd className="font-medium">{occupation.education.onTheJobTraining}</dd>
            </div>
          </dl>
          {occupation.education.levels.length > 0 ? (
            <div className="space-y-3">
              <h3 className="text-sm font-medium">Education of people in this occupation</h3>
              <ul className="grid gap-3 sm:grid-cols-2" aria-label="Education levels">
                {occupation.education.levels.map((level) => (
                  <li key={level.label}>
                    <ScoreBar label={level.label} value={level.percent} max={100} percent />
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </Section>
      ) : null}

      {occupation.tasks.length > 0 ? (
        <Section id="tasks-title" title="Tasks">
          <ol className="space-y-2.5">
            {occupation.tasks.map((task, index) => (
              <li key={index} className="flex gap-3 text-sm leading-relaxed">
                <span
                  aria-hidden="true"
                  className="mt-2 size-1.5 shrink-0 rounded-full bg-primary"
                />
                <span>
                  {task.statement}
                  {task.core ? null : (
                    <span className="ml-2 text-xs text-muted-foreground">(supplemental)</span>
                  )}
                </span>
              </li>
            ))}
          </ol>
        </Section>
      ) : null}

      {occupation.skills.length > 0 ? (
        <Section id="skills-title" title="Skills">
          <p className="text-sm text-muted-foreground">
            Importance runs from 1 to 5 (3 and above matters for the job); level from 0 to 7 (how
            much of the skill the job needs).
          </p>
          <RatedSkills items={occupation.skills} label="Skills" />
        </Section>
      ) : null}

      {occupation.knowledge.length > 0 ? (
        <Section id="knowledge-title" title="Knowledge">
          <RatedSkills items={occupation.knowledge} label="Knowledge" />
        </Section>
      ) : null}

      {occupation.technology.length > 0 ? (
        <Section id="technology-title" title="Technology skills">
          <ul className="flex flex-wrap gap-2" aria-label="Technology skills">
            {occupation.technology.map((item) => (
              <li key={item.slug}>
                <Link
                  to={`/skills/${item.slug}`}
                  className="inline-flex items-center gap-1.5 rounded-full border bg-card px-3 py-1.5 text-sm font-medium transition-colors outline-none hover:border-primary/50 hover:text-primary focus-visible:ring-2 focus-visible:ring-ring"
                >
                  {item.name}
                  {item.hot ? (
                    <span className="inline-flex items-center gap-0.5 text-xs font-semibold text-primary">
                      <Flame className="size-3.5" aria-hidden="true" />
                      In demand
                    </span>
                  ) : null}
                </Link>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      {occupation.related.length > 0 ? (
        <Section id="related-title" title="Related occupations">
          <ul className="grid gap-2 sm:grid-cols-2" aria-label="Related occupations">
            {occupation.related.map((item) => (
              <li key={item.code}>
                <Link
                  to={`/careers/${item.code}`}
                  className="flex h-full items-center justify-between gap-3 rounded-lg border bg-card px-4 py-3 text-sm transition-colors outline-none hover:border-primary/50 focus-visible:ring-2 focus-visible:ring-ring"
                >
                  <span className="font-medium break-words">{item.title}</span>
                  {item.jobZone ? (
                    <Badge variant="secondary" className="shrink-0">
                      Zone {item.jobZone}
                    </Badge>
                  ) : null}
                </Link>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      <Button asChild variant="ghost" className="-ml-3">
        <Link to="/careers">
          <ArrowLeft aria-hidden="true" />
          All occupations
        </Link>
      </Button>

      {occupation.attribution ? <OnetAttribution attribution={occupation.attribution} /> : null}
    </article>
  );
}

function DetailSkeleton() {
  return (
    <div role="status" aria-label="Loading occupation" className="space-y-8">
      <div className="space-y-4">
        <Skeleton className="h-6 w-40 rounded-full" />
        <Skeleton className="h-10 w-72" />
        <Skeleton className="h-5 w-full max-w-3xl" />
        <Skeleton className="h-5 w-2/3 max-w-2xl" />
      </div>
      <div className="grid gap-4 md:grid-cols-3">
        <Skeleton className="h-40 rounded-xl" />
        <Skeleton className="h-40 rounded-xl md:col-span-2" />
      </div>
    </div>
  );
}
