import type { ReactNode } from 'react';
import { LogoMark } from '../layout/logo';
import { Card, CardContent } from '../ui/card';

/** Centred card for the log-in and sign-up pages. */
export function AuthLayout({
  title,
  description,
  children,
  footer,
}: {
  title: string;
  description: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}) {
  return (
    <div className="bg-[radial-gradient(ellipse_70%_50%_at_50%_-10%,color-mix(in_oklch,var(--color-primary)_14%,transparent),transparent)]">
      <div className="mx-auto flex w-full max-w-md flex-col px-4 py-10 sm:py-16">
        <div className="mb-8 flex flex-col items-center text-center">
          <LogoMark className="size-11" />
          <h1 className="mt-5 text-2xl font-bold tracking-tight sm:text-3xl">{title}</h1>
          <p className="mt-2 text-sm text-muted-foreground sm:text-base">{description}</p>
        </div>
        <Card>
          <CardContent className="pt-5 sm:pt-6">{children}</CardContent>
        </Card>
        {footer ? <p className="mt-6 text-center text-sm text-muted-foreground">{footer}</p> : null}
      </div>
    </div>
  );
}

export const textLinkClass =
  'rounded-sm font-medium text-primary underline-offset-4 outline-none hover:underline focus-visible:ring-2 focus-visible:ring-ring';
