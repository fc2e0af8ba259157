import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ExternalLink, Sparkles, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { TAuthUser } from '../../../contracts/auth';
import { proficiencies, type TProficiency, type TUserSkill } from '../../../contracts/user-skills';
import { FormMessage } from '../components/form-message';
import { PageContainer, PageHeader } from '../components/page';
import { AddSkillForm } from '../components/skills/add-skill-form';
import { endorsementLabel, UserSkillItem } from '../components/skills/user-skill-item';
import { EmptyState, ErrorState } from '../components/states';
import { Button } from '../components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '../components/ui/card';
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from '../components/ui/dialog';
import { NativeSelect } from '../components/ui/native-select';
import { Skeleton } from '../components/ui/skeleton';
import { useAuth } from '../lib/auth-context';
import { formFailure } from '../lib/form-errors';
import {
  proficiencyLabels,
  removeMySkill,
  updateMySkill,
  userSkillsQuery,
  viewerSkillsKey,
} from '../lib/user-skills';
import { useDocumentTitle } from '../lib/use-document-title';

/** Only rendered inside <RequireAuth>. */
export function MySkillsPage() {
  useDocumentTitle('My skills');
  const { user } = useAuth();
  if (!user) return null;
  return <MySkillsContent user={user} />;
}

function MySkillsContent({ user }: { user: TAuthUser }) {
  const queryClient = useQueryClient();
  const skills = useQuery(userSkillsQuery(user.id, user.id));
  const refresh = () => void queryClient.invalidateQueries({ queryKey: viewerSkillsKey(user.id) });

  return (
    <PageContainer className="max-w-3xl">
      <PageHeader
        title="My skills"
        description="What you can do, and how well. Others can endorse your skills on your profile; evidence such as a mentor’s endorsement verifies them."
      >
        <Button asChild variant="outline" className="w-full sm:w-auto">
          <Link to={`/u/${user.username}`}>
            <ExternalLink aria-hidden="true" />
            View profile
          </Link>
        </Button>
      </PageHeader>
      <div className="space-y-6">
        <Card>
          <CardHeader>
            <CardTitle>Add a skill</CardTitle>
            <CardDescription>
              Names are matched to the skills catalog, so others find you by the same skill.
            </CardDescription>
          </CardHeader>
          <CardContent>
            <AddSkillForm onSaved={refresh} />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>
              Your skills{skills.data ? ` (${skills.data.total.toLocaleString()})` : ''}
            </CardTitle>
          </CardHeader>
          <CardContent>
            {skills.data ? (
              skills.data.items.length > 0 ? (
                <ul className="divide-y" aria-label="Your skills">
                  {skills.data.items.map((item) => (
                    <UserSkillItem
                      key={item.skill.slug}
                      item={item}
                      showProficiency={false}
                      actions={<OwnSkillControls item={item} onChanged={refresh} />}
                    />
                  ))}
                </ul>
              ) : (
                <EmptyState icon={<Sparkles aria-hidden="true" />} title="No skills yet">
                  Add the skills you have, from programming languages to teamwork.
                </EmptyState>
              )
            ) : skills.isError ? (
              <ErrorState
                error={skills.error}
                title="Couldn’t load your skills"
                onRetry={() => void skills.refetch()}
                retrying={skills.isFetching}
              />
            ) : (
              <div role="status" aria-label="Loading your skills" className="space-y-4">
                <Skeleton className="h-16 w-full" />
                <Skeleton className="h-16 w-full" />
              </div>
            )}
          </CardContent>
        </Card>
      </div>
    </PageContainer>
  );
}

/** What removing a skill also takes away, or undefined when it takes nothing else. */
function removalLoss(item: TUserSkill): string | undefined {
  const parts = [
    item.endorsementCount > 0 ? endorsementLabel(item.endorsementCount) : undefined,
    item.evidence.length > 0
      ? `${item.evidence.length} piece${item.evidence.length === 1 ? '' : 's'} of evidence`
      : undefined,
  ].filter(Boolean);
  return parts.length ? parts.join(' and ') : undefined;
}

function OwnSkillControls({ item, onChanged }: { item: TUserSkill; onChanged: () => void }) {
  const { slug, name } = item.skill;
  const [confirming, setConfirming] = useState(false);
  const update = useMutation({
    mutationFn: (proficiency: TProficiency) => updateMySkill(slug, proficiency),
    onSuccess: onChanged,
  });
  const remove = useMutation({ mutationFn: () => removeMySkill(slug), onSuccess: onChanged });
  const error = update.error ?? remove.error;
  const loss = removalLoss(item);
  return (
    <div className="grid w-full gap-2 sm:w-auto">
      <div className="flex items-center gap-2">
        <NativeSelect
          aria-label={`Proficiency in ${name}`}
          className="flex-1 sm:w-40 sm:flex-none"
          value={update.isPending && update.variables ? update.variables : item.proficiency}
          disabled={update.isPending || remove.isPending}
          onChange={(event) => update.mutate(event.target.value as TProficiency)}
        >
          {proficiencies.map((level) => (
            <option key={level} value={level}>
              {proficiencyLabels[level]}
            </option>
          ))}
        </NativeSelect>
        <Button
          type="button"
          variant="outline"
          size="icon"
          aria-label={`Remove ${name}`}
          disabled={remove.isPending}
          onClick={() => (loss ? setConfirming(true) : remove.mutate())}
        >
          <Trash2 aria-hidden="true" />
        </Button>
      </div>
      {error ? <FormMessage error={formFailure(error, {}).message} /> : null}
      <Dialog open={confirming} onOpenChange={setConfirming}>
        <DialogContent>
          <DialogHeader>
            <DialogTitle>{`Remove ${name}?`}</DialogTitle>
            <DialogDescription>
              {`This also removes its ${loss ?? ''}; adding the skill again starts afresh.`}
            </DialogDescription>
          </DialogHeader>
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="outline">Keep it</Button>
            </DialogClose>
            <Button
              variant="destructive"
              disabled={remove.isPending}
              onClick={() => {
                setConfirming(false);
                remove.mutate();
              }}
            >
              Remove
            </Button>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    </div>
  );
}
