import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  softSkillLevelLabels,
  softSkillLevels,
  type TSoftSkillRating,
} from '../../../contracts/assessments';
import { FormMessage } from '../components/form-message';
import { PageContainer, PageHeader } from '../components/page';
import { ErrorState } from '../components/states';
import { Button } from '../components/ui/button';
import { NativeSelect } from '../components/ui/native-select';
import { Skeleton } from '../components/ui/skeleton';
import { saveSoftSkills, softSkillsKey, softSkillsQuery } from '../lib/assessment';
import { isApiError } from '../lib/api';
import { useAuth } from '../lib/auth-context';
import { describeError } from '../lib/errors';
import { useDocumentTitle } from '../lib/use-document-title';

interface Draft {
  current?: number;
  target?: number;
}

/** Soft-skill self-assessment: where you are on each soft skill and where you aim to be. */
export function SoftSkillsPage() {
  useDocumentTitle('Soft skills');
  const { user } = useAuth();
  const userId = user?.id ?? '';
  const query = useQuery(softSkillsQuery(userId));
  const queryClient = useQueryClient();
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [message, setMessage] = useState<{ error?: string; success?: string }>({});
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  const items = query.data?.items ?? [];
  const value = (item: TSoftSkillRating): Draft => ({
    current: drafts[item.skill.slug]?.current ?? item.currentLevel ?? undefined,
    target: drafts[item.skill.slug]?.target ?? item.targetLevel ?? undefined,
  });
  const changed = items.filter((item) => {
    const v = value(item);
    return (
      v.current !== undefined &&
      v.target !== undefined &&
      (v.current !== item.currentLevel || v.target !== item.targetLevel)
    );
  });
  const localErrors = Object.fromEntries(
    items.flatMap((item) => {
      const v = value(item);
      return v.current !== undefined && v.target !== undefined && v.target < v.current
        ? [[item.skill.slug, 'The target cannot be below where you are now.']]
        : [];
    }),
  );

  const save = useMutation({
    mutationFn: () =>
      saveSoftSkills({
        ratings: changed.map((item) => {
          const v = value(item);
          return {
            skill: item.skill.slug,
            currentLevel: v.current ?? 1,
            targetLevel: v.target ?? 1,
          };
        }),
      }),
    onSuccess: (data) => {
      queryClient.setQueryData(softSkillsKey(userId), data);
      setDrafts({});
      setFieldErrors({});
      setMessage({ success: 'Saved.' });
    },
    onError: (error) => {
      const described = describeError(error);
      const byItem: Record<string, string> = {};
      const toSave = changed;
      for (const detail of isApiError(error) ? error.details : []) {
        const index = Number(/^body\.ratings\.(\d+)\./.exec(detail.path)?.[1]);
        const slug = toSave[index]?.skill.slug;
        if (slug) byItem[slug] = detail.message;
      }
      setFieldErrors(byItem);
      setMessage({ error: described.title });
    },
  });

  const set = (slug: string, key: keyof Draft, level: number) => {
    setMessage({});
    setDrafts((d) => ({ ...d, [slug]: { ...d[slug], [key]: level } }));
  };

  return (
    <PageContainer className="max-w-4xl">
      <PageHeader
        title="Soft skills"
        description="Rate yourself on each soft skill from 1 (beginning) to 5 (exceptional), and set the level you aim for. Only you see this."
      />
      {query.isError ? (
        <ErrorState
          error={query.error}
          title="Couldn’t load your soft skills"
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      ) : !query.data ? (
        <Skeleton className="h-96 w-full rounded-xl" />
      ) : (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (Object.keys(localErrors).length > 0 || changed.length === 0 || save.isPending) {
              return;
            }
            save.mutate();
          }}
          className="space-y-6"
        >
          <ul className="divide-y rounded-xl border">
            {items.map((item) => {
              const v = value(item);
              const error = localErrors[item.skill.slug] ?? fieldErrors[item.skill.slug];
              const errorId = `soft-${item.skill.slug}-error`;
              return (
                <li
                  key={item.skill.slug}
                  className="grid gap-3 p-4 sm:grid-cols-[1fr_10rem_10rem] sm:items-start"
                  data-skill={item.skill.slug}
                >
                  <div className="min-w-0 space-y-1">
                    <h2 className="font-semibold">{item.skill.name}</h2>
                    <p className="line-clamp-2 text-sm text-muted-foreground">
                      {item.skill.description}
                    </p>
                    {error ? (
                      <p id={errorId} className="text-sm font-medium text-destructive">
                        {error}
                      </p>
                    ) : (v.current === undefined) !== (v.target === undefined) ? (
                      <p className="text-sm text-muted-foreground">
                        Choose both levels to save this skill.
                      </p>
                    ) : null}
                  </div>
                  <div className="grid grid-cols-2 gap-3 sm:contents">
                    <LevelSelect
                      label="Now"
                      skill={item.skill.name}
                      value={v.current}
                      onChange={(level) => set(item.skill.slug, 'current', level)}
                      invalid={Boolean(error)}
                      errorId={error ? errorId : undefined}
                    />
                    <LevelSelect
                      label="Target"
                      skill={item.skill.name}
                      value={v.target}
                      onChange={(level) => set(item.skill.slug, 'target', level)}
                      invalid={Boolean(error)}
                      errorId={error ? errorId : undefined}
                    />
                  </div>
                </li>
              );
            })}
          </ul>
          <div className="sticky bottom-0 -mx-4 space-y-3 border-t bg-background/95 px-4 py-4 backdrop-blur sm:mx-0 sm:px-0">
            <FormMessage error={message.error} success={message.success} />
            <Button
              type="submit"
              size="lg"
              disabled={changed.length === 0}
              aria-disabled={save.isPending || Object.keys(localErrors).length > 0 || undefined}
            >
              {changed.length > 0
                ? `Save ${changed.length} ${changed.length === 1 ? 'change' : 'changes'}`
                : 'Save'}
            </Button>
          </div>
        </form>
      )}
    </PageContainer>
  );
}

function LevelSelect({
  label,
  skill,
  value,
  onChange,
  invalid,
  errorId,
}: {
  label: string;
  skill: string;
  value: number | undefined;
  onChange: (level: number) => void;
  invalid: boolean;
  errorId: string | undefined;
}) {
  return (
    <label className="space-y-1 text-sm">
      <span className="font-medium">{label}</span>
      <NativeSelect
        aria-label={`${skill}: ${label.toLowerCase()}`}
        value={value ?? ''}
        aria-invalid={invalid || undefined}
        aria-describedby={errorId}
        onChange={(event) => onChange(Number(event.target.value))}
      >
        <option value="" disabled>
          Not rated
        </option>
        {softSkillLevels.map((level) => (
          <option key={level} value={level}>
            {level} · {softSkillLevelLabels[level]}
          </option>
        ))}
      </NativeSelect>
    </label>
  );
}
