import { useQuery } from '@tanstack/react-query';
import { LogIn, SquarePen, UserRoundX, UserSearch } from 'lucide-react';
import { Link, useParams } from 'react-router';
import { profileSections, type TGetProfileResponse } from '../../../contracts/profiles';
import { PageContainer } from '../components/page';
import {
  ProfileHeader,
  ProfileSections,
  sectionHasContent,
} from '../components/profile/profile-view';
import { ProfileSkills } from '../components/profile/profile-skills';
import { EmptyState, ErrorState } from '../components/states';
import { Alert } from '../components/ui/alert';
import { Button } from '../components/ui/button';
import { Card, CardContent } from '../components/ui/card';
import { Skeleton } from '../components/ui/skeleton';
import { isApiError } from '../lib/api';
import { useAuth } from '../lib/auth-context';
import { authPagePath } from '../lib/next-path';
import { profileQuery } from '../lib/profiles';
import { userSkillsQuery } from '../lib/user-skills';
import { useDocumentTitle } from '../lib/use-document-title';

/** Anyone's profile at /u/:username, showing what its privacy settings let the viewer see. */
export function PublicProfilePage() {
  const { username = '' } = useParams();
  const { status, user } = useAuth();
  // Wait for the session check, so a signed-in visitor never gets the signed-out view first.
  const query = useQuery({ ...profileQuery(username, user?.id), enabled: status !== 'loading' });
  const profile = query.data;
  const notFound =
    isApiError(query.error) &&
    (query.error.code === 'NOT_FOUND' || query.error.code === 'VALIDATION_FAILED');

  useDocumentTitle(
    profile
      ? (profile.basics?.fullName ?? profile.username)
      : notFound
        ? 'Profile not found'
        : 'Profile',
  );

  return (
    <PageContainer className="max-w-4xl">
      {profile ? (
        <ProfileContent profile={profile} />
      ) : notFound ? (
        <EmptyState
          icon={<UserSearch aria-hidden="true" />}
          title="No one by this name"
          headingLevel={1}
          action={
            <Button asChild variant="outline">
              <Link to="/">Back to the home page</Link>
            </Button>
          }
        >
          There is no profile for <code className="font-mono break-all">{username}</code>. The link
          may be mistyped, or the account may no longer exist.
        </EmptyState>
      ) : query.isError ? (
        <ErrorState
          error={query.error}
          title="Couldn’t load this profile"
          headingLevel={1}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      ) : (
        <ProfileSkeleton />
      )}
    </PageContainer>
  );
}

function ProfileContent({ profile }: { profile: TGetProfileResponse }) {
  const own = profile.abilities.update;
  const { user } = useAuth();
  // The same query as the skills section's: skills alone make a profile worth showing.
  const skills = useQuery({
    ...userSkillsQuery(profile.id, user?.id),
    enabled: profile.basics !== undefined,
  });
  const hasSkills = (skills.data?.total ?? 0) > 0;
  const empty =
    !profileSections.some((section) => sectionHasContent(profile, section)) &&
    !(skills.isFetching && !skills.data) &&
    !hasSkills;
  return (
    <article className="space-y-8">
      {own ? (
        <Alert variant="info">
          <SquarePen aria-hidden="true" />
          <p>
            This is your profile. You see every part of it; the badges say who else can see each
            one.
          </p>
        </Alert>
      ) : null}
      <ProfileHeader
        profile={profile}
        actions={
          own ? (
            <Button asChild variant="outline">
              <Link to="/account/profile">
                <SquarePen aria-hidden="true" />
                Edit profile
              </Link>
            </Button>
          ) : null
        }
      />
      {profile.moreWhenSignedIn ? <SignInForMore username={profile.username} /> : null}
      {empty ? (
        <EmptyState
          icon={<UserRoundX aria-hidden="true" />}
          title={own ? 'Your profile is empty' : 'Nothing to show yet'}
          action={
            own ? (
              <Button asChild>
                <Link to="/account/profile">Fill in your profile</Link>
              </Button>
            ) : null
          }
        >
          {own
            ? 'Add a headline, a few words about yourself and where people can find your work.'
            : `${profile.username} has not shared anything on their profile yet.`}
        </EmptyState>
      ) : (
        <ProfileSections profile={profile} />
      )}
      <ProfileSkills profile={profile} />
    </article>
  );
}

function SignInForMore({ username }: { username: string }) {
  return (
    <Card>
      <CardContent className="flex flex-col gap-3 pt-5 sm:flex-row sm:items-center sm:justify-between sm:pt-6">
        <p className="text-sm text-muted-foreground">
          {username} shares more of their profile with signed-in members.
        </p>
        <Button asChild variant="outline" size="sm" className="w-full sm:w-auto">
          <Link to={authPagePath('/login', `/u/${username}`)}>
            <LogIn aria-hidden="true" />
            Log in to see more
          </Link>
        </Button>
      </CardContent>
    </Card>
  );
}

function ProfileSkeleton() {
  return (
    <div role="status" aria-label="Loading the profile" className="space-y-8">
      <div className="flex flex-col gap-5 sm:flex-row sm:items-center">
        <Skeleton className="size-24 rounded-full sm:size-28" />
        <div className="flex-1 space-y-3">
          <Skeleton className="h-9 w-64 max-w-full" />
          <Skeleton className="h-5 w-32" />
          <Skeleton className="h-5 w-80 max-w-full" />
        </div>
      </div>
      <Skeleton className="h-40 w-full rounded-xl" />
      <div className="grid gap-6 md:grid-cols-2">
        <Skeleton className="h-36 rounded-xl" />
        <Skeleton className="h-36 rounded-xl" />
      </div>
    </div>
  );
}
