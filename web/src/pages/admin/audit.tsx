import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { ScrollText, X } from 'lucide-react';
import { ZAuditAction, type TAuditEntry } from '../../../../contracts/admin';
import type { TAuthUser } from '../../../../contracts/auth';
import { AdminTabs } from '../../components/admin/admin-tabs';
import { AuditEntry } from '../../components/admin/audit-entry';
import { NotAllowed } from '../../components/admin/not-allowed';
import { Pagination, parsePage, PastLastPage } from '../../components/pagination';
import { NativeSelect } from '../../components/ui/native-select';
import { useFilterParams } from '../../components/admin/use-filter-params';
import { controlProps, Field } from '../../components/form-field';
import { PageContainer, PageHeader } from '../../components/page';
import { EmptyState, ErrorState } from '../../components/states';
import { Button } from '../../components/ui/button';
import { Input } from '../../components/ui/input';
import { Skeleton } from '../../components/ui/skeleton';
import {
  ADMIN_PAGE_SIZE,
  auditActionGroups,
  auditActionLabels,
  auditQuery,
  dayBoundary,
  type AuditParams,
} from '../../lib/admin';
import { isApiError } from '../../lib/api';
import { useAuth } from '../../lib/auth-context';
import { useDocumentTitle } from '../../lib/use-document-title';

const grouped = new Set(auditActionGroups.flatMap((group) => group.actions));
/** Actions added to the log before anyone sorted them into a group still get offered. */
const ungrouped = ZAuditAction.options.filter((action) => !grouped.has(action));

/** Only rendered inside <RequireAuth> and <RequirePermission permission="audit:read">. */
export function AdminAuditPage() {
  useDocumentTitle('Audit log · Administration');
  const { user } = useAuth();
  if (!user) return null;
  return <AuditContent viewer={user} />;
}

function AuditContent({ viewer }: { viewer: TAuthUser }) {
  const [searchParams, updateFilters] = useFilterParams();
  const action = ZAuditAction.safeParse(searchParams.get('action')).data;
  const actorId = searchParams.get('actorId') ?? undefined;
  const targetId = searchParams.get('targetId') ?? undefined;
  const from = searchParams.get('from') ?? '';
  const to = searchParams.get('to') ?? '';
  const page = parsePage(searchParams.get('page'));
  const since = dayBoundary(from, 'start');
  const until = dayBoundary(to, 'end');
  const rangeError =
    since && until && since > until ? 'The first day must not be after the last.' : undefined;

  const params: AuditParams = {
    action,
    actorId,
    targetId,
    since,
    until,
    offset: (page - 1) * ADMIN_PAGE_SIZE,
  };
  const log = useQuery({
    ...auditQuery(viewer.id, params),
    placeholderData: keepPreviousData,
    enabled: !rangeError,
  });

  if (isApiError(log.error) && log.error.code === 'FORBIDDEN') {
    return <NotAllowed what="the audit log" />;
  }

  const data = log.data;
  const totalPages = data ? Math.max(1, Math.ceil(data.total / ADMIN_PAGE_SIZE)) : 1;
  const filtered = Boolean(action || actorId || targetId || from || to);
  const first = data?.items[0];
  const actorName = (actorId && first?.actorId === actorId && first.actorUsername) || actorId;
  const targetName = (targetId && first?.targetId === targetId && first.targetUsername) || targetId;

  return (
    <PageContainer>
      <PageHeader
        title="Audit log"
        description="Security events, newest first: sign-ins, account changes and what administrators did."
      />
      <AdminTabs />

      <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_10rem_10rem] sm:items-start">
        <Field id="audit-action" label="Event">
          <NativeSelect
            id="audit-action"
            value={action ?? ''}
            onChange={(event) => updateFilters({ action: event.target.value })}
          >
            <option value="">All events</option>
            {auditActionGroups.map((group) => (
              <optgroup key={group.label} label={group.label}>
                {group.actions.map((value) => (
                  <option key={value} value={value}>
                    {auditActionLabels[value]}
                  </option>
                ))}
              </optgroup>
            ))}
            {ungrouped.length > 0 ? (
              <optgroup label="Other">
                {ungrouped.map((value) => (
                  <option key={value} value={value}>
                    {auditActionLabels[value]}
                  </option>
                ))}
              </optgroup>
            ) : null}
          </NativeSelect>
        </Field>
        <div className="grid grid-cols-2 gap-3 sm:contents">
          <Field id="audit-from" label="From" error={rangeError}>
            <Input
              type="date"
              className="px-2 sm:px-3"
              {...controlProps('audit-from', { error: rangeError })}
              value={from}
              max={to || undefined}
              onChange={(event) => updateFilters({ from: event.target.value })}
            />
          </Field>
          <Field id="audit-to" label="To">
            <Input
              id="audit-to"
              type="date"
              className="px-2 sm:px-3"
              value={to}
              min={from || undefined}
              onChange={(event) => updateFilters({ to: event.target.value })}
            />
          </Field>
        </div>
      </div>

      {filtered ? (
        <div className="mt-4 flex flex-wrap items-center gap-2">
          {actorId ? (
            <FilterChip
              label={`Actor: ${actorName}`}
              onRemove={() => updateFilters({ actorId: undefined })}
            />
          ) : null}
          {targetId ? (
            <FilterChip
              label={`Target: ${targetName}`}
              onRemove={() => updateFilters({ targetId: undefined })}
            />
          ) : null}
          {filtered ? (
            <Button
              variant="ghost"
              size="sm"
              onClick={() =>
                updateFilters({
                  action: undefined,
                  actorId: undefined,
                  targetId: undefined,
                  from: undefined,
                  to: undefined,
                })
              }
            >
              Clear all filters
            </Button>
          ) : null}
        </div>
      ) : null}

      <div className="mt-6 space-y-4">
        <p aria-live="polite" className="min-h-5 text-sm text-muted-foreground">
          {data && data.items.length > 0 && !rangeError
            ? `Showing ${params.offset + 1}–${params.offset + data.items.length} of ${data.total.toLocaleString()} ${data.total === 1 ? 'event' : 'events'}`
            : null}
        </p>
        {rangeError ? null : log.isError ? (
          <ErrorState
            error={log.error}
            title="Could not load the audit log"
            onRetry={() => void log.refetch()}
            retrying={log.isFetching}
          />
        ) : !data ? (
          <AuditSkeleton />
        ) : data.items.length === 0 && data.total > 0 ? (
          <PastLastPage totalPages={totalPages} />
        ) : data.items.length === 0 ? (
          <EmptyState icon={<ScrollText aria-hidden="true" />} title="No events match">
            {filtered
              ? 'Try a wider date range or fewer filters.'
              : 'Nothing has been recorded yet.'}
          </EmptyState>
        ) : (
          <ol
            aria-label="Audit events"
            aria-busy={log.isPlaceholderData}
            className="space-y-3 transition-opacity aria-busy:opacity-60"
          >
            {data.items.map((entry: TAuditEntry) => (
              <li key={entry.id}>
                <AuditEntry
                  entry={entry}
                  onActor={(e) => updateFilters({ actorId: e.actorId ?? undefined })}
                  onTarget={(e) => updateFilters({ targetId: e.targetId ?? undefined })}
                />
              </li>
            ))}
          </ol>
        )}
        {data && data.items.length > 0 && !rangeError ? (
          <Pagination page={page} totalPages={totalPages} />
        ) : null}
      </div>
    </PageContainer>
  );
}

function FilterChip({ label, onRemove }: { label: string; onRemove: () => void }) {
  return (
    <span className="inline-flex max-w-full items-center gap-1 rounded-full border bg-accent/60 py-0.5 pr-1 pl-3 text-sm text-accent-foreground">
      <span className="truncate">{label}</span>
      <button
        type="button"
        onClick={onRemove}
        aria-label={`Remove filter ${label}`}
        className="inline-flex size-6 shrink-0 cursor-pointer items-center justify-center rounded-full outline-none hover:bg-accent focus-visible:ring-2 focus-visible:ring-ring"
      >
        <X className="size-3.5" aria-hidden="true" />
      </button>
    </span>
  );
}

function AuditSkeleton() {
  return (
    <div role="status" aria-label="Loading the audit log" className="space-y-3">
      {Array.from({ length: 4 }, (_, index) => (
        <div key={index} className="space-y-4 rounded-xl border bg-card p-5">
          <div className="flex justify-between gap-3">
            <Skeleton className="h-5 w-40 rounded-full" />
            <Skeleton className="h-4 w-32" />
          </div>
          <div className="grid gap-3 sm:grid-cols-4">
            <Skeleton className="h-8" />
            <Skeleton className="h-8" />
            <Skeleton className="h-8" />
            <Skeleton className="h-8" />
          </div>
        </div>
      ))}
    </div>
  );
}
