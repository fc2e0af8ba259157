import { ArrowLeft } from 'lucide-react';
import type { ComponentProps, ReactNode } from 'react';
import { Link } from 'react-router';
import { cn } from '../lib/utils';
import { Button } from './ui/button';

export function PageContainer({ className, ...props }: ComponentProps<'div'>) {
  return (
    <div
      className={cn('mx-auto w-full max-w-6xl px-4 py-8 sm:px-6 sm:py-12', className)}
      {...props}
    />
  );
}

export function PageHeader({
  title,
  description,
  children,
}: {
  title: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <div className="mb-8 flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{title}</h1>
        {description ? (
          <p className="max-w-2xl text-base text-muted-foreground">{description}</p>
        ) : null}
      </div>
      {children}
    </div>
  );
}

/** A whole page that says why there is nothing to show, with a way home and one other way on. */
export function StatusPage({
  icon,
  tone = 'default',
  eyebrow,
  title,
  children,
  otherLink,
}: {
  icon: ReactNode;
  tone?: 'default' | 'destructive';
  eyebrow: string;
  title: ReactNode;
  children: ReactNode;
  otherLink: { to: string; label: string };
}) {
  const destructive = tone === 'destructive';
  return (
    <PageContainer className="flex max-w-2xl flex-col items-center py-20 text-center sm:py-28">
      <div
        className={cn(
          'flex size-14 items-center justify-center rounded-full [&_svg]:size-7',
          destructive ? 'bg-destructive/10 text-destructive' : 'bg-accent text-accent-foreground',
        )}
      >
        {icon}
      </div>
      <p
        className={cn(
          'mt-6 text-sm font-semibold tracking-wide uppercase',
          destructive ? 'text-destructive' : 'text-primary',
        )}
      >
        {eyebrow}
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight sm:text-4xl">{title}</h1>
      <p className="mt-4 text-muted-foreground">{children}</p>
      <div className="mt-8 flex w-full flex-col gap-3 sm:w-auto sm:flex-row">
        <Button asChild>
          <Link to="/">
            <ArrowLeft aria-hidden="true" />
            Back to the home page
          </Link>
        </Button>
        <Button asChild variant="outline">
          <Link to={otherLink.to}>{otherLink.label}</Link>
        </Button>
      </div>
    </PageContainer>
  );
}
