import { useMutation } from '@tanstack/react-query';
import { CircleAlert, Database, Download, LoaderCircle } from 'lucide-react';
import type { TAuthUser } from '../../../../contracts/auth';
import { describeError } from '../../lib/errors';
import { downloadAccountExport } from '../../lib/privacy';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '../ui/card';
import { DeleteAccountDialog } from './delete-account-dialog';

/** The account page's privacy section: a full data export and account deletion. */
export function YourDataCard({ user }: { user: TAuthUser }) {
  const download = useMutation({ mutationFn: () => downloadAccountExport(user.id) });
  const error = download.error ? describeError(download.error) : undefined;

  return (
    <section aria-labelledby="your-data-title">
      <Card>
        <CardHeader>
          <CardTitle id="your-data-title" className="flex items-center gap-2">
            <Database className="size-4 text-muted-foreground" aria-hidden="true" />
            Your data
          </CardTitle>
          <CardDescription>
            Take a copy of everything CareerOS holds about you, or delete your account.
          </CardDescription>
        </CardHeader>
        <CardContent className="space-y-4">
          <div className="flex flex-col gap-3 rounded-lg border p-4 sm:flex-row sm:items-center sm:justify-between sm:gap-6">
            <div className="space-y-1">
              <h3 className="font-medium">Download your data</h3>
              <p className="text-sm text-muted-foreground">
                One JSON file with your account, profile and photo, sessions, security settings and
                activity history.
              </p>
            </div>
            <Button
              variant="outline"
              className="w-full sm:w-auto"
              aria-disabled={download.isPending || undefined}
              onClick={() => {
                if (!download.isPending) download.mutate();
              }}
            >
              {download.isPending ? (
                <LoaderCircle className="animate-spin" aria-hidden="true" />
              ) : (
                <Download aria-hidden="true" />
              )}
              Download my data
            </Button>
          </div>
          {error ? (
            <Alert variant="destructive" role="alert">
              <CircleAlert aria-hidden="true" />
              <p>
                Could not prepare your data. {error.title}. {error.hint}
              </p>
            </Alert>
          ) : null}
          <div className="flex flex-col gap-3 rounded-lg border border-destructive/40 bg-destructive/5 p-4 sm:flex-row sm:items-center sm:justify-between sm:gap-6">
            <div className="space-y-1">
              <h3 className="font-medium text-destructive">Delete account</h3>
              <p className="text-sm text-muted-foreground">
                Permanently removes your account, everything in it and your files. This cannot be
                undone.
              </p>
            </div>
            <DeleteAccountDialog user={user} />
          </div>
        </CardContent>
      </Card>
    </section>
  );
}
