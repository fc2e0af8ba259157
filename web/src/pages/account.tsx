import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  CircleAlert,
  CircleCheck,
  FileUp,
  IdCard,
  KeyRound,
  LaptopMinimal,
  LoaderCircle,
  LogOut,
  MonitorSmartphone,
  ShieldCheck,
  Smartphone,
  Tablet,
  type LucideIcon,
  Webhook,
} from 'lucide-react';
import { useEffect, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { TAuthUser, TSession } from '../../../contracts/auth';
import { YourDataCard } from '../components/account/your-data-card';
import { useSignOut } from '../components/auth/use-sign-out';
import { UserAvatar } from '../components/auth/user-avatar';
import { PageContainer, PageHeader } from '../components/page';
import { ProfileAvatar } from '../components/profile/profile-avatar';
import { SettingsLinkCard } from '../components/security/settings-link-card';
import { ErrorState } from '../components/states';
import { Alert } from '../components/ui/alert';
import { Badge } from '../components/ui/badge';
import { Button } from '../components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '../components/ui/card';
import { Skeleton } from '../components/ui/skeleton';
import { meQuery, revokeOtherSessions, revokeSession, sessionsQuery } from '../lib/account';
import { updateUser } from '../lib/auth';
import { useAuth } from '../lib/auth-context';
import { describeDevice, timeAgo, type DeviceDescription } from '../lib/devices';
import { describeError } from '../lib/errors';
import { profileQuery } from '../lib/profiles';
import { useDocumentTitle } from '../lib/use-document-title';
import { cn } from '../lib/utils';

const roleLabels: Record<TAuthUser['roles'][number], string> = {
  student: 'Student',
  mentor: 'Mentor',
  moderator: 'Moderator',
  admin: 'Administrator',
};

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'short',
});

/** Only rendered inside <RequireAuth>. */
export function AccountPage() {
  useDocumentTitle('Account');
  const { user } = useAuth();
  const { signOut, signingOut } = useSignOut();
  if (!user) return null;
  return <AccountContent user={user} signOut={() => void signOut()} signingOut={signingOut} />;
}

function AccountContent({
  user: known,
  signOut,
  signingOut,
}: {
  user: TAuthUser;
  signOut: () => void;
  signingOut: boolean;
}) {
  // Fresh from the server each visit; the header follows along.
  const me = useQuery({ ...meQuery(known.id), placeholderData: known });
  const user = me.data ?? known;
  useEffect(() => {
    if (me.data && !me.isPlaceholderData) updateUser(me.data);
  }, [me.data, me.isPlaceholderData]);

  return (
    <PageContainer className="max-w-4xl">
      <PageHeader
        title="Account"
        description="Your profile, the devices signed in to it and your data."
      >
        <div className="flex flex-col gap-2 sm:flex-row">
          <Button asChild variant="outline" className="w-full sm:w-auto">
            <Link to="/account/profile">
              <IdCard aria-hidden="true" />
              Edit profile
            </Link>
          </Button>
          <Button
            variant="outline"
            onClick={signOut}
            aria-disabled={signingOut || undefined}
            className="w-full sm:w-auto"
          >
            <LogOut aria-hidden="true" />
            Sign out
          </Button>
        </div>
      </PageHeader>
      <div className="space-y-6">
        <ProfileCard user={user} />
        <SettingsLinkCard
          to="/account/security"
          icon={KeyRound}
          title="Security"
          description="Two-step verification, password and linked accounts."
        />
        <SettingsLinkCard
          to="/account/integrations"
          icon={Webhook}
          title="Integrations"
          description="GitHub and course platforms that add to your achievements."
        />
        <SettingsLinkCard
          to="/resume/import"
          icon={FileUp}
          title="Import a resume"
          description="Upload a PDF or DOCX resume and review the records read from it."
        />
        <SessionsCard userId={user.id} />
        <YourDataCard user={user} />
      </div>
    </PageContainer>
  );
}

function ProfileCard({ user }: { user: TAuthUser }) {
  const avatar = useQuery({
    ...profileQuery(user.id, user.id),
    select: (profile) => profile.basics?.avatar ?? null,
  }).data;
  return (
    <section aria-labelledby="profile-title">
      <Card>
        <CardHeader className="flex-row items-center gap-4">
          {avatar ? (
            <ProfileAvatar avatar={avatar} name={user.username} className="size-14" />
          ) : (
            <UserAvatar username={user.username} className="size-14 text-xl" />
          )}
          <div className="min-w-0">
            <CardTitle id="profile-title" className="truncate text-xl">
              {user.username}
            </CardTitle>
            <CardDescription className="truncate">{user.email}</CardDescription>
          </div>
        </CardHeader>
        <CardContent>
          <dl className="divide-y text-sm">
            <Row label="Username">
              <span className="break-all">{user.username}</span>
            </Row>
            <Row label="Email">
              <span className="flex flex-wrap items-center gap-2 sm:justify-end">
                <span className="break-all">{user.email}</span>
                {user.emailVerified ? (
                  <Badge variant="success">
                    <CircleCheck aria-hidden="true" />
                    Verified
                  </Badge>
                ) : (
                  <Badge variant="outline">Not verified</Badge>
                )}
              </span>
            </Row>
            <Row label="Member since">
              <time dateTime={user.createdAt}>{dateFormat.format(new Date(user.createdAt))}</time>
            </Row>
            <Row label={user.roles.length === 1 ? 'Role' : 'Roles'}>
              <span className="flex flex-wrap gap-1.5 sm:justify-end">
                {user.roles.map((role) => (
                  <Badge key={role} variant="secondary">
                    {roleLabels[role]}
                  </Badge>
                ))}
              </span>
            </Row>
          </dl>
        </CardContent>
      </Card>
    </section>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1 py-3 first:pt-0 last:pb-0 sm:flex-row sm:items-start sm:justify-between sm:gap-4">
      <dt className="shrink-0 text-muted-foreground">{label}</dt>
      <dd className="min-w-0 font-medium sm:text-right">{children}</dd>
    </div>
  );
}

const deviceIcons: Record<DeviceDescription['kind'], LucideIcon> = {
  phone: Smartphone,
  tablet: Tablet,
  computer: LaptopMinimal,
  unknown: MonitorSmartphone,
};

function bySessionOrder(a: TSession, b: TSession): number {
  if (a.current !== b.current) return a.current ? -1 : 1;
  return Date.parse(b.lastUsedAt) - Date.parse(a.lastUsedAt);
}

function SessionsCard({ userId }: { userId: string }) {
  const queryClient = useQueryClient();
  const query = sessionsQuery(userId);
  const sessions = useQuery(query);
  const [notice, setNotice] = useState<string>();

  const afterChange = () => queryClient.invalidateQueries({ queryKey: query.queryKey });

  const revokeOne = useMutation({
    mutationFn: (session: TSession) => revokeSession(session.id),
    onMutate: () => setNotice(undefined),
    onSuccess: (_result, session) =>
      setNotice(`Signed out of ${describeDevice(session.userAgent).label}.`),
    onSettled: afterChange,
  });
  const revokeOthers = useMutation({
    mutationFn: revokeOtherSessions,
    onMutate: () => setNotice(undefined),
    onSuccess: ({ revoked }) =>
      setNotice(
        revoked === 0
          ? 'No other devices were signed in.'
          : `Signed out of ${revoked} other ${revoked === 1 ? 'session' : 'sessions'}.`,
      ),
    onSettled: afterChange,
  });

  const items = sessions.data ? [...sessions.data.items].sort(bySessionOrder) : undefined;
  const others = items?.filter((session) => !session.current).length ?? 0;
  const mutationError = revokeOne.error ?? revokeOthers.error;
  const busy = revokeOne.isPending || revokeOthers.isPending;

  return (
    <section aria-labelledby="sessions-title">
      <Card>
        <CardHeader className="gap-4 sm:flex-row sm:items-start sm:justify-between">
          <div className="space-y-1.5">
            <CardTitle id="sessions-title" className="flex items-center gap-2">
              <ShieldCheck className="size-4 text-muted-foreground" aria-hidden="true" />
              Sessions
            </CardTitle>
            <CardDescription>
              Devices signed in to your account. Sign out any you do not recognise.
            </CardDescription>
          </div>
          <Button
            variant="outline"
            size="sm"
            className="w-full sm:w-auto"
            disabled={!items || others === 0}
            aria-disabled={busy || undefined}
            onClick={() => {
              if (!busy) revokeOthers.mutate();
            }}
          >
            {revokeOthers.isPending ? (
              <LoaderCircle className="animate-spin" aria-hidden="true" />
            ) : (
              <LogOut aria-hidden="true" />
            )}
            Sign out everywhere else
          </Button>
        </CardHeader>
        <CardContent className="space-y-4">
          <div role="status" className="empty:hidden">
            {notice ? (
              <Alert variant="success">
                <CircleCheck aria-hidden="true" />
                <p>{notice}</p>
              </Alert>
            ) : null}
          </div>
          {mutationError ? (
            <Alert variant="destructive" role="alert">
              <CircleAlert aria-hidden="true" />
              <p>
                {describeError(mutationError).title}. {describeError(mutationError).hint}
              </p>
            </Alert>
          ) : null}
          {items ? (
            <ul aria-labelledby="sessions-title" className="divide-y rounded-lg border">
              {items.map((session) => (
                <SessionItem
                  key={session.id}
                  session={session}
                  revoking={revokeOne.isPending && revokeOne.variables.id === session.id}
                  onRevoke={() => {
                    if (!busy) revokeOne.mutate(session);
                  }}
                />
              ))}
            </ul>
          ) : sessions.isError ? (
            <ErrorState
              error={sessions.error}
              title="Could not load your sessions"
              headingLevel={2}
              onRetry={() => void sessions.refetch()}
              retrying={sessions.isFetching}
              className="py-8"
            />
          ) : (
            <SessionsSkeleton />
          )}
        </CardContent>
      </Card>
    </section>
  );
}

function SessionItem({
  session,
  revoking,
  onRevoke,
}: {
  session: TSession;
  revoking: boolean;
  onRevoke: () => void;
}) {
  const device = describeDevice(session.userAgent);
  const Icon = deviceIcons[device.kind];
  const lastActive = session.current ? 'Active now' : `Last active ${timeAgo(session.lastUsedAt)}`;
  return (
    <li className="flex flex-col gap-3 p-3 sm:flex-row sm:items-center sm:p-4">
      <div className="flex min-w-0 flex-1 items-start gap-3">
        <div
          className={cn(
            'flex size-10 shrink-0 items-center justify-center rounded-lg',
            session.current ? 'bg-accent text-accent-foreground' : 'bg-muted text-muted-foreground',
          )}
        >
          <Icon className="size-5" aria-hidden="true" />
        </div>
        <div className="min-w-0 space-y-1">
          <p className="flex flex-wrap items-center gap-x-2 gap-y-1 font-medium">
            <span className="break-words" title={session.userAgent || undefined}>
              {device.label}
            </span>
            {session.current ? <Badge variant="accent">This device</Badge> : null}
          </p>
          <p className="text-sm text-muted-foreground">
            <span className="break-all">{session.ip || 'Unknown address'}</span>
            <span aria-hidden="true"> · </span>
            <span>{lastActive}</span>
          </p>
          <p className="text-xs text-muted-foreground">
            Signed in{' '}
            <time dateTime={session.createdAt}>
              {dateTimeFormat.format(new Date(session.createdAt))}
            </time>
          </p>
        </div>
      </div>
      {session.current ? null : (
        <Button
          variant="outline"
          size="sm"
          className="ml-13 self-start sm:ml-0 sm:self-center"
          aria-disabled={revoking || undefined}
          onClick={onRevoke}
        >
          {revoking ? <LoaderCircle className="animate-spin" aria-hidden="true" /> : null}
          Sign out
          <span className="sr-only"> of {device.label}</span>
        </Button>
      )}
    </li>
  );
}

function SessionsSkeleton() {
  return (
    <div role="status" aria-label="Loading sessions" className="divide-y rounded-lg border">
      {Array.from({ length: 2 }, (_, index) => (
        <div key={index} className="flex items-center gap-3 p-4">
          <Skeleton className="size-10 rounded-lg" />
          <div className="flex-1 space-y-2">
            <Skeleton className="h-4 w-40" />
            <Skeleton className="h-3.5 w-56 max-w-full" />
          </div>
        </div>
      ))}
    </div>
  );
}
