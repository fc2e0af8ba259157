import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link2, LoaderCircle, Unlink } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { isApiError } from '../../lib/api';
import { formFailure } from '../../lib/form-errors';
import {
  identitiesQuery,
  oauthErrorMessage,
  oauthProvidersQuery,
  providerNames,
  startLinking,
  unlinkProvider,
  type OAuthProviderId,
} from '../../lib/oauth';
import { ProviderIcon } from '../auth/provider-icon';
import { ErrorState } from '../states';
import { Badge } from '../ui/badge';
import { Button } from '../ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '../ui/card';
import { Skeleton } from '../ui/skeleton';
import { FormMessage } from '../form-message';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export interface LinkingResult {
  /** Set when the provider's page sent the user back after linking. */
  linked?: OAuthProviderId;
  /** The server's `oauthError` code when linking did not work. */
  error?: string;
}

/** Google, GitHub and LinkedIn accounts that can log in to this account. */
export function LinkedAccountsCard({
  userId,
  outcome,
}: {
  userId: string;
  outcome: LinkingResult;
}) {
  const queryClient = useQueryClient();
  const providers = useQuery(oauthProvidersQuery());
  const identitiesKey = identitiesQuery(userId).queryKey;
  const identities = useQuery(identitiesQuery(userId));
  const [notice, setNotice] = useState<{ error?: string; success?: string }>(() => ({
    success: outcome.linked
      ? `${providerNames[outcome.linked]} is linked. You can use it to log in.`
      : undefined,
    error: outcome.error ? oauthErrorMessage(outcome.error) : undefined,
  }));

  // Back from the provider's page: bring the outcome into view, which may be below the fold.
  const sectionRef = useRef<HTMLElement>(null);
  const returned = Boolean(outcome.linked ?? outcome.error);
  useEffect(() => {
    if (returned) sectionRef.current?.scrollIntoView({ block: 'start' });
  }, [returned]);

  const link = useMutation({
    mutationFn: startLinking,
    onMutate: () => setNotice({}),
    onSuccess: (url) => window.location.assign(url),
    onError: (error) => setNotice({ error: formFailure(error, {}).message }),
  });
  const unlink = useMutation({
    mutationFn: unlinkProvider,
    onMutate: () => setNotice({}),
    onSuccess: (list, provider) => {
      queryClient.setQueryData(identitiesKey, list);
      setNotice({ success: `${providerNames[provider]} is unlinked.` });
    },
    onError: (error, provider) => {
      const name = providerNames[provider];
      setNotice({
        error:
          isApiError(error) && error.code === 'CONFLICT'
            ? `${name} is the only way to log in to this account, so it cannot be unlinked. Set a password first (use “Set a password by email” above) or link another provider.`
            : formFailure(error, {}).message,
      });
      void queryClient.invalidateQueries({ queryKey: identitiesKey });
    },
  });

  const configured = providers.data?.providers ?? [];
  const linkedItems = identities.data?.items ?? [];
  // Linked providers stay listed (to unlink) even if the server no longer offers them.
  const shown = [
    ...new Set<OAuthProviderId>([...configured, ...linkedItems.map((item) => item.provider)]),
  ];
  const busy = link.isPending || unlink.isPending;
  const loading = providers.isPending || identities.isPending;
  const failed = providers.error ?? identities.error;

  return (
    <section ref={sectionRef} aria-labelledby="linked-title" className="scroll-mt-20">
      <Card>
        <CardHeader>
          <CardTitle id="linked-title" className="flex items-center gap-2">
            <Link2 className="size-4 text-muted-foreground" aria-hidden="true" />
            Linked accounts
          </CardTitle>
          <CardDescription>Other accounts you can log in with.</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4">
          <FormMessage error={notice.error} success={notice.success} />
          {failed && !loading ? (
            <ErrorState
              error={failed}
              title="Could not load your linked accounts"
              onRetry={() => {
                void providers.refetch();
                void identities.refetch();
              }}
              className="py-8"
            />
          ) : loading ? (
            <div role="status" aria-label="Loading linked accounts" className="grid gap-2">
              <Skeleton className="h-16 w-full rounded-lg" />
            </div>
          ) : shown.length === 0 ? (
            <p className="text-sm text-muted-foreground">
              Logging in with Google, GitHub or LinkedIn is not set up on this server.
            </p>
          ) : (
            <ul aria-labelledby="linked-title" className="divide-y rounded-lg border">
              {shown.map((provider) => {
                const identity = linkedItems.find((item) => item.provider === provider);
                const name = providerNames[provider];
                return (
                  <li
                    key={provider}
                    className="flex flex-col gap-3 p-3 sm:flex-row sm:items-center sm:p-4"
                  >
                    <div className="flex min-w-0 flex-1 items-center gap-3">
                      <div className="flex size-10 shrink-0 items-center justify-center rounded-lg border bg-background">
                        <ProviderIcon provider={provider} className="size-5" />
                      </div>
                      <div className="min-w-0 space-y-0.5">
                        <p className="flex flex-wrap items-center gap-2 font-medium">
                          {name}
                          {identity ? <Badge variant="success">Linked</Badge> : null}
                        </p>
                        <p className="text-sm break-all text-muted-foreground">
                          {identity
                            ? `${identity.email ?? 'No email shared'} · since ${dateFormat.format(new Date(identity.createdAt))}`
                            : 'Not linked'}
                        </p>
                      </div>
                    </div>
                    {identity ? (
                      <Button
                        variant="outline"
                        size="sm"
                        className="ml-13 self-start sm:ml-0 sm:self-center"
                        aria-disabled={busy || undefined}
                        onClick={() => {
                          if (!busy) unlink.mutate(provider);
                        }}
                      >
                        {unlink.isPending && unlink.variables === provider ? (
                          <LoaderCircle className="animate-spin" aria-hidden="true" />
                        ) : (
                          <Unlink aria-hidden="true" />
                        )}
                        Unlink<span className="sr-only"> {name}</span>
                      </Button>
                    ) : configured.includes(provider) ? (
                      <Button
                        variant="outline"
                        size="sm"
                        className="ml-13 self-start sm:ml-0 sm:self-center"
                        aria-disabled={busy || undefined}
                        onClick={() => {
                          if (!busy) link.mutate(provider);
                        }}
                      >
                        {link.isPending && link.variables === provider ? (
                          <LoaderCircle className="animate-spin" aria-hidden="true" />
                        ) : (
                          <Link2 aria-hidden="true" />
                        )}
                        Link<span className="sr-only"> {name}</span>
                      </Button>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          )}
        </CardContent>
      </Card>
    </section>
  );
}
