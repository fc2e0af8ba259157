import { useQuery } from '@tanstack/react-query';
import { Webhook } from 'lucide-react';
import type { TPlatformStats } from '../../../contracts/integrations';
import { ConnectDialog } from '../components/integrations/connect-dialog';
import { ConnectionCard } from '../components/integrations/connection-card';
import { DeliveriesSection } from '../components/integrations/deliveries-section';
import { PageContainer, PageHeader } from '../components/page';
import { EmptyState, ErrorState } from '../components/states';
import { Card } from '../components/ui/card';
import { Skeleton } from '../components/ui/skeleton';
import { useAuth } from '../lib/auth-context';
import { connectionsQuery, platformLabels, statsQuery } from '../lib/integrations';
import { useDocumentTitle } from '../lib/use-document-title';

function StatsCard({ stats }: { stats: TPlatformStats }) {
  const figures: [string, number | string][] = [
    ['Received', stats.received],
    ['Processed', stats.processed],
    ['Ignored', stats.ignored],
    ['Failed', stats.failed],
    ['Dead', stats.dead],
    ['Rejected', stats.rejected],
    ['Median processing', stats.p50ProcessingMs === null ? '—' : `${stats.p50ProcessingMs} ms`],
  ];
  return (
    <Card className="space-y-3 p-5">
      <div className="flex items-baseline justify-between gap-2">
        <h3 className="font-semibold">{platformLabels[stats.platform]}</h3>
        <span className="text-xs text-muted-foreground">
          {stats.lastReceivedAt
            ? `Last ${new Date(stats.lastReceivedAt).toLocaleString()}`
            : 'Nothing received yet'}
        </span>
      </div>
      <dl className="grid grid-cols-3 gap-3 sm:grid-cols-4">
        {figures.map(([label, value]) => (
          <div key={label}>
            <dt className="text-xs text-muted-foreground">{label}</dt>
            <dd className="text-lg font-semibold tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}

/** Settings → Integrations. Only rendered inside <RequireAuth>. */
export function IntegrationsPage() {
  useDocumentTitle('Integrations');
  const { user } = useAuth();
  const connections = useQuery({ enabled: !!user, ...connectionsQuery(user?.id ?? '') });
  const stats = useQuery({ enabled: !!user, ...statsQuery(user?.id ?? '') });
  return (
    <PageContainer className="max-w-3xl">
      <PageHeader
        title="Integrations"
        description="Let GitHub and course platforms add to your achievements: each sends signed webhooks to an address of your own."
      >
        <div className="flex flex-col gap-2 sm:flex-row">
          <ConnectDialog platform="github" />
          <ConnectDialog platform="generic" />
        </div>
      </PageHeader>
      <div className="space-y-8">
        <section aria-labelledby="connections-title" className="space-y-3">
          <h2 id="connections-title" className="text-lg font-semibold">
            Connections
          </h2>
          {connections.isError ? (
            <ErrorState error={connections.error} onRetry={() => void connections.refetch()} />
          ) : null}
          {connections.isPending ? <Skeleton className="h-28" /> : null}
          {connections.data?.items.length === 0 ? (
            <EmptyState icon={<Webhook />} title="No connections yet">
              Connect GitHub or a course platform to record your work as it happens.
            </EmptyState>
          ) : null}
          {connections.data?.items.map((c) => (
            <ConnectionCard key={c.id} connection={c} />
          ))}
        </section>
        {stats.data ? (
          <section aria-labelledby="stats-title" className="space-y-3">
            <h2 id="stats-title" className="text-lg font-semibold">
              By platform
            </h2>
            <div className="grid gap-3 md:grid-cols-2">
              {stats.data.platforms.map((p) => (
                <StatsCard key={p.platform} stats={p} />
              ))}
            </div>
          </section>
        ) : null}
        <DeliveriesSection />
      </div>
    </PageContainer>
  );
}
