import { useQuery } from '@tanstack/react-query';
import {
  BookOpen,
  CircleCheck,
  CircleHelp,
  CircleX,
  Database,
  RefreshCw,
  Server,
  Zap,
  type LucideIcon,
} from 'lucide-react';
import type { ReactNode } from 'react';
import type { TReadyResponse, TSystemInfoResponse } from '../../../contracts/system';
import { API_DOCS_URL } from '../components/layout/nav-items';
import { PageContainer, PageHeader } from '../components/page';
import { Badge } from '../components/ui/badge';
import { Button } from '../components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '../components/ui/card';
import { Skeleton } from '../components/ui/skeleton';
import { describeError } from '../lib/errors';
import { STATUS_REFRESH_MS, readyQuery, systemInfoQuery } from '../lib/queries';
import { useDocumentTitle } from '../lib/use-document-title';
import { cn } from '../lib/utils';

type Mode = TSystemInfoResponse['mode'];

const modeLabels: { [K in keyof Mode]: Record<Mode[K], string> } = {
  database: { embedded: 'Embedded (PGlite)', postgres: 'PostgreSQL' },
  cache: { memory: 'In-memory', redis: 'Redis' },
  jobs: { 'in-process': 'In-process', bullmq: 'BullMQ (Redis)' },
  mail: { outbox: 'Outbox (saved to disk)', smtp: 'SMTP' },
  storage: { local: 'Local disk' },
};

const cacheBackendLabels: Record<string, string> = { memory: 'In-memory', redis: 'Redis' };

type CheckState = 'ready' | 'unavailable' | 'unknown';

function checkState(check: { ok: boolean } | undefined): CheckState {
  if (!check) return 'unknown';
  return check.ok ? 'ready' : 'unavailable';
}

export function StatusPage() {
  useDocumentTitle('System status');
  const ready = useQuery(readyQuery());
  const info = useQuery(systemInfoQuery());
  const refreshing = ready.isFetching || info.isFetching;

  const refresh = () => {
    void ready.refetch();
    void info.refetch();
  };

  // A failed refresh must not keep showing the last good answer.
  const readyData = ready.isError ? undefined : ready.data;
  const checks = readyData?.checks;
  const checkedAt = Math.max(ready.dataUpdatedAt, ready.errorUpdatedAt);
  const mode = info.data?.mode;

  return (
    <PageContainer className="max-w-5xl">
      <PageHeader
        title="System status"
        description={`Live health of this CareerOS instance, refreshed every ${STATUS_REFRESH_MS / 1000} seconds.`}
      >
        <div className="flex items-center gap-3">
          {checkedAt > 0 ? (
            <p className="text-sm text-muted-foreground">
              Checked{' '}
              <time dateTime={new Date(checkedAt).toISOString()}>
                {new Date(checkedAt).toLocaleTimeString()}
              </time>
            </p>
          ) : null}
          <Button variant="outline" size="sm" onClick={refresh} disabled={refreshing}>
            <RefreshCw className={cn(refreshing && 'animate-spin')} aria-hidden="true" />
            Refresh
          </Button>
        </div>
      </PageHeader>

      <div className="space-y-6">
        <OverallBanner ready={readyData} error={ready.isError ? ready.error : undefined} />

        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          <CheckCard
            id="check-database"
            title="Database"
            icon={Database}
            state={ready.isPending ? undefined : checkState(checks?.database)}
            error={checks?.database.error}
          >
            <Row label="Engine">
              {mode ? modeLabels.database[mode.database] : <Pending failed={info.isError} />}
            </Row>
          </CheckCard>
          <CheckCard
            id="check-cache"
            title="Cache"
            icon={Zap}
            state={ready.isPending ? undefined : checkState(checks?.cache)}
            error={checks?.cache.error}
          >
            <Row label="Backend">
              {checks ? (
                (cacheBackendLabels[checks.cache.backend] ?? checks.cache.backend)
              ) : (
                <Pending failed={ready.isError} />
              )}
            </Row>
          </CheckCard>
        </div>

        <div className="grid grid-cols-1 gap-4 md:grid-cols-[minmax(0,1.4fr)_minmax(0,1fr)]">
          <section aria-labelledby="instance-title">
            <Card className="h-full">
              <CardHeader>
                <CardTitle id="instance-title" className="flex items-center gap-2">
                  <Server className="size-4 text-muted-foreground" aria-hidden="true" />
                  Instance
                </CardTitle>
                <CardDescription>How this server is configured.</CardDescription>
              </CardHeader>
              <CardContent>
                {info.isError ? (
                  <p role="alert" className="text-sm text-destructive">
                    {describeError(info.error).title}. {describeError(info.error).hint}
                  </p>
                ) : (
                  <dl className="divide-y text-sm">
                    <Row label="Version">
                      {info.data ? (
                        <span className="font-mono">{info.data.version}</span>
                      ) : (
                        <Pending />
                      )}
                    </Row>
                    <Row label="Database">
                      {mode ? modeLabels.database[mode.database] : <Pending />}
                    </Row>
                    <Row label="Cache">{mode ? modeLabels.cache[mode.cache] : <Pending />}</Row>
                    <Row label="Background jobs">
                      {mode ? modeLabels.jobs[mode.jobs] : <Pending />}
                    </Row>
                    <Row label="Mail">{mode ? modeLabels.mail[mode.mail] : <Pending />}</Row>
                    <Row label="File storage">
                      {mode ? modeLabels.storage[mode.storage] : <Pending />}
                    </Row>
                  </dl>
                )}
              </CardContent>
            </Card>
          </section>

          <section aria-labelledby="developers-title">
            <Card className="h-full">
              <CardHeader>
                <CardTitle id="developers-title" className="flex items-center gap-2">
                  <BookOpen className="size-4 text-muted-foreground" aria-hidden="true" />
                  For developers and operators
                </CardTitle>
                <CardDescription>
                  Every feature is available through the HTTP API, described with OpenAPI.
                </CardDescription>
              </CardHeader>
              <CardContent className="space-y-4">
                <Button asChild variant="outline">
                  <a href={API_DOCS_URL}>
                    <BookOpen aria-hidden="true" />
                    Open the API docs
                  </a>
                </Button>
                <p className="text-sm text-muted-foreground">
                  Monitoring can poll <code className="font-mono text-foreground">/ready</code> for
                  readiness and <code className="font-mono text-foreground">/health</code> for
                  liveness.
                </p>
              </CardContent>
            </Card>
          </section>
        </div>
      </div>
    </PageContainer>
  );
}

function OverallBanner({ ready, error }: { ready?: TReadyResponse; error?: unknown }) {
  if (!ready && error === undefined) {
    return <Skeleton className="h-[5.5rem] rounded-xl" aria-label="Checking status" />;
  }

  let tone: 'ok' | 'bad';
  let Icon: LucideIcon;
  let title: string;
  let body: string;
  if (ready?.status === 'ready') {
    tone = 'ok';
    Icon = CircleCheck;
    title = 'All systems operational';
    body = 'The database and cache are responding normally.';
  } else if (ready) {
    tone = 'bad';
    Icon = CircleX;
    title = 'Service unavailable';
    body = 'One or more dependencies are not responding. See the checks below for details.';
  } else {
    const described = describeError(error);
    tone = 'bad';
    Icon = CircleX;
    title = described.title;
    body = described.hint;
  }

  return (
    <div
      role="status"
      className={cn(
        'flex items-start gap-4 rounded-xl border p-5 sm:items-center',
        tone === 'ok'
          ? 'border-success/30 bg-success/10'
          : 'border-destructive/30 bg-destructive/10',
      )}
    >
      <Icon
        className={cn('size-8 shrink-0', tone === 'ok' ? 'text-success' : 'text-destructive')}
        aria-hidden="true"
      />
      <div>
        <p className="font-semibold">{title}</p>
        <p className="text-sm text-muted-foreground">{body}</p>
      </div>
    </div>
  );
}

const stateBadges: Record<
  CheckState,
  { label: string; icon: LucideIcon; variant: 'success' | 'destructive' | 'outline' }
> = {
  ready: { label: 'Ready', icon: CircleCheck, variant: 'success' },
  unavailable: { label: 'Unavailable', icon: CircleX, variant: 'destructive' },
  unknown: { label: 'Unknown', icon: CircleHelp, variant: 'outline' },
};

function CheckCard({
  id,
  title,
  icon: Icon,
  state,
  error,
  children,
}: {
  id: string;
  title: string;
  icon: LucideIcon;
  /** undefined while the first check is in flight */
  state: CheckState | undefined;
  error?: string;
  children: ReactNode;
}) {
  const badge = state ? stateBadges[state] : undefined;
  return (
    <section aria-labelledby={`${id}-title`}>
      <Card className="h-full">
        <CardHeader className="flex-row items-center justify-between gap-3">
          <CardTitle id={`${id}-title`} className="flex items-center gap-2">
            <Icon className="size-4 text-muted-foreground" aria-hidden="true" />
            {title}
          </CardTitle>
          {badge ? (
            <Badge variant={badge.variant} data-state={state}>
              <badge.icon aria-hidden="true" />
              {badge.label}
            </Badge>
          ) : (
            <Skeleton className="h-5 w-16 rounded-full" />
          )}
        </CardHeader>
        <CardContent className="space-y-3">
          <dl className="text-sm">{children}</dl>
          {error ? (
            <p className="rounded-md bg-destructive/10 px-3 py-2 font-mono text-xs break-words text-destructive">
              {error}
            </p>
          ) : null}
        </CardContent>
      </Card>
    </section>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex items-center justify-between gap-4 py-2 first:pt-0 last:pb-0">
      <dt className="text-muted-foreground">{label}</dt>
      <dd className="text-right font-medium">{children}</dd>
    </div>
  );
}

/** Placeholder for a value that is still loading, or a dash once loading failed. */
function Pending({ failed = false }: { failed?: boolean }) {
  if (failed) return <span className="text-muted-foreground">—</span>;
  return <Skeleton className="inline-block h-4 w-20 align-middle" />;
}
