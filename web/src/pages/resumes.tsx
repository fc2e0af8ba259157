import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { FileJson, FileText, Plus, Upload } from 'lucide-react';
import { useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { TResumeSummary } from '../../../contracts/resumes';
import { PageContainer, PageHeader } from '../components/page';
import { ErrorState } from '../components/states';
import { Alert } from '../components/ui/alert';
import { Badge } from '../components/ui/badge';
import { Button } from '../components/ui/button';
import { Card, CardContent } from '../components/ui/card';
import { Skeleton } from '../components/ui/skeleton';
import { isApiError } from '../lib/api';
import { useAuth } from '../lib/auth-context';
import { describeError } from '../lib/errors';
import { createResume, importJsonResume, refreshResumes, resumeListQuery } from '../lib/resumes';
import { useDocumentTitle } from '../lib/use-document-title';

const dateTime = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A JSON Resume file read in the browser; the server checks it against the schema. */
async function readJsonFile(file: File): Promise<Record<string, unknown>> {
  const parsed: unknown = JSON.parse(await file.text());
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error('The file is not a JSON object');
  }
  return parsed as Record<string, unknown>;
}

/** Only rendered inside <RequireAuth>. */
export function ResumesPage() {
  useDocumentTitle('Resume');
  const { user } = useAuth();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const picker = useRef<HTMLInputElement>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const list = useQuery({ enabled: !!user, ...resumeListQuery(user?.id ?? '') });

  const copy = useMutation({
    mutationFn: () => createResume({ name: 'Tailored resume' }),
    onSuccess: async (resume) => {
      await refreshResumes(queryClient);
      await navigate(`/resume/${resume.id}`);
    },
  });
  const upload = useMutation({
    mutationFn: async (file: File) => importJsonResume(await readJsonFile(file)),
    onMutate: () => setProblems([]),
    onSuccess: async (resume) => {
      await refreshResumes(queryClient);
      await navigate(`/resume/${resume.id}`);
    },
    onError: (error) => {
      const details = isApiError(error) ? (error.details ?? []) : [];
      setProblems(
        details.length > 0
          ? details.map(
              (d) => `${d.path.replace(/^body\.document\.?/, '') || 'document'}: ${d.message}`,
            )
          : [
              error instanceof SyntaxError
                ? 'The file is not valid JSON.'
                : describeError(error).title,
            ],
      );
    },
  });

  return (
    <PageContainer className="max-w-3xl">
      <PageHeader
        title="Resume"
        description={
          <>
            Your generated resume follows your{' '}
            <Link to="/achievements" className="text-primary underline-offset-4 hover:underline">
              achievements
            </Link>
            ; tailored copies are yours to edit for one application. Writing a letter too? See{' '}
            <Link to="/cover-letters" className="text-primary underline-offset-4 hover:underline">
              cover letters
            </Link>
            .
          </>
        }
      >
        <Button onClick={() => copy.mutate()} disabled={copy.isPending}>
          <Plus aria-hidden="true" />
          Make a tailored copy
        </Button>
      </PageHeader>

      <div className="mb-6 flex flex-wrap gap-2">
        <Button
          variant="outline"
          onClick={() => picker.current?.click()}
          disabled={upload.isPending}
        >
          <FileJson aria-hidden="true" />
          Import JSON Resume
        </Button>
        <input
          ref={picker}
          type="file"
          accept="application/json,.json"
          className="sr-only"
          aria-label="JSON Resume file"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) upload.mutate(file);
          }}
        />
        <Button variant="outline" asChild>
          <Link to="/resume/import">
            <Upload aria-hidden="true" />
            Upload a PDF or DOCX resume
          </Link>
        </Button>
      </div>

      {problems.length > 0 ? (
        <Alert variant="destructive" className="mb-6">
          <p className="font-medium">This JSON Resume could not be imported:</p>
          <ul className="mt-1 list-disc pl-5 text-sm">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {copy.isError ? (
        <Alert variant="destructive" className="mb-6">
          {describeError(copy.error).title}
        </Alert>
      ) : null}

      {list.isPending ? (
        <div className="space-y-3">
          <Skeleton className="h-24" />
          <Skeleton className="h-24" />
        </div>
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <ul className="space-y-3">
          {list.data.items.map((resume) => (
            <ResumeRow key={resume.id} resume={resume} />
          ))}
        </ul>
      )}
    </PageContainer>
  );
}

function ResumeRow({ resume }: { resume: TResumeSummary }) {
  return (
    <li>
      <Card>
        <CardContent className="flex items-center gap-4 py-4">
          <FileText className="size-8 shrink-0 text-muted-foreground" aria-hidden="true" />
          <div className="min-w-0 flex-1">
            <Link
              to={`/resume/${resume.id}`}
              className="font-semibold underline-offset-4 hover:underline"
            >
              {resume.name}
            </Link>
            <p className="text-sm text-muted-foreground">
              {resume.kind === 'generated' && resume.lastGeneratedAt
                ? `Generated ${dateTime(resume.lastGeneratedAt)}`
                : `Edited ${dateTime(resume.updatedAt)}`}
              {' · '}
              {resume.versions === 1 ? '1 version' : `${resume.versions} versions`}
              {resume.publicLink.enabled ? ' · public link on' : ''}
            </p>
          </div>
          <Badge variant={resume.kind === 'generated' ? 'secondary' : 'outline'}>
            {resume.kind === 'generated' ? 'Generated' : 'Tailored'}
          </Badge>
        </CardContent>
      </Card>
    </li>
  );
}
