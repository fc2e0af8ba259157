import { ArrowLeft, MonitorSmartphone } from 'lucide-react';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ZOAuthProvider } from '../../../contracts/auth';
import { PageContainer, PageHeader } from '../components/page';
import { ChangePasswordCard } from '../components/security/change-password-card';
import {
  LinkedAccountsCard,
  type LinkingResult,
} from '../components/security/linked-accounts-card';
import { SettingsLinkCard } from '../components/security/settings-link-card';
import { TwoFactorCard } from '../components/security/two-factor-card';
import { useAuth } from '../lib/auth-context';
import { useDocumentTitle } from '../lib/use-document-title';

/** Two-step verification, password and linked accounts. Only rendered inside <RequireAuth>. */
export function SecurityPage() {
  useDocumentTitle('Security');
  const { user } = useAuth();
  const [params, setParams] = useSearchParams();
  // The server's redirect after linking a provider says how it went; shown once.
  const [outcome] = useState<LinkingResult>(() => ({
    linked: ZOAuthProvider.safeParse(params.get('linked')).data,
    error: params.get('oauthError') ?? undefined,
  }));
  useEffect(() => {
    if (params.has('linked') || params.has('oauthError')) setParams({}, { replace: true });
  }, [params, setParams]);

  if (!user) return null;
  return (
    <PageContainer className="max-w-4xl">
      <Link
        to="/account"
        className="mb-4 inline-flex items-center gap-1.5 rounded-sm text-sm text-muted-foreground outline-none hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring"
      >
        <ArrowLeft className="size-4" aria-hidden="true" />
        Account
      </Link>
      <PageHeader
        title="Security"
        description="How you log in: two-step verification, your password and linked accounts."
      />
      <div className="space-y-6">
        <TwoFactorCard userId={user.id} username={user.username} />
        <ChangePasswordCard userId={user.id} username={user.username} />
        <LinkedAccountsCard userId={user.id} outcome={outcome} />
        <SettingsLinkCard
          to="/account"
          icon={MonitorSmartphone}
          title="Sessions"
          description="See the devices signed in to your account and sign out the ones you do not use."
        />
      </div>
    </PageContainer>
  );
}
