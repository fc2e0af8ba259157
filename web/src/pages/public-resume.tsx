import { useMutation, useQuery } from '@tanstack/react-query';
import { Download } from 'lucide-react';
import { useParams } from 'react-router';
import { PageContainer } from '../components/page';
import { ResumePreview } from '../components/resume/resume-preview';
import { ErrorState } from '../components/states';
import { Button } from '../components/ui/button';
import { Skeleton } from '../components/ui/skeleton';
import { describeError } from '../lib/errors';
import { downloadPublicResume, publicResumeQuery } from '../lib/resumes';
import { useDocumentTitle } from '../lib/use-document-title';

/** A resume shared by its secret link: open to everyone, nothing but the sheet and a download. */
export function PublicResumePage() {
  const { token = '' } = useParams();
  const query = useQuery(publicResumeQuery(token));
  useDocumentTitle(query.data ? query.data.content.basics.name : 'Resume');
  const download = useMutation({ mutationFn: () => downloadPublicResume(token) });
  return (
    <PageContainer className="max-w-4xl">
      {query.isPending ? (
        <Skeleton className="h-[40rem]" />
      ) : query.isError ? (
        <ErrorState error={query.error} headingLevel={1} title="This resume is not available" />
      ) : (
        <div className="space-y-4">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h1 className="text-2xl font-bold">{query.data.content.basics.name}</h1>
            <Button onClick={() => download.mutate()} disabled={download.isPending}>
              <Download aria-hidden="true" />
              Download PDF
            </Button>
          </div>
          {download.isError ? (
            <p role="alert" className="text-sm text-destructive">
              {describeError(download.error).title}
            </p>
          ) : null}
          <ResumePreview content={query.data.content} template={query.data.template} />
        </div>
      )}
    </PageContainer>
  );
}
