import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Check, Copy, Download, Save } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import {
  exportFormats,
  type TResume,
  type TResumeContent,
  type TResumePublicLink,
  type TResumeTemplate,
} from '../../../contracts/resumes';
import { PageContainer, PageHeader } from '../components/page';
import { ResumePreview } from '../components/resume/resume-preview';
import { SectionEditor } from '../components/resume/section-editor';
import { TemplatePicker } from '../components/resume/template-picker';
import { ErrorState } from '../components/states';
import { Alert } from '../components/ui/alert';
import { Button } from '../components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '../components/ui/card';
import { Input } from '../components/ui/input';
import { Skeleton } from '../components/ui/skeleton';
import { useAuth } from '../lib/auth-context';
import { describeError } from '../lib/errors';
import {
  createResume,
  downloadResume,
  exportFormatLabels,
  refreshResumes,
  resumeQuery,
  resumeVersionsQuery,
  saveVersion,
  setPublicLink,
  updateResume,
} from '../lib/resumes';
import { useDocumentTitle } from '../lib/use-document-title';

const SAVE_DELAY_MS = 700;

/** Only rendered inside <RequireAuth>. */
export function ResumeEditorPage() {
  const { id = '' } = useParams();
  const { user } = useAuth();
  const query = useQuery({ enabled: !!user, ...resumeQuery(user?.id ?? '', id) });
  useDocumentTitle(query.data?.name ?? 'Resume');
  if (query.isPending) {
    return (
      <PageContainer>
        <Skeleton className="h-96" />
      </PageContainer>
    );
  }
  if (query.isError) {
    return (
      <PageContainer>
        <ErrorState error={query.error} headingLevel={1} onRetry={() => void query.refetch()} />
      </PageContainer>
    );
  }
  return <Editor key={query.data.id} resume={query.data} />;
}

function Editor({ resume }: { resume: TResume }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [content, setContent] = useState<TResumeContent>(resume.content);
  const [template, setTemplate] = useState<TResumeTemplate>(resume.template);
  const [status, setStatus] = useState<'saved' | 'pending' | 'saving' | 'error'>('saved');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const editable = resume.kind === 'tailored';

  const save = useMutation({
    mutationFn: (body: { content?: TResumeContent; template?: TResumeTemplate }) =>
      updateResume(resume.id, body),
    onMutate: () => setStatus('saving'),
    onSuccess: () => setStatus('saved'),
    onError: () => setStatus('error'),
  });
  useEffect(() => () => clearTimeout(timer.current), []);

  // Debounced: the preview follows every keystroke, the server every pause.
  const edit = (next: TResumeContent) => {
    setContent(next);
    setStatus('pending');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => save.mutate({ content: next }), SAVE_DELAY_MS);
  };
  const pickTemplate = (next: TResumeTemplate) => {
    setTemplate(next);
    save.mutate({ template: next });
  };
  const copy = useMutation({
    mutationFn: () => createResume({ name: `${resume.name} (tailored)`, basedOn: resume.id }),
    onSuccess: async (created) => {
      await refreshResumes(queryClient);
      await navigate(`/resume/${created.id}`);
    },
  });

  return (
    <PageContainer className="max-w-7xl">
      <PageHeader
        title={resume.name}
        description={
          <>
            {editable
              ? 'Edits save as you type. '
              : 'The generated resume follows your achievements and cannot be edited here. '}
            <Link to="/resume" className="text-primary underline-offset-4 hover:underline">
              All resumes
            </Link>
          </>
        }
      >
        {editable ? (
          <p role="status" className="text-sm text-muted-foreground">
            {status === 'saved'
              ? 'Saved'
              : status === 'error'
                ? `Not saved: ${describeError(save.error).title}`
                : 'Saving…'}
          </p>
        ) : (
          <Button onClick={() => copy.mutate()} disabled={copy.isPending}>
            Make a tailored copy to edit
          </Button>
        )}
      </PageHeader>

      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <div className="space-y-6">
          <Card>
            <CardHeader>
              <CardTitle>Sections</CardTitle>
            </CardHeader>
            <CardContent>
              <SectionEditor content={content} onChange={edit} readOnly={!editable} />
            </CardContent>
          </Card>
          <ExportCard resumeId={resume.id} />
          <VersionsCard resumeId={resume.id} />
          <PublicLinkCard resume={resume} />
        </div>
        <div className="space-y-6">
          <ResumePreview content={content} template={template} />
          <TemplatePicker content={content} value={template} onChange={pickTemplate} />
        </div>
      </div>
    </PageContainer>
  );
}

function ExportCard({ resumeId, version }: { resumeId: string; version?: number }) {
  const download = useMutation({
    mutationFn: (format: (typeof exportFormats)[number]) =>
      downloadResume(resumeId, format, version),
  });
  return (
    <Card>
      <CardHeader>
        <CardTitle>Export</CardTitle>
      </CardHeader>
      <CardContent className="flex flex-wrap gap-2">
        {exportFormats.map((format) => (
          <Button key={format} variant="outline" size="sm" onClick={() => download.mutate(format)}>
            <Download aria-hidden="true" />
            Export {exportFormatLabels[format]}
          </Button>
        ))}
        {download.isError ? (
          <Alert variant="destructive">{describeError(download.error).title}</Alert>
        ) : null}
      </CardContent>
    </Card>
  );
}

function VersionsCard({ resumeId }: { resumeId: string }) {
  const { user } = useAuth();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const versions = useQuery({ enabled: !!user, ...resumeVersionsQuery(user?.id ?? '', resumeId) });
  const create = useMutation({
    mutationFn: () => saveVersion(resumeId, name),
    onSuccess: async () => {
      setName('');
      await refreshResumes(queryClient);
    },
  });
  return (
    <Card>
      <CardHeader>
        <CardTitle>Versions</CardTitle>
      </CardHeader>
      <CardContent className="space-y-3">
        <form
          className="flex gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            if (name.trim()) create.mutate();
          }}
        >
          <Input
            aria-label="Version name"
            placeholder="Acme — Backend engineer"
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
          <Button type="submit" disabled={!name.trim() || create.isPending}>
            <Save aria-hidden="true" />
            Save as version
          </Button>
        </form>
        {create.isError ? (
          <Alert variant="destructive">{describeError(create.error).title}</Alert>
        ) : null}
        <ul className="divide-y text-sm">
          {versions.data?.items.map((v) => (
            <li key={v.id} className="flex items-center gap-2 py-2">
              <span className="flex-1">
                {v.number}. {v.name}
              </span>
              {(['pdf', 'docx'] as const).map((format) => (
                <Button
                  key={format}
                  size="sm"
                  variant="ghost"
                  aria-label={`Download version ${v.number} as ${exportFormatLabels[format]}`}
                  onClick={() => void downloadResume(resumeId, format, v.number)}
                >
                  <Download aria-hidden="true" />
                  {exportFormatLabels[format]}
                </Button>
              ))}
            </li>
          ))}
          {versions.data?.items.length === 0 ? (
            <li className="py-2 text-muted-foreground">No versions yet.</li>
          ) : null}
        </ul>
      </CardContent>
    </Card>
  );
}

function PublicLinkCard({ resume }: { resume: TResume }) {
  const queryClient = useQueryClient();
  const [link, setLink] = useState<TResumePublicLink>(resume.publicLink);
  const [copied, setCopied] = useState(false);
  const toggle = useMutation({
    mutationFn: (enabled: boolean) => setPublicLink(resume.id, enabled),
    onSuccess: async (next) => {
      setLink(next);
      await refreshResumes(queryClient);
    },
  });
  return (
    <Card>
      <CardHeader>
        <CardTitle>Public link</CardTitle>
      </CardHeader>
      <CardContent className="space-y-3 text-sm">
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            className="size-4"
            checked={link.enabled}
            disabled={toggle.isPending}
            onChange={(e) => toggle.mutate(e.target.checked)}
          />
          Anyone with the link can view and download this resume
        </label>
        {link.enabled && link.url ? (
          <div className="flex gap-2">
            <Input aria-label="Public link" readOnly value={link.url} />
            <Button
              variant="outline"
              onClick={() =>
                void navigator.clipboard.writeText(link.url ?? '').then(() => setCopied(true))
              }
            >
              {copied ? <Check aria-hidden="true" /> : <Copy aria-hidden="true" />}
              {copied ? 'Copied' : 'Copy'}
            </Button>
          </div>
        ) : link.enabled ? (
          // Only a hash of the secret is kept, so the address is shown once.
          <p className="text-muted-foreground">
            The link is on. Its address was shown when you turned it on; turn it off and on again
            for a new one.
          </p>
        ) : null}
        <p className="text-muted-foreground">
          {link.views} views · {link.downloads} downloads
        </p>
      </CardContent>
    </Card>
  );
}
