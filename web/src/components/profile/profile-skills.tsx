import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { LogIn, SquarePen, ThumbsUp, Undo2 } from 'lucide-react';
import { Link } from 'react-router';
import type { TGetProfileResponse } from '../../../../contracts/profiles';
import type { TUserSkill } from '../../../../contracts/user-skills';
import { useAuth } from '../../lib/auth-context';
import { formFailure } from '../../lib/form-errors';
import { authPagePath } from '../../lib/next-path';
import {
  endorseSkill,
  userSkillsQuery,
  viewerSkillsKey,
  withdrawEndorsement,
} from '../../lib/user-skills';
import { FormMessage } from '../form-message';
import { UserSkillItem } from '../skills/user-skill-item';
import { Button } from '../ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '../ui/card';
import { Skeleton } from '../ui/skeleton';

/**
 * The skills on a profile page, for whoever may see the profile's basics. Other signed-in
 * users endorse a skill here, or withdraw their endorsement.
 */
export function ProfileSkills({ profile }: { profile: TGetProfileResponse }) {
  const { user } = useAuth();
  // Skills are shown with the basics: without them the server would refuse, so do not ask.
  const visible = profile.basics !== undefined;
  const query = useQuery({ ...userSkillsQuery(profile.id, user?.id), enabled: visible });
  const data = query.data;
  const own = user?.id === profile.id;
  // Hidden with the basics, or nothing to show a visitor: no section at all.
  if (!visible || query.isError || (data && data.total === 0 && !own)) return null;

  return (
    <section aria-labelledby="profile-skills-title">
      <Card>
        <CardHeader className="flex-row flex-wrap items-center justify-between gap-2 pb-3 sm:pb-3">
          <CardTitle id="profile-skills-title">Skills</CardTitle>
          {own ? (
            <Button asChild variant="outline" size="sm">
              <Link to="/account/skills">
                <SquarePen aria-hidden="true" />
                Edit skills
              </Link>
            </Button>
          ) : !user && data && data.total > 0 ? (
            <Button asChild variant="ghost" size="sm">
              <Link to={authPagePath('/login', `/u/${profile.username}`)}>
                <LogIn aria-hidden="true" />
                Log in to endorse
              </Link>
            </Button>
          ) : null}
        </CardHeader>
        <CardContent>
          {data ? (
            data.items.length > 0 ? (
              <ul className="divide-y" aria-label={`Skills of ${profile.username}`}>
                {data.items.map((item) => (
                  <UserSkillItem
                    key={item.skill.slug}
                    item={item}
                    actions={
                      data.abilities.endorse && user ? (
                        <EndorseButton owner={profile.id} viewerId={user.id} item={item} />
                      ) : null
                    }
                  />
                ))}
              </ul>
            ) : (
              <p className="text-sm text-muted-foreground">
                You have not added any skills yet.{' '}
                <Link to="/account/skills" className="font-medium text-primary hover:underline">
                  Add your skills
                </Link>
              </p>
            )
          ) : (
            <div role="status" aria-label="Loading skills" className="space-y-3">
              <Skeleton className="h-14 w-full" />
              <Skeleton className="h-14 w-full" />
            </div>
          )}
        </CardContent>
      </Card>
    </section>
  );
}

function EndorseButton({
  owner,
  viewerId,
  item,
}: {
  owner: string;
  viewerId: string;
  item: TUserSkill;
}) {
  const queryClient = useQueryClient();
  const endorsed = item.endorsedByViewer;
  const mutation = useMutation({
    mutationFn: () =>
      endorsed ? withdrawEndorsement(owner, item.skill.slug) : endorseSkill(owner, item.skill.slug),
    onSettled: () => queryClient.invalidateQueries({ queryKey: viewerSkillsKey(viewerId) }),
  });
  const name = item.skill.name;
  return (
    <div className="grid w-full gap-2 sm:w-auto">
      <Button
        type="button"
        variant={endorsed ? 'outline' : 'secondary'}
        size="sm"
        disabled={mutation.isPending}
        aria-label={endorsed ? `Withdraw your endorsement of ${name}` : `Endorse ${name}`}
        onClick={() => mutation.mutate()}
        className="w-full sm:w-auto"
      >
        {endorsed ? <Undo2 aria-hidden="true" /> : <ThumbsUp aria-hidden="true" />}
        {endorsed ? 'Withdraw' : 'Endorse'}
      </Button>
      {mutation.isError ? <FormMessage error={formFailure(mutation.error, {}).message} /> : null}
    </div>
  );
}
