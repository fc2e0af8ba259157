import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ExternalLink } from 'lucide-react';
import { Link } from 'react-router';
import type { TAuthUser } from '../../../contracts/auth';
import { defaultProfilePrivacy, type TGetProfileResponse } from '../../../contracts/profiles';
import { PageContainer, PageHeader } from '../components/page';
import { AvatarEditor } from '../components/profile/avatar-editor';
import { ProfileForm } from '../components/profile/profile-form';
import { ErrorState } from '../components/states';
import { Button } from '../components/ui/button';
import { Skeleton } from '../components/ui/skeleton';
import { useAuth } from '../lib/auth-context';
import { profileQuery, viewerProfilesKey } from '../lib/profiles';
import { useDocumentTitle } from '../lib/use-document-title';

/** Only rendered inside <RequireAuth>. */
export function ProfileEditPage() {
  useDocumentTitle('Edit profile');
  const { user } = useAuth();
  if (!user) return null;
  return <ProfileEditContent user={user} />;
}

function ProfileEditContent({ user }: { user: TAuthUser }) {
  const queryClient = useQueryClient();
  const query = profileQuery(user.id, user.id);
  const profile = useQuery(query);

  const onSaved = (saved: TGetProfileResponse) => {
    queryClient.setQueryData(query.queryKey, saved);
    // The same profile may be cached under the username too (the public page).
    void queryClient.invalidateQueries({
      queryKey: viewerProfilesKey(user.id),
      predicate: (cached) => cached.queryKey.at(-1) !== query.queryKey.at(-1),
    });
  };

  return (
    <PageContainer className="max-w-3xl">
      <PageHeader
        title="Edit profile"
        description="What you tell others about yourself, and who can see each part."
      >
        <Button asChild variant="outline" className="w-full sm:w-auto">
          <Link to={`/u/${user.username}`}>
            <ExternalLink aria-hidden="true" />
            View profile
          </Link>
        </Button>
      </PageHeader>
      {profile.data ? (
        <div className="space-y-6">
          <AvatarEditor profile={profile.data} onSaved={onSaved} />
          <ProfileForm
            key={profile.data.id}
            profile={profile.data}
            privacy={profile.data.privacy ?? defaultProfilePrivacy}
            onSaved={onSaved}
          />
        </div>
      ) : profile.isError ? (
        <ErrorState
          error={profile.error}
          title="Could not load your profile"
          onRetry={() => void profile.refetch()}
          retrying={profile.isFetching}
        />
      ) : (
        <div role="status" aria-label="Loading your profile" className="space-y-6">
          <Skeleton className="h-40 w-full rounded-xl" />
          <Skeleton className="h-72 w-full rounded-xl" />
          <Skeleton className="h-56 w-full rounded-xl" />
        </div>
      )}
    </PageContainer>
  );
}
