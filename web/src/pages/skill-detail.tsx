import { useQuery } from '@tanstack/react-query';
import { ArrowLeft, ChevronRight, SearchX } from 'lucide-react';
import { Link, useParams } from 'react-router';
import type { TSkill } from '../../../contracts/skills';
import { PageContainer } from '../components/page';
import { EmptyState, ErrorState } from '../components/states';
import { Badge } from '../components/ui/badge';
import { Button } from '../components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '../components/ui/card';
import { Skeleton } from '../components/ui/skeleton';
import { isApiError } from '../lib/api';
import { skillListQuery, skillQuery } from '../lib/queries';
import { categoryLabels, categoryNames, displayAliases } from '../lib/skills';
import { useDocumentTitle } from '../lib/use-document-title';

const RELATED_COUNT = 6;

export function SkillDetailPage() {
  const { slug = '' } = useParams();
  const query = useQuery(skillQuery(slug));
  const skill = query.data;
  const notFound =
    isApiError(query.error) &&
    (query.error.code === 'NOT_FOUND' || query.error.code === 'VALIDATION_FAILED');

  useDocumentTitle(
    skill ? `${skill.name} · Skills catalog` : notFound ? 'Skill not found' : 'Skills catalog',
  );

  return (
    <PageContainer className="max-w-4xl">
      <nav aria-label="Breadcrumb" className="mb-6">
        <ol className="flex flex-wrap items-center gap-1.5 text-sm text-muted-foreground">
          <li>
            <Link
              to="/skills"
              className="rounded-sm outline-none hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring"
            >
              Skills catalog
            </Link>
          </li>
          <li aria-hidden="true">
            <ChevronRight className="size-3.5" />
          </li>
          <li aria-current="page" className="truncate font-medium text-foreground">
            {skill?.name ?? (notFound ? 'Not found' : '…')}
          </li>
        </ol>
      </nav>

      {skill ? (
        <SkillDetail skill={skill} />
      ) : notFound ? (
        <EmptyState
          icon={<SearchX aria-hidden="true" />}
          title="Skill not found"
          headingLevel={1}
          action={
            <Button asChild variant="outline">
              <Link to="/skills">
                <ArrowLeft aria-hidden="true" />
                Back to the skills catalog
              </Link>
            </Button>
          }
        >
          There is no skill called <code className="font-mono">{slug}</code> in the catalog. It may
          have been renamed; try searching for it instead.
        </EmptyState>
      ) : query.isError ? (
        <ErrorState
          error={query.error}
          title="Couldn’t load this skill"
          headingLevel={1}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      ) : (
        <SkillDetailSkeleton />
      )}
    </PageContainer>
  );
}

function SkillDetail({ skill }: { skill: TSkill }) {
  const aliases = displayAliases(skill);
  const related = useQuery({
    ...skillListQuery({ category: skill.category, limit: RELATED_COUNT + 1, offset: 0 }),
    select: (page) => page.items.filter((item) => item.slug !== skill.slug).slice(0, RELATED_COUNT),
  });

  return (
    <article className="space-y-8">
      <header className="space-y-4">
        <Badge asChild variant="accent">
          <Link to={`/skills?category=${skill.category}`}>
            {categoryNames[skill.category]}
            <span className="sr-only"> (see all {categoryLabels[skill.category]} skills)</span>
          </Link>
        </Badge>
        <h1 className="text-3xl font-bold tracking-tight break-words sm:text-4xl">{skill.name}</h1>
        <p className="max-w-3xl text-lg leading-relaxed text-muted-foreground">
          {skill.description}
        </p>
      </header>

      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Card>
          <CardHeader className="pb-3 sm:pb-3">
            <CardTitle className="text-sm text-muted-foreground">Also known as</CardTitle>
          </CardHeader>
          <CardContent>
            {aliases.length > 0 ? (
              <ul className="flex flex-wrap gap-2" aria-label="Aliases">
                {aliases.map((alias) => (
                  <li key={alias}>
                    <Badge variant="outline" className="text-sm">
                      {alias}
                    </Badge>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-muted-foreground">No other names</p>
            )}
          </CardContent>
        </Card>
        <Card>
          <CardHeader className="pb-3 sm:pb-3">
            <CardTitle className="text-sm text-muted-foreground">Category</CardTitle>
          </CardHeader>
          <CardContent>
            <Link
              to={`/skills?category=${skill.category}`}
              className="text-sm font-medium text-primary underline-offset-4 outline-none hover:underline focus-visible:underline"
            >
              {categoryLabels[skill.category]}
            </Link>
          </CardContent>
        </Card>
      </div>

      {related.data && related.data.length > 0 ? (
        <section aria-labelledby="related-title" className="space-y-4">
          <h2 id="related-title" className="text-lg font-semibold">
            More in {categoryLabels[skill.category]}
          </h2>
          <ul className="flex flex-wrap gap-2">
            {related.data.map((item) => (
              <li key={item.slug}>
                <Link
                  to={`/skills/${item.slug}`}
                  className="inline-flex items-center rounded-full border bg-card px-3.5 py-1.5 text-sm font-medium transition-colors outline-none hover:border-primary/50 hover:text-primary focus-visible:ring-2 focus-visible:ring-ring"
                >
                  {item.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <Button asChild variant="ghost" className="-ml-3">
        <Link to="/skills">
          <ArrowLeft aria-hidden="true" />
          All skills
        </Link>
      </Button>
    </article>
  );
}

function SkillDetailSkeleton() {
  return (
    <div role="status" aria-label="Loading skill" className="space-y-8">
      <div className="space-y-4">
        <Skeleton className="h-6 w-24 rounded-full" />
        <Skeleton className="h-10 w-64" />
        <Skeleton className="h-5 w-full max-w-3xl" />
        <Skeleton className="h-5 w-2/3 max-w-2xl" />
      </div>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Skeleton className="h-28 rounded-xl" />
        <Skeleton className="h-28 rounded-xl" />
      </div>
    </div>
  );
}
