import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Copy, FileText, Plus } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { TCoverLetterSummary } from '../../../contracts/cover-letters';
import { ConfirmDeleteDialog } from '../components/confirm-delete-dialog';
import { FormMessage } from '../components/form-message';
import { PageContainer, PageHeader } from '../components/page';
import { Pagination, parsePage, PastLastPage } from '../components/pagination';
import { EmptyState, ErrorState } from '../components/states';
import { Button } from '../components/ui/button';
import { Input } from '../components/ui/input';
import { Skeleton } from '../components/ui/skeleton';
import { useAuth } from '../lib/auth-context';
import {
  coverLetterListQuery,
  createCoverLetter,
  deleteCoverLetter,
  duplicateCoverLetter,
  refreshCoverLetters,
} from '../lib/cover-letters';
import { describeError } from '../lib/errors';
import { useDocumentTitle } from '../lib/use-document-title';

const PAGE_SIZE = 20;
const updatedFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** Only rendered inside <RequireAuth>. */
export function CoverLettersPage() {
  useDocumentTitle('Cover letters');
  const [searchParams] = useSearchParams();
  const page = parsePage(searchParams.get('page'));
  const { user } = useAuth();
  const query = useQuery({
    enabled: !!user,
    ...coverLetterListQuery(user?.id ?? '', { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
  const data = query.data;
  const totalPages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;

  return (
    <PageContainer className="max-w-4xl">
      <PageHeader
        title="Cover letters"
        description="Letters of their own, each in one of the resume's looks. Your name and contact details come from your resume."
      />
      <NewLetterForm />
      {data ? (
        data.items.length > 0 ? (
          <>
            <ul className="mt-8 divide-y rounded-xl border bg-card">
              {data.items.map((letter) => (
                <LetterRow key={letter.id} letter={letter} />
              ))}
            </ul>
            <Pagination page={page} totalPages={totalPages} className="mt-6" />
          </>
        ) : page > 1 && data.total > 0 ? (
          <PastLastPage totalPages={totalPages} />
        ) : (
          <EmptyState
            className="mt-8"
            icon={<FileText aria-hidden="true" />}
            title="No cover letters yet"
          >
            Name your first letter above, for instance after the company you write to.
          </EmptyState>
        )
      ) : query.isError ? (
        <ErrorState
          className="mt-8"
          error={query.error}
          title="Could not load your cover letters"
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      ) : (
        <div role="status" aria-label="Loading your cover letters" className="mt-8 grid gap-2">
          <Skeleton className="h-16 w-full rounded-xl" />
          <Skeleton className="h-16 w-full rounded-xl" />
        </div>
      )}
    </PageContainer>
  );
}

function NewLetterForm() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const create = useMutation({
    mutationFn: () => createCoverLetter({ name }),
    onSuccess: async (letter) => {
      await refreshCoverLetters(queryClient);
      void navigate(`/cover-letters/${letter.id}`);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim()) create.mutate();
  };
  return (
    <form onSubmit={submit} className="grid gap-3">
      <div className="flex flex-col gap-2 sm:flex-row">
        <Input
          aria-label="New letter's name"
          placeholder="Name a new letter, e.g. Acme – data analyst"
          value={name}
          maxLength={120}
          onChange={(event) => setName(event.target.value)}
        />
        <Button type="submit" disabled={!name.trim() || create.isPending}>
          <Plus aria-hidden="true" />
          New letter
        </Button>
      </div>
      {create.isError ? <FormMessage error={describeError(create.error).title} /> : null}
    </form>
  );
}

function LetterRow({ letter }: { letter: TCoverLetterSummary }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const duplicate = useMutation({
    mutationFn: () => duplicateCoverLetter(letter.id),
    onSuccess: async (copy) => {
      await refreshCoverLetters(queryClient);
      void navigate(`/cover-letters/${copy.id}`);
    },
  });
  return (
    <li className="flex flex-col gap-3 p-4 sm:flex-row sm:items-center">
      <div className="min-w-0 flex-1">
        <Link
          to={`/cover-letters/${letter.id}`}
          className="font-medium underline-offset-4 hover:underline"
        >
          {letter.name}
        </Link>
        <p className="truncate text-sm text-muted-foreground">
          {[letter.recipientCompany ?? 'No company yet', letter.subject]
            .filter(Boolean)
            .join(' · ')}
        </p>
      </div>
      <p className="text-sm whitespace-nowrap text-muted-foreground">
        Updated {updatedFormat.format(new Date(letter.updatedAt))}
      </p>
      <div className="flex gap-2">
        <Button
          variant="outline"
          size="sm"
          disabled={duplicate.isPending}
          onClick={() => duplicate.mutate()}
          aria-label={`Duplicate ${letter.name}`}
        >
          <Copy aria-hidden="true" />
          Duplicate
        </Button>
        <ConfirmDeleteDialog
          title={`Delete “${letter.name}”?`}
          description="This cannot be undone. Files you have downloaded are not affected."
          confirmLabel="Delete"
          triggerLabel={`Delete ${letter.name}`}
          triggerVariant="outline"
          onConfirm={async () => {
            await deleteCoverLetter(letter.id);
            await refreshCoverLetters(queryClient);
          }}
        />
      </div>
    </li>
  );
}
