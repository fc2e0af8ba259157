import { useQuery } from '@tanstack/react-query';
import { Trophy } from 'lucide-react';
import { badgeCategories } from '../../../contracts/badges';
import { BadgeCard } from '../components/badges/badge-card';
import { PageContainer, PageHeader } from '../components/page';
import { ErrorState } from '../components/states';
import { Skeleton } from '../components/ui/skeleton';
import { useAuth } from '../lib/auth-context';
import { badgeCategoryLabels, badgesQuery } from '../lib/badges';
import { useDocumentTitle } from '../lib/use-document-title';

/** Only rendered inside <RequireAuth>. */
export function BadgesPage() {
  useDocumentTitle('Badges');
  const { user } = useAuth();
  const query = useQuery({ enabled: !!user, ...badgesQuery(user?.id ?? '') });
  const data = query.data;

  return (
    <PageContainer className="max-w-4xl">
      <PageHeader
        title="Badges"
        description="Earned as you make progress: milestones, skills, achievements and keeping at it. Each badge is earned once."
      >
        {data ? (
          <div
            className="flex items-center gap-3 rounded-xl border bg-card px-4 py-3 shadow-xs"
            data-testid="badge-points"
          >
            <span className="flex size-10 items-center justify-center rounded-full bg-amber-100 text-amber-700 dark:bg-amber-400/15 dark:text-amber-300 [&_svg]:size-5">
              <Trophy aria-hidden="true" />
            </span>
            <div>
              <p className="text-2xl font-bold tabular-nums">{data.totalPoints} points</p>
              <p className="text-sm whitespace-nowrap text-muted-foreground">
                {data.earnedCount} of {data.items.length} badges earned
              </p>
            </div>
          </div>
        ) : null}
      </PageHeader>

      {data ? (
        <div className="space-y-8">
          {badgeCategories.map((category) => {
            const items = data.items.filter((b) => b.category === category);
            if (items.length === 0) return null;
            return (
              <section key={category} aria-labelledby={`badges-${category}`}>
                <h2 id={`badges-${category}`} className="mb-3 text-lg font-semibold">
                  {badgeCategoryLabels[category]}
                </h2>
                <ul className="grid gap-3 sm:grid-cols-2">
                  {items.map((badge) => (
                    <BadgeCard key={badge.key} badge={badge} />
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
      ) : query.isError ? (
        <ErrorState
          error={query.error}
          title="Could not load your badges"
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      ) : (
        <div role="status" aria-label="Loading your badges" className="grid gap-3 sm:grid-cols-2">
          {[0, 1, 2, 3].map((i) => (
            <Skeleton key={i} className="h-28 w-full rounded-xl" />
          ))}
        </div>
      )}
    </PageContainer>
  );
}
