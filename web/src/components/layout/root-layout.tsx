import type { ReactNode } from 'react';
import { Outlet, ScrollRestoration } from 'react-router';
import { VerifyEmailNotice } from '../auth/verify-email-notice';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

export const MAIN_ID = 'main';

/** Page chrome: skip link, header, main landmark and footer. */
export function RootLayout({ children }: { children?: ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href={`#${MAIN_ID}`}
        className="fixed top-3 left-3 z-[60] -translate-y-24 rounded-md bg-primary px-4 py-2 text-sm font-medium text-primary-foreground shadow-lg transition-transform outline-none focus:translate-y-0 focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2"
      >
        Skip to content
      </a>
      <SiteHeader />
      <VerifyEmailNotice />
      <main id={MAIN_ID} tabIndex={-1} className="flex-1 outline-none">
        {children ?? <Outlet />}
      </main>
      <SiteFooter />
      <ScrollRestoration />
    </div>
  );
}
