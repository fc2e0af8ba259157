import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  ArrowDown,
  ArrowLeft,
  ArrowUp,
  Check,
  Download,
  LoaderCircle,
  Plus,
  X,
} from 'lucide-react';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import {
  coverLetterExportFormats,
  type TCoverLetter,
  type TCoverLetterContent,
  type TCoverLetterExportFormat,
  type TCoverLetterRecipient,
} from '../../../contracts/cover-letters';
import { LetterSheet } from '../components/cover-letters/letter-sheet';
import { LetterTemplatePicker } from '../components/cover-letters/letter-template-picker';
import { FormMessage } from '../components/form-message';
import { PageContainer } from '../components/page';
import { ScaledSheet } from '../components/resume/scaled-sheet';
import { ErrorState } from '../components/states';
import { Button } from '../components/ui/button';
import { Input } from '../components/ui/input';
import { Label } from '../components/ui/label';
import { Skeleton } from '../components/ui/skeleton';
import { Textarea } from '../components/ui/textarea';
import { useAuth } from '../lib/auth-context';
import {
  coverLetterQuery,
  downloadCoverLetter,
  exportFormatLabels,
  refreshCoverLetters,
  updateCoverLetter,
} from '../lib/cover-letters';
import { describeError } from '../lib/errors';
import { useDocumentTitle } from '../lib/use-document-title';

/** How long typing pauses before the letter is saved. */
const SAVE_DELAY_MS = 800;

/** Only rendered inside <RequireAuth>. */
export function CoverLetterEditorPage() {
  const { id = '' } = useParams();
  const { user } = useAuth();
  const query = useQuery({ enabled: !!user, ...coverLetterQuery(user?.id ?? '', id) });
  useDocumentTitle(query.data ? query.data.name : 'Cover letter');
  return (
    <PageContainer>
      <Button asChild variant="ghost" className="mb-4 -ml-3">
        <Link to="/cover-letters">
          <ArrowLeft aria-hidden="true" />
          Cover letters
        </Link>
      </Button>
      {query.data ? (
        <Editor key={query.data.id} letter={query.data} userId={user?.id ?? ''} />
      ) : query.isError ? (
        <ErrorState
          headingLevel={1}
          error={query.error}
          title="Could not load the letter"
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      ) : (
        <div role="status" aria-label="Loading the letter" className="grid gap-4 lg:grid-cols-2">
          <Skeleton className="h-96 w-full rounded-xl" />
          <Skeleton className="h-96 w-full rounded-xl" />
        </div>
      )}
    </PageContainer>
  );
}

type Draft = Pick<TCoverLetter, 'name' | 'template' | 'content'>;

/** What the server accepts: blank paragraphs (being written) stay in the editor only. */
function toSaved(draft: Draft): Draft {
  return {
    ...draft,
    content: { ...draft.content, body: draft.content.body.filter((p) => p.trim() !== '') },
  };
}

function Editor({ letter, userId }: { letter: TCoverLetter; userId: string }) {
  const [draft, setDraft] = useState<Draft>({
    name: letter.name,
    template: letter.template,
    content: letter.content,
  });
  const [dirty, setDirty] = useState(false);
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (body: Draft) => updateCoverLetter(letter.id, body),
    onSuccess: (saved) => {
      // The editor's cached copy follows, so coming back to the letter shows the saved text.
      queryClient.setQueryData(coverLetterQuery(userId, saved.id).queryKey, saved);
      // The list shows the name, company and time of the change.
      return refreshCoverLetters(queryClient);
    },
  });
  // Stable across renders (TanStack Query keeps it), so the effect below does not rerun for it.
  const { mutate } = save;

  // Saved once typing pauses; each change restarts the wait.
  useEffect(() => {
    if (!dirty) return;
    const timer = setTimeout(() => {
      setDirty(false);
      mutate(toSaved(draft));
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, dirty, mutate]);

  const change = (next: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...next }));
    setDirty(true);
  };
  const setContent = (next: Partial<TCoverLetterContent>) =>
    change({ content: { ...draft.content, ...next } });
  const setRecipient = (next: Partial<TCoverLetterRecipient>) =>
    setContent({ recipient: { ...draft.content.recipient, ...next } });
  const setSender = (next: Partial<TCoverLetterContent['sender']>) =>
    setContent({ sender: { ...draft.content.sender, ...next } });
  const body = draft.content.body;
  const setBody = (next: string[]) => setContent({ body: next });
  const move = (from: number, to: number) => {
    const next = [...body];
    const [paragraph] = next.splice(from, 1);
    next.splice(to, 0, paragraph ?? '');
    setBody(next);
  };
  const { content } = draft;

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] lg:items-start">
      <div className="grid gap-6">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-2xl font-bold tracking-tight">Edit cover letter</h1>
          <SaveState pending={dirty || save.isPending} saved={save.isSuccess} />
        </div>
        {save.isError ? <FormMessage error={`Not saved: ${saveProblem(save.error)}`} /> : null}
        <TextField label="Letter name" value={draft.name} onChange={(name) => change({ name })} />

        <fieldset className="grid gap-3">
          <legend className="mb-2 text-sm font-semibold">Template</legend>
          <LetterTemplatePicker
            content={content}
            value={draft.template}
            onChange={(template) => change({ template })}
          />
        </fieldset>

        <fieldset className="grid gap-3 sm:grid-cols-2">
          <legend className="mb-2 text-sm font-semibold">From</legend>
          <TextField
            label="Your name"
            value={content.sender.name}
            onChange={(name) => setSender({ name })}
          />
          <TextField
            label="Email"
            value={content.sender.email ?? ''}
            onChange={(v) => setSender({ email: v || null })}
          />
          <TextField
            label="Phone"
            value={content.sender.phone ?? ''}
            onChange={(v) => setSender({ phone: v || null })}
          />
          <TextField
            label="Location"
            value={content.sender.location ?? ''}
            onChange={(v) => setSender({ location: v || null })}
          />
        </fieldset>

        <fieldset className="grid gap-3 sm:grid-cols-2">
          <legend className="mb-2 text-sm font-semibold">Recipient</legend>
          <TextField
            label="Name"
            value={content.recipient.name ?? ''}
            onChange={(v) => setRecipient({ name: v || null })}
          />
          <TextField
            label="Job title"
            value={content.recipient.title ?? ''}
            onChange={(v) => setRecipient({ title: v || null })}
          />
          <TextField
            label="Company"
            value={content.recipient.company ?? ''}
            onChange={(v) => setRecipient({ company: v || null })}
          />
          <div className="grid gap-2">
            <Label htmlFor="letter-address">Address (one line each)</Label>
            <Textarea
              id="letter-address"
              rows={2}
              value={content.recipient.addressLines.join('\n')}
              onChange={(e) =>
                setRecipient({ addressLines: e.target.value.split('\n').slice(0, 6) })
              }
            />
          </div>
        </fieldset>

        <div className="grid gap-3 sm:grid-cols-2">
          <div className="grid gap-2">
            <Label htmlFor="letter-date">Date</Label>
            <Input
              id="letter-date"
              type="date"
              value={content.date ?? ''}
              onChange={(e) => setContent({ date: e.target.value || null })}
            />
          </div>
          <TextField
            label="Subject"
            value={content.subject ?? ''}
            onChange={(v) => setContent({ subject: v || null })}
          />
        </div>
        <TextField
          label="Salutation"
          value={content.salutation}
          onChange={(salutation) => setContent({ salutation })}
        />

        <fieldset className="grid gap-3">
          <legend className="mb-2 text-sm font-semibold">Body</legend>
          {body.map((paragraph, i) => (
            <div key={i} className="flex gap-2">
              <Textarea
                aria-label={`Paragraph ${i + 1}`}
                rows={4}
                value={paragraph}
                onChange={(e) => setBody(body.map((p, j) => (j === i ? e.target.value : p)))}
              />
              <div className="flex flex-col gap-1">
                <Button
                  variant="ghost"
                  size="icon"
                  aria-label={`Move paragraph ${i + 1} up`}
                  disabled={i === 0}
                  onClick={() => move(i, i - 1)}
                >
                  <ArrowUp aria-hidden="true" />
                </Button>
                <Button
                  variant="ghost"
                  size="icon"
                  aria-label={`Move paragraph ${i + 1} down`}
                  disabled={i === body.length - 1}
                  onClick={() => move(i, i + 1)}
                >
                  <ArrowDown aria-hidden="true" />
                </Button>
                <Button
                  variant="ghost"
                  size="icon"
                  aria-label={`Remove paragraph ${i + 1}`}
                  onClick={() => setBody(body.filter((_, j) => j !== i))}
                >
                  <X aria-hidden="true" />
                </Button>
              </div>
            </div>
          ))}
          <div>
            <Button
              variant="outline"
              disabled={body.length >= 20}
              onClick={() => setBody([...body, ''])}
            >
              <Plus aria-hidden="true" />
              Add paragraph
            </Button>
          </div>
        </fieldset>

        <div className="grid gap-3 sm:grid-cols-2">
          <TextField
            label="Closing"
            value={content.closing}
            onChange={(closing) => setContent({ closing })}
          />
          <TextField
            label="Signature"
            hint={`Your name (${content.sender.name}) when empty`}
            value={content.signature ?? ''}
            onChange={(v) => setContent({ signature: v || null })}
          />
        </div>
      </div>

      <div className="grid gap-4 lg:sticky lg:top-20">
        <ExportButtons id={letter.id} />
        <ScaledSheet>
          <LetterSheet content={content} template={draft.template} />
        </ScaledSheet>
      </div>
    </div>
  );
}

function saveProblem(error: unknown): string {
  const details = (error as { details?: { path: string; message: string }[] }).details;
  const first = details?.[0];
  return first
    ? `${first.path.replace(/^body\.content\./, '')}: ${first.message}`
    : describeError(error).title;
}

function SaveState({ pending, saved }: { pending: boolean; saved: boolean }) {
  if (pending) {
    return (
      <span role="status" className="flex items-center gap-1.5 text-sm text-muted-foreground">
        <LoaderCircle aria-hidden="true" className="size-4 animate-spin" />
        Saving…
      </span>
    );
  }
  return saved ? (
    <span role="status" className="flex items-center gap-1.5 text-sm text-muted-foreground">
      <Check aria-hidden="true" className="size-4" />
      Saved
    </span>
  ) : null;
}

function ExportButtons({ id }: { id: string }) {
  const download = useMutation({
    mutationFn: (format: TCoverLetterExportFormat) => downloadCoverLetter(id, format),
  });
  return (
    <div className="grid gap-2">
      <div className="flex flex-wrap gap-2">
        {coverLetterExportFormats.map((format) => (
          <Button
            key={format}
            variant="outline"
            size="sm"
            disabled={download.isPending}
            onClick={() => download.mutate(format)}
          >
            <Download aria-hidden="true" />
            {exportFormatLabels[format]}
          </Button>
        ))}
      </div>
      {download.isError ? <FormMessage error={describeError(download.error).title} /> : null}
    </div>
  );
}

function TextField({
  label,
  value,
  onChange,
  hint,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
}) {
  const id = `letter-${label.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <div className="grid content-start gap-2">
      <Label htmlFor={id}>{label}</Label>
      <Input id={id} value={value} maxLength={300} onChange={(e) => onChange(e.target.value)} />
      {hint ? <p className="text-xs text-muted-foreground">{hint}</p> : null}
    </div>
  );
}
