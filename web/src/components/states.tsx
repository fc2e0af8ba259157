import { RefreshCw, TriangleAlert } from 'lucide-react';
import type { ReactNode } from 'react';
import { describeError } from '../lib/errors';
import { cn } from '../lib/utils';
import { Button } from './ui/button';

export function EmptyState({
  icon,
  title,
  children,
  action,
  className,
  headingLevel = 2,
}: {
  icon: ReactNode;
  title: string;
  /** 1 when the state replaces the whole page content. */
  headingLevel?: 1 | 2;
  children?: ReactNode;
  action?: ReactNode;
  className?: string;
}) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <div
      className={cn(
        'flex flex-col items-center justify-center gap-3 rounded-xl border border-dashed px-6 py-14 text-center',
        className,
      )}
    >
      <div className="flex size-12 items-center justify-center rounded-full bg-muted text-muted-foreground [&_svg]:size-6">
        {icon}
      </div>
      <Heading className="text-lg font-semibold">{title}</Heading>
      {children ? <div className="max-w-md text-sm text-muted-foreground">{children}</div> : null}
      {action ? <div className="mt-2 flex flex-wrap justify-center gap-2">{action}</div> : null}
    </div>
  );
}

/** Inline error panel for a failed request, with a retry button. */
export function ErrorState({
  error,
  title,
  onRetry,
  retrying = false,
  className,
  headingLevel = 2,
}: {
  error: unknown;
  headingLevel?: 1 | 2;
  title?: string;
  onRetry?: () => void;
  retrying?: boolean;
  className?: string;
}) {
  const described = describeError(error);
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <div
      role="alert"
      className={cn(
        'flex flex-col items-center gap-3 rounded-xl border border-destructive/30 bg-destructive/5 px-6 py-12 text-center',
        className,
      )}
    >
      <div className="flex size-12 items-center justify-center rounded-full bg-destructive/10 text-destructive">
        <TriangleAlert className="size-6" aria-hidden="true" />
      </div>
      <Heading className="text-lg font-semibold">{title ?? described.title}</Heading>
      <p className="max-w-md text-sm text-muted-foreground">
        {title ? `${described.title}. ` : null}
        {described.hint}
      </p>
      {described.requestId ? (
        <p className="text-xs text-muted-foreground">
          Reference: <code className="font-mono">{described.requestId}</code>
        </p>
      ) : null}
      {onRetry ? (
        <Button variant="outline" onClick={onRetry} disabled={retrying} className="mt-2">
          <RefreshCw className={cn(retrying && 'animate-spin')} aria-hidden="true" />
          {retrying ? 'Retrying…' : 'Try again'}
        </Button>
      ) : null}
    </div>
  );
}
