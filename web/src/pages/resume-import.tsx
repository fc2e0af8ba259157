import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  CircleAlert,
  CircleCheck,
  Download,
  FileText,
  LoaderCircle,
  RotateCcw,
  Save,
} from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { TResumeDraft, TResumeImport } from '../../../contracts/resume-imports';
import type { TSkillSuggestion } from '../../../contracts/user-skills';
import { PageContainer, PageHeader } from '../components/page';
import { DraftCard, type DraftCardState } from '../components/resume-import/draft-card';
import { ResumeDropZone } from '../components/resume-import/resume-drop-zone';
import { Alert } from '../components/ui/alert';
import { Button } from '../components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '../components/ui/card';
import { refreshAchievements } from '../lib/achievements';
import { isApiError } from '../lib/api';
import { describeError } from '../lib/errors';
import { fieldLabel, saveAchievement, uploadResume } from '../lib/resume-imports';
import { useDocumentTitle } from '../lib/use-document-title';

function cardsOf(draft: TResumeDraft): DraftCardState[] {
  return draft.achievements.map((proposal) => ({
    key: proposal.key,
    section: proposal.section,
    confidence: proposal.confidence,
    include: true,
    value: proposal.achievement,
    unmatched: proposal.unmatchedSkills,
    status: 'idle',
    errors: [],
  }));
}

/** What the server said is wrong with a record, one line per field. */
function errorsOf(failure: unknown): string[] {
  if (isApiError(failure) && failure.details.length > 0) {
    return failure.details.map((detail) => {
      const suggestions = detail.suggestions?.length
        ? ` (did you mean ${detail.suggestions.join(', ')}?)`
        : '';
      return `${fieldLabel(detail.path)}: ${detail.message}${suggestions}`;
    });
  }
  const described = describeError(failure);
  return [`${described.title}. ${described.hint}`];
}

/** Upload a PDF or DOCX resume, review what was read from it, save the records chosen. */
export function ResumeImportPage() {
  useDocumentTitle('Import a resume');
  const [imported, setImported] = useState<TResumeImport>();
  const upload = useMutation({ mutationFn: uploadResume, onSuccess: setImported });

  return (
    <PageContainer className="max-w-4xl">
      <PageHeader
        title="Import a resume"
        description="Upload the resume you already have. We read it into records you check and correct before anything is saved."
      >
        {imported ? (
          <Button
            variant="outline"
            onClick={() => {
              setImported(undefined);
              upload.reset();
            }}
          >
            <RotateCcw aria-hidden="true" />
            Another file
          </Button>
        ) : null}
      </PageHeader>
      {imported ? (
        <ImportResult imported={imported} />
      ) : (
        <div className="grid gap-4">
          <ResumeDropZone
            disabled={upload.isPending}
            onFile={(file) => upload.mutate(file)}
            error={upload.error ? uploadError(upload.error) : undefined}
          />
          {upload.isPending ? (
            <div role="status" className="grid gap-2">
              <p className="flex items-center gap-2 text-sm">
                <LoaderCircle className="size-4 animate-spin" aria-hidden="true" />
                Uploading and reading {upload.variables.name}…
              </p>
              <div
                role="progressbar"
                aria-label="Upload progress"
                className="h-1.5 overflow-hidden rounded-full bg-muted"
              >
                <div className="h-full w-1/3 animate-pulse rounded-full bg-primary" />
              </div>
            </div>
          ) : null}
        </div>
      )}
    </PageContainer>
  );
}

function uploadError(failure: unknown): string {
  if (isApiError(failure)) {
    const detail = failure.details[0]?.message;
    if (failure.code === 'PAYLOAD_TOO_LARGE') return `${failure.message}.`;
    if (failure.code === 'UNSUPPORTED_MEDIA_TYPE' || failure.code === 'UNPROCESSABLE') {
      return `${failure.message}${detail ? ` (${detail})` : ''}.`;
    }
  }
  const described = describeError(failure);
  return `${described.title}. ${described.hint}`;
}

function ImportResult({ imported }: { imported: TResumeImport }) {
  const download = (
    <Button asChild variant="outline" size="sm">
      <a href={imported.downloadUrl}>
        <Download aria-hidden="true" />
        {imported.filename}
      </a>
    </Button>
  );
  if (imported.status === 'failed' || !imported.draft) {
    return (
      <div className="grid gap-4">
        <Alert variant="destructive" role="alert">
          <CircleAlert aria-hidden="true" />
          <p>{imported.error ?? 'Nothing could be read from this file.'}</p>
        </Alert>
        <div>{download}</div>
      </div>
    );
  }
  return <Review key={imported.id} draft={imported.draft} download={download} />;
}

function Review({ draft, download }: { draft: TResumeDraft; download: ReactNode }) {
  const [cards, setCards] = useState(() => cardsOf(draft));
  const [skills, setSkills] = useState(() => draft.skills);
  const [saving, setSaving] = useState(false);
  const queryClient = useQueryClient();
  const matchedNames = [...new Set(skills.flatMap((s) => (s.match ? [s.match.name] : [])))];
  const unmatched = skills.filter((s) => !s.match);
  const chosen = cards.filter((c) => c.include && c.status !== 'saved');
  const savedCount = cards.filter((c) => c.status === 'saved').length;
  const update = (next: DraftCardState) =>
    setCards((all) => all.map((c) => (c.key === next.key ? next : c)));

  /** The user says which catalog skill a resume's word stands for; cards that named it get it. */
  const pick = (text: string, { name, slug, category }: TSkillSuggestion) => {
    setSkills((all) =>
      all.map((s) => (s.text === text ? { ...s, match: { name, slug, category } } : s)),
    );
    setCards((all) =>
      all.map((c) =>
        c.unmatched.includes(text)
          ? {
              ...c,
              unmatched: c.unmatched.filter((u) => u !== text),
              value: { ...c.value, skills: [...new Set([...c.value.skills, name])] },
            }
          : c,
      ),
    );
  };

  const saveSelected = async () => {
    setSaving(true);
    // One at a time: each save also updates the user's skills and resume on the server.
    for (const card of chosen) {
      update({ ...card, status: 'saving', errors: [] });
      try {
        await saveAchievement(card.value);
        update({ ...card, status: 'saved', errors: [] });
      } catch (failure) {
        update({ ...card, status: 'failed', errors: errorsOf(failure) });
      }
    }
    setSaving(false);
    // The timeline, skills and resume pages show what was just saved.
    await refreshAchievements(queryClient);
  };

  return (
    <div className="grid gap-6">
      <Card>
        <CardHeader>
          <CardTitle className="flex items-center gap-2">
            <FileText className="size-5 text-muted-foreground" aria-hidden="true" />
            What we found
          </CardTitle>
          <CardDescription>
            {cards.length} {cards.length === 1 ? 'record' : 'records'} and {skills.length}{' '}
            {skills.length === 1 ? 'skill' : 'skills'}. Nothing is saved until you choose.
          </CardDescription>
        </CardHeader>
        <CardContent className="grid gap-3 text-sm">
          <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
            {(
              [
                ['Name', draft.basics.name],
                ['Email', draft.basics.email],
                ['Phone', draft.basics.phone],
                ['Links', draft.basics.links.map((l) => l.url).join(', ') || null],
              ] as const
            ).map(([label, text]) => (
              <div key={label} className="contents">
                <dt className="text-muted-foreground">{label}</dt>
                <dd className="break-words">{text ?? '—'}</dd>
              </div>
            ))}
          </dl>
          <div>{download}</div>
        </CardContent>
      </Card>

      {unmatched.length > 0 ? (
        <section aria-labelledby="unmatched-title" className="grid gap-3">
          <h2 id="unmatched-title" className="text-lg font-semibold">
            Skills to match
          </h2>
          <p className="text-sm text-muted-foreground">
            These are not in the skills catalog as written. Pick what each one means, or leave it.
          </p>
          <ul className="grid gap-2">
            {unmatched.map((skill) => (
              <li key={skill.text} className="flex flex-wrap items-center gap-2 text-sm">
                <span className="font-medium">{skill.text}</span>
                {skill.suggestions.length > 0 ? (
                  skill.suggestions.map((s) => (
                    <Button
                      key={s.slug}
                      size="sm"
                      variant="outline"
                      onClick={() => pick(skill.text, s)}
                    >
                      {s.name}
                    </Button>
                  ))
                ) : (
                  <span className="text-muted-foreground">no close match</span>
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="records-title" className="grid gap-4">
        <h2 id="records-title" className="text-lg font-semibold">
          Records
        </h2>
        {cards.length === 0 ? (
          <p className="text-sm text-muted-foreground">
            No records could be read from this resume; add them on your achievements page.
          </p>
        ) : (
          cards.map((card) => (
            <DraftCard key={card.key} card={card} skillChoices={matchedNames} onChange={update} />
          ))
        )}
      </section>

      {savedCount > 0 && !saving ? (
        <Alert variant="success" role="status">
          <CircleCheck aria-hidden="true" />
          <p>
            {savedCount} {savedCount === 1 ? 'record' : 'records'} saved to your achievements; your
            skills and generated resume were updated.{' '}
            <Link
              to="/achievements"
              className="font-medium text-primary underline-offset-4 hover:underline"
            >
              See your achievements
            </Link>
          </p>
        </Alert>
      ) : null}

      <div className="sticky bottom-0 -mx-4 flex flex-wrap items-center justify-between gap-3 border-t bg-background/95 px-4 py-3 backdrop-blur sm:mx-0 sm:rounded-lg sm:border">
        <p className="text-sm text-muted-foreground" role="status">
          {chosen.length} selected{savedCount > 0 ? `, ${savedCount} saved` : ''}
        </p>
        <Button
          onClick={() => void saveSelected()}
          aria-disabled={saving || chosen.length === 0 || undefined}
          disabled={chosen.length === 0}
        >
          {saving ? (
            <LoaderCircle className="animate-spin" aria-hidden="true" />
          ) : (
            <Save aria-hidden="true" />
          )}
          {saving ? 'Saving…' : 'Save selected'}
        </Button>
      </div>
    </div>
  );
}
