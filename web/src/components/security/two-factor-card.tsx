import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { KeyRound, LoaderCircle, RefreshCw, ShieldCheck, ShieldOff } from 'lucide-react';
import { useState } from 'react';
import { formFailure } from '../../lib/form-errors';
import {
  beginTwoFactorSetup,
  disableTwoFactor,
  regenerateBackupCodes,
  twoFactorQuery,
  type TwoFactorSetup,
} from '../../lib/two-factor';
import { ErrorState } from '../states';
import { Badge } from '../ui/badge';
import { Button } from '../ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '../ui/card';
import { Skeleton } from '../ui/skeleton';
import { BackupCodes } from './backup-codes';
import { FormMessage } from '../form-message';
import { ReauthForm } from './reauth-form';
import { TwoFactorSetupPanel } from './two-factor-setup';

type Step =
  | { kind: 'overview'; notice?: string }
  | { kind: 'setup'; setup: TwoFactorSetup }
  | { kind: 'codes'; codes: string[] }
  | { kind: 'disable' }
  | { kind: 'regenerate' };

/** Two-step verification: set up, backup codes, turn off. */
export function TwoFactorCard({ userId, username }: { userId: string; username: string }) {
  const queryClient = useQueryClient();
  const query = twoFactorQuery(userId);
  const status = useQuery(query);
  const [step, setStep] = useState<Step>({ kind: 'overview' });
  const refresh = () => queryClient.invalidateQueries({ queryKey: query.queryKey });

  const begin = useMutation({
    mutationFn: beginTwoFactorSetup,
    onSuccess: (setup) => setStep({ kind: 'setup', setup }),
    // Turned on meanwhile (another tab): show what is true now.
    onError: () => void refresh(),
  });

  const enabled = status.data?.enabled === true;
  let body;
  if (step.kind === 'setup') {
    body = (
      <TwoFactorSetupPanel
        setup={step.setup}
        onCancel={() => setStep({ kind: 'overview' })}
        onEnabled={(codes) => {
          setStep({ kind: 'codes', codes });
          void refresh();
        }}
      />
    );
  } else if (step.kind === 'codes') {
    body = (
      <BackupCodes
        codes={step.codes}
        username={username}
        onDone={() => setStep({ kind: 'overview' })}
      />
    );
  } else if (step.kind === 'disable') {
    body = (
      <ReauthForm
        idPrefix="disable"
        label="Turn off two-step verification"
        submitLabel="Turn off"
        pendingLabel="Turning off…"
        submitVariant="destructive"
        onCancel={() => setStep({ kind: 'overview' })}
        onSubmit={async (input) => {
          queryClient.setQueryData(query.queryKey, await disableTwoFactor(input));
          setStep({ kind: 'overview', notice: 'Two-step verification is off.' });
        }}
      />
    );
  } else if (step.kind === 'regenerate') {
    body = (
      <ReauthForm
        idPrefix="regenerate"
        label="Create new backup codes"
        submitLabel="Create new codes"
        pendingLabel="Creating…"
        onCancel={() => setStep({ kind: 'overview' })}
        onSubmit={async (input) => {
          const { backupCodes } = await regenerateBackupCodes(input);
          setStep({ kind: 'codes', codes: backupCodes });
          void refresh();
        }}
      />
    );
  } else if (status.data) {
    const remaining = status.data.backupCodesRemaining;
    body = (
      <div className="grid gap-4">
        <FormMessage
          success={step.notice}
          error={begin.error ? formFailure(begin.error, {}).message : undefined}
        />
        {enabled ? (
          <>
            <p className="text-sm text-muted-foreground">
              Logging in asks for a code from your authenticator app after your password.{' '}
              <span className={remaining <= 2 ? 'font-medium text-destructive' : undefined}>
                {remaining === 1 ? '1 backup code' : `${remaining} backup codes`} left.
              </span>
            </p>
            <div className="flex flex-col gap-2 sm:flex-row">
              <Button variant="outline" onClick={() => setStep({ kind: 'regenerate' })}>
                <RefreshCw aria-hidden="true" />
                New backup codes
              </Button>
              <Button variant="outline" onClick={() => setStep({ kind: 'disable' })}>
                <ShieldOff aria-hidden="true" />
                Turn off
              </Button>
            </div>
          </>
        ) : (
          <>
            <p className="text-sm text-muted-foreground">
              Protect your account with a code from an app on your phone, asked for after your
              password. Someone who learns your password still cannot log in.
            </p>
            <Button
              className="w-full sm:w-fit"
              aria-disabled={begin.isPending || undefined}
              onClick={() => {
                if (!begin.isPending) begin.mutate();
              }}
            >
              {begin.isPending ? (
                <LoaderCircle className="animate-spin" aria-hidden="true" />
              ) : (
                <KeyRound aria-hidden="true" />
              )}
              Set up two-step verification
            </Button>
          </>
        )}
      </div>
    );
  } else if (status.isError) {
    body = (
      <ErrorState
        error={status.error}
        title="Could not load your two-step verification"
        onRetry={() => void status.refetch()}
        retrying={status.isFetching}
        className="py-8"
      />
    );
  } else {
    body = (
      <div role="status" aria-label="Loading two-step verification" className="grid gap-3">
        <Skeleton className="h-4 w-full max-w-md" />
        <Skeleton className="h-10 w-56" />
      </div>
    );
  }

  return (
    <section aria-labelledby="two-factor-title">
      <Card>
        <CardHeader className="gap-3 sm:flex-row sm:items-start sm:justify-between">
          <div className="space-y-1.5">
            <CardTitle id="two-factor-title" className="flex items-center gap-2">
              <ShieldCheck className="size-4 text-muted-foreground" aria-hidden="true" />
              Two-step verification
            </CardTitle>
            <CardDescription>A second step after your password when you log in.</CardDescription>
          </div>
          {status.data ? (
            <Badge variant={enabled ? 'success' : 'outline'}>{enabled ? 'On' : 'Off'}</Badge>
          ) : null}
        </CardHeader>
        <CardContent>{body}</CardContent>
      </Card>
    </section>
  );
}
