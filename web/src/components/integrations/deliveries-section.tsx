import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Inbox, LoaderCircle, RotateCcw } from 'lucide-react';
import { useState } from 'react';
import {
  deliveryStatuses,
  type TDeliveryStatus,
  type TWebhookDelivery,
} from '../../../../contracts/integrations';
import { useAuth } from '../../lib/auth-context';
import { describeError } from '../../lib/errors';
import {
  deliveriesQuery,
  deliveryQuery,
  deliveryStatusLabels,
  platformLabels,
  refreshIntegrations,
  retryDelivery,
} from '../../lib/integrations';
import { cn } from '../../lib/utils';
import { FormMessage } from '../form-message';
import { EmptyState, ErrorState } from '../states';
import { Badge, type BadgeProps } from '../ui/badge';
import { Button } from '../ui/button';
import { NativeSelect } from '../ui/native-select';
import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle } from '../ui/sheet';
import { Skeleton } from '../ui/skeleton';

const PAGE_SIZE = 20;

const chipVariant: Record<TDeliveryStatus, BadgeProps['variant']> = {
  received: 'secondary',
  processed: 'success',
  ignored: 'outline',
  failed: 'accent',
  dead: 'destructive',
  rejected: 'destructive',
};

export function StatusChip({ status }: { status: TDeliveryStatus }) {
  return <Badge variant={chipVariant[status]}>{deliveryStatusLabels[status]}</Badge>;
}

function Json({ value }: { value: unknown }) {
  return (
    <pre className="max-h-80 overflow-auto rounded-md border bg-muted p-3 font-mono text-xs">
      {value === null || value === undefined ? '—' : JSON.stringify(value, null, 2)}
    </pre>
  );
}

function DeliveryDrawer({ id, onClose }: { id: string | undefined; onClose: () => void }) {
  const { user } = useAuth();
  const queryClient = useQueryClient();
  const detail = useQuery({ ...deliveryQuery(user?.id ?? '', id ?? ''), enabled: !!user && !!id });
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string>();
  const d = detail.data;
  const retry = async () => {
    if (!d) return;
    setPending(true);
    setMessage(undefined);
    try {
      await retryDelivery(d.id);
      await refreshIntegrations(queryClient);
    } catch (error) {
      const described = describeError(error);
      setMessage(`${described.title}. ${described.hint}`);
    } finally {
      setPending(false);
    }
  };
  return (
    <Sheet open={!!id} onOpenChange={(open) => !open && onClose()}>
      <SheetContent className="w-[min(36rem,100vw)]">
        <SheetHeader>
          <SheetTitle>Delivery</SheetTitle>
          <SheetDescription>
            {d ? `${platformLabels[d.platform]} · ${d.eventType ?? 'no event'}` : ''}
          </SheetDescription>
        </SheetHeader>
        {detail.isError ? <ErrorState error={detail.error} /> : null}
        {d ? (
          <div className="space-y-4 text-sm">
            <div className="flex flex-wrap items-center gap-2">
              <StatusChip status={d.status} />
              <span className="text-muted-foreground">
                {d.attempts} {d.attempts === 1 ? 'attempt' : 'attempts'}
              </span>
            </div>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
              <dt className="text-muted-foreground">Delivery id</dt>
              <dd className="font-mono text-xs break-all">{d.deliveryId ?? '—'}</dd>
              <dt className="text-muted-foreground">Received</dt>
              <dd>{new Date(d.receivedAt).toLocaleString()}</dd>
              <dt className="text-muted-foreground">Processed</dt>
              <dd>{d.processedAt ? new Date(d.processedAt).toLocaleString() : '—'}</dd>
            </dl>
            {d.error ? (
              <div className="space-y-1">
                <h3 className="font-medium">Error</h3>
                <p className="rounded-md border border-destructive/30 bg-destructive/5 p-3 text-destructive">
                  {d.error}
                </p>
              </div>
            ) : null}
            {d.status === 'failed' || d.status === 'dead' ? (
              <Button onClick={() => void retry()} disabled={pending}>
                {pending ? (
                  <LoaderCircle className="animate-spin" aria-hidden="true" />
                ) : (
                  <RotateCcw aria-hidden="true" />
                )}
                Retry
              </Button>
            ) : null}
            <FormMessage error={message} />
            <div className="space-y-1">
              <h3 className="font-medium">Result</h3>
              <Json value={d.result} />
            </div>
            <div className="space-y-1">
              <h3 className="font-medium">Payload</h3>
              <Json value={d.payload} />
            </div>
          </div>
        ) : detail.isPending ? (
          <Skeleton className="h-40" />
        ) : null}
      </SheetContent>
    </Sheet>
  );
}

function DeliveryRow({ delivery, onOpen }: { delivery: TWebhookDelivery; onOpen: () => void }) {
  return (
    <tr className="border-t">
      <td className="py-2 pr-3">
        <StatusChip status={delivery.status} />
      </td>
      <td className="py-2 pr-3">
        <span className="block">{delivery.eventType ?? '—'}</span>
        <span className="block text-xs text-muted-foreground">
          {platformLabels[delivery.platform]}
        </span>
      </td>
      <td className="hidden py-2 pr-3 text-muted-foreground sm:table-cell">
        {new Date(delivery.receivedAt).toLocaleString()}
      </td>
      <td className="py-2 text-right">
        <Button variant="ghost" size="sm" onClick={onOpen}>
          Details
        </Button>
      </td>
    </tr>
  );
}

/** The delivery log: a status filter, the newest deliveries, a drawer per delivery. */
export function DeliveriesSection() {
  const { user } = useAuth();
  const [status, setStatus] = useState<TDeliveryStatus>();
  const [page, setPage] = useState(0);
  const [open, setOpen] = useState<string>();
  const query = useQuery({
    enabled: !!user,
    ...deliveriesQuery(user?.id ?? '', { status, limit: PAGE_SIZE, offset: page * PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
  const data = query.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;
  return (
    <section aria-labelledby="deliveries-title" className="space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h2 id="deliveries-title" className="text-lg font-semibold">
          Deliveries
        </h2>
        <label className="flex items-center gap-2 text-sm">
          Status
          <NativeSelect
            value={status ?? ''}
            onChange={(e) => {
              setStatus(deliveryStatuses.find((s) => s === e.target.value));
              setPage(0);
            }}
          >
            <option value="">All</option>
            {deliveryStatuses.map((s) => (
              <option key={s} value={s}>
                {deliveryStatusLabels[s]}
              </option>
            ))}
          </NativeSelect>
        </label>
      </div>
      {query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : null}
      {query.isPending ? <Skeleton className="h-32" /> : null}
      {data && data.items.length === 0 ? (
        <EmptyState icon={<Inbox />} title="No deliveries">
          {status ? 'None with this status.' : 'Deliveries appear here as platforms send them.'}
        </EmptyState>
      ) : null}
      {data && data.items.length > 0 ? (
        <div className={cn('overflow-x-auto', query.isPlaceholderData && 'opacity-60')}>
          <table className="w-full text-sm">
            <thead className="text-left text-xs text-muted-foreground">
              <tr>
                <th className="pb-2 font-medium">Status</th>
                <th className="pb-2 font-medium">Event</th>
                <th className="hidden pb-2 font-medium sm:table-cell">Received</th>
                <th className="pb-2">
                  <span className="sr-only">Details</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((d) => (
                <DeliveryRow key={d.id} delivery={d} onOpen={() => setOpen(d.id)} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {pages > 1 ? (
        <div className="flex items-center justify-between text-sm">
          <Button
            variant="outline"
            size="sm"
            disabled={page === 0}
            onClick={() => setPage(page - 1)}
          >
            Previous
          </Button>
          <span className="text-muted-foreground">
            Page {page + 1} of {pages}
          </span>
          <Button
            variant="outline"
            size="sm"
            disabled={page + 1 >= pages}
            onClick={() => setPage(page + 1)}
          >
            Next
          </Button>
        </div>
      ) : null}
      <DeliveryDrawer id={open} onClose={() => setOpen(undefined)} />
    </section>
  );
}
