import { useQuery } from '@tanstack/react-query';
import { FileUser } from 'lucide-react';
import { generatedResumeQuery } from '../../lib/achievements';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '../ui/card';
import { Skeleton } from '../ui/skeleton';

/** The generated resume in brief: its summary and when it was last rebuilt. */
export function GeneratedResumeCard({ userId }: { userId: string }) {
  const query = useQuery(generatedResumeQuery(userId));
  const resume = query.data;
  const at = resume?.lastGeneratedAt ? new Date(resume.lastGeneratedAt) : null;
  return (
    <Card aria-labelledby="generated-resume-title">
      <CardHeader>
        <CardTitle id="generated-resume-title" className="flex items-center gap-2 text-base">
          <FileUser aria-hidden="true" className="size-5 text-primary" />
          Generated resume
        </CardTitle>
        <CardDescription>
          Rebuilt from your achievements and skills each time they change.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-2 text-sm">
        {query.isPending ? (
          <Skeleton className="h-12 w-full" />
        ) : query.isError ? (
          <p className="text-destructive">Could not load your resume.</p>
        ) : (
          <>
            <p data-testid="resume-summary">
              {resume?.content.summary ?? 'Add an achievement and your resume writes itself.'}
            </p>
            {resume?.statistics ? (
              <p className="text-muted-foreground">
                {resume.statistics.achievements} records · {resume.statistics.skills} skills ·{' '}
                {resume.statistics.experienceMonths} months of experience
              </p>
            ) : null}
            {at ? (
              <p className="text-xs text-muted-foreground">
                Last generated{' '}
                <time dateTime={at.toISOString()}>
                  {at.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}
                </time>
              </p>
            ) : null}
          </>
        )}
      </CardContent>
    </Card>
  );
}
