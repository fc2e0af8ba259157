import { useMutation } from '@tanstack/react-query';
import { CircleAlert, ImageUp, LoaderCircle, Trash2 } from 'lucide-react';
import { useEffect, useId, useState, type ChangeEvent } from 'react';
import { avatarMimeTypes, type TGetProfileResponse } from '../../../../contracts/profiles';
import { formFailure } from '../../lib/form-errors';
import { avatarFileProblem, removeAvatar, uploadAvatar } from '../../lib/profiles';
import { cn } from '../../lib/utils';
import { Button, buttonVariants } from '../ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '../ui/card';
import { ProfileAvatar } from './profile-avatar';

const nouns = { file: 'photo' } as const;

/** Choose a photo, see it, then save it; or remove the current one. */
export function AvatarEditor({
  profile,
  onSaved,
}: {
  profile: TGetProfileResponse;
  onSaved: (profile: TGetProfileResponse) => void;
}) {
  const inputId = useId();
  const errorId = `${inputId}-error`;
  const hintId = `${inputId}-hint`;
  const [chosen, setChosen] = useState<{ file: File; preview: string }>();
  const [error, setError] = useState<string>();
  const file = chosen?.file;

  // The preview is a blob: URL of the chosen file; release it once the choice changes.
  useEffect(() => {
    if (!chosen) return;
    return () => URL.revokeObjectURL(chosen.preview);
  }, [chosen]);

  const onFailure = (failure: unknown) => {
    const { fields, message } = formFailure(failure, nouns);
    setError(fields.file ?? message);
  };
  const upload = useMutation({
    mutationFn: (chosen: File) => uploadAvatar(profile.id, chosen),
    onMutate: () => setError(undefined),
    onSuccess: (saved) => {
      setChosen(undefined);
      onSaved(saved);
    },
    onError: (failure) => {
      // Back to choosing, with the reason next to the chooser.
      setChosen(undefined);
      onFailure(failure);
    },
  });
  const remove = useMutation({
    mutationFn: () => removeAvatar(profile.id),
    onMutate: () => setError(undefined),
    onSuccess: onSaved,
    onError: onFailure,
  });
  const busy = upload.isPending || remove.isPending;
  const avatar = profile.basics?.avatar ?? null;

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const picked = event.target.files?.[0];
    // Cleared so that choosing the same file again still fires a change.
    event.target.value = '';
    if (!picked) return;
    const problem = avatarFileProblem(picked);
    setError(problem);
    setChosen(problem ? undefined : { file: picked, preview: URL.createObjectURL(picked) });
  };

  return (
    <section aria-labelledby="photo-title">
      <Card>
        <CardHeader>
          <CardTitle id="photo-title">Photo</CardTitle>
          <CardDescription>
            Shown with your name, so who can see it follows the Basics setting below.
          </CardDescription>
        </CardHeader>
        <CardContent className="flex items-center gap-4 sm:gap-5">
          {chosen ? (
            <img
              src={chosen.preview}
              alt="Preview of the chosen photo"
              className="size-20 shrink-0 rounded-full bg-muted object-cover ring-2 ring-ring ring-offset-2 ring-offset-card sm:size-24"
            />
          ) : (
            <ProfileAvatar
              avatar={avatar}
              name={profile.basics?.fullName ?? profile.username}
              className="size-20 sm:size-24"
            />
          )}
          <div className="grid min-w-0 gap-3">
            <div className="flex flex-wrap gap-2">
              {file ? (
                <>
                  <Button
                    type="button"
                    aria-disabled={busy || undefined}
                    onClick={() => {
                      if (!busy) upload.mutate(file);
                    }}
                  >
                    {upload.isPending ? (
                      <LoaderCircle className="animate-spin" aria-hidden="true" />
                    ) : null}
                    {upload.isPending ? 'Saving photo…' : 'Save photo'}
                  </Button>
                  <Button
                    type="button"
                    variant="outline"
                    disabled={busy}
                    onClick={() => setChosen(undefined)}
                  >
                    Cancel
                  </Button>
                </>
              ) : (
                <>
                  <input
                    id={inputId}
                    type="file"
                    accept={avatarMimeTypes.join(',')}
                    className="peer sr-only"
                    disabled={busy}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={cn(error && errorId, hintId)}
                    onChange={choose}
                  />
                  <label
                    htmlFor={inputId}
                    className={cn(
                      buttonVariants({ variant: 'outline' }),
                      'peer-focus-visible:ring-2 peer-focus-visible:ring-ring peer-focus-visible:ring-offset-2 peer-focus-visible:ring-offset-background',
                    )}
                  >
                    <ImageUp aria-hidden="true" />
                    {avatar ? 'Change photo' : 'Choose a photo'}
                  </label>
                  {avatar ? (
                    <Button
                      type="button"
                      variant="ghost"
                      aria-disabled={busy || undefined}
                      onClick={() => {
                        if (!busy) remove.mutate();
                      }}
                    >
                      {remove.isPending ? (
                        <LoaderCircle className="animate-spin" aria-hidden="true" />
                      ) : (
                        <Trash2 aria-hidden="true" />
                      )}
                      Remove photo
                    </Button>
                  ) : null}
                </>
              )}
            </div>
            <div role="alert" className="empty:hidden">
              {error ? (
                <p id={errorId} className="flex gap-1.5 text-sm text-destructive">
                  <CircleAlert className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
                  <span>{error}</span>
                </p>
              ) : null}
            </div>
            <p id={hintId} className="text-xs text-muted-foreground">
              {file
                ? 'This is how it will look. Save it to use it on your profile.'
                : 'PNG, JPEG or WebP, up to 5 MB. It is cropped to a square and its metadata (such as where it was taken) is removed.'}
            </p>
          </div>
        </CardContent>
      </Card>
    </section>
  );
}
