import { useQueryClient } from '@tanstack/react-query';
import { GitBranch, GraduationCap, KeyRound, LoaderCircle, Power, Trash2 } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import type {
  TConnectionWithSecret,
  TIntegrationConnection,
} from '../../../../contracts/integrations';
import { describeError } from '../../lib/errors';
import {
  deleteConnection,
  platformLabels,
  refreshIntegrations,
  rotateSecret,
  updateConnection,
} from '../../lib/integrations';
import { FormMessage } from '../form-message';
import { Badge } from '../ui/badge';
import { Button } from '../ui/button';
import { Card } from '../ui/card';
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from '../ui/dialog';
import { SecretPanel } from './secret-panel';

function useAction() {
  const queryClient = useQueryClient();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string>();
  const run = async (action: () => Promise<unknown>): Promise<boolean> => {
    setPending(true);
    setMessage(undefined);
    try {
      await action();
      await refreshIntegrations(queryClient);
      return true;
    } catch (error) {
      const described = describeError(error);
      setMessage(`${described.title}. ${described.hint}`);
      return false;
    } finally {
      setPending(false);
    }
  };
  return { pending, message, run };
}

/** A confirmation dialog whose confirm button runs `action`; `after` replaces the body when set. */
function ConfirmDialog({
  trigger,
  title,
  description,
  confirmLabel,
  destructive,
  action,
  after,
  keepOpen,
}: {
  trigger: ReactNode;
  title: string;
  description: string;
  confirmLabel: string;
  destructive?: boolean;
  action: () => Promise<unknown>;
  after?: ReactNode;
  /** Stay open after the action, to show `after`. */
  keepOpen?: boolean;
}) {
  const [open, setOpen] = useState(false);
  const { pending, message, run } = useAction();
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>{description}</DialogDescription>
        </DialogHeader>
        {after ?? (
          <>
            <FormMessage error={message} />
            <DialogFooter>
              <DialogClose asChild>
                <Button variant="outline">Cancel</Button>
              </DialogClose>
              <Button
                variant={destructive ? 'destructive' : 'default'}
                disabled={pending}
                onClick={() => void run(action).then((ok) => ok && !keepOpen && setOpen(false))}
              >
                {pending ? <LoaderCircle className="animate-spin" aria-hidden="true" /> : null}
                {confirmLabel}
              </Button>
            </DialogFooter>
          </>
        )}
      </DialogContent>
    </Dialog>
  );
}

function RotateDialog({ connection }: { connection: TIntegrationConnection }) {
  const [rotated, setRotated] = useState<TConnectionWithSecret>();
  return (
    <ConfirmDialog
      trigger={
        <Button variant="ghost" size="sm" onClick={() => setRotated(undefined)}>
          <KeyRound aria-hidden="true" />
          Rotate secret
        </Button>
      }
      title={rotated ? 'New secret' : 'Rotate the secret?'}
      description={
        rotated
          ? 'Put this secret into the platform’s webhook settings.'
          : 'Deliveries signed with the current secret are refused from now on.'
      }
      confirmLabel="Rotate"
      keepOpen
      action={async () => setRotated(await rotateSecret(connection.id))}
      after={
        rotated ? (
          <>
            <SecretPanel created={rotated} />
            <DialogFooter>
              <DialogClose asChild>
                <Button>Done</Button>
              </DialogClose>
            </DialogFooter>
          </>
        ) : undefined
      }
    />
  );
}

export function ConnectionCard({ connection }: { connection: TIntegrationConnection }) {
  const toggle = useAction();
  const Icon = connection.platform === 'github' ? GitBranch : GraduationCap;
  return (
    <Card className="space-y-3 p-5">
      <div className="flex items-start gap-3">
        <span className="flex size-10 shrink-0 items-center justify-center rounded-lg bg-muted text-muted-foreground">
          <Icon className="size-5" aria-hidden="true" />
        </span>
        <div className="min-w-0 flex-1 space-y-1">
          <div className="flex flex-wrap items-center gap-2">
            <h3 className="font-semibold">{connection.label}</h3>
            <Badge variant="secondary">{platformLabels[connection.platform]}</Badge>
            {connection.enabled ? null : <Badge variant="outline">Disabled</Badge>}
          </div>
          <p className="text-sm text-muted-foreground">
            {connection.lastDeliveryAt
              ? `Last delivery ${new Date(connection.lastDeliveryAt).toLocaleString()}`
              : 'No deliveries yet'}
            {connection.platform === 'github'
              ? ` · ${
                  connection.repositories.length > 0
                    ? connection.repositories.join(', ')
                    : 'every repository'
                }`
              : ''}
          </p>
          <p className="font-mono text-xs break-all text-muted-foreground">
            {connection.webhookUrl}
          </p>
        </div>
      </div>
      <FormMessage error={toggle.message} />
      <div className="flex flex-wrap gap-1">
        <RotateDialog connection={connection} />
        <Button
          variant="ghost"
          size="sm"
          disabled={toggle.pending}
          onClick={() =>
            void toggle.run(() => updateConnection(connection.id, { enabled: !connection.enabled }))
          }
        >
          <Power aria-hidden="true" />
          {connection.enabled ? 'Disable' : 'Enable'}
        </Button>
        <ConfirmDialog
          trigger={
            <Button variant="ghost" size="sm" className="text-destructive hover:text-destructive">
              <Trash2 aria-hidden="true" />
              Delete
            </Button>
          }
          title="Delete this connection?"
          description={`“${connection.label}” and its delivery log go for good; the platform's deliveries will be refused. Achievements it created stay.`}
          confirmLabel="Delete connection"
          destructive
          action={() => deleteConnection(connection.id)}
        />
      </div>
    </Card>
  );
}
