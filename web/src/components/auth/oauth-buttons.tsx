import { useQuery } from '@tanstack/react-query';
import { AFTER_SIGN_IN, safeNextPath } from '../../lib/next-path';
import { oauthProvidersQuery, oauthStartPath, providerNames } from '../../lib/oauth';
import { Button } from '../ui/button';
import { ProviderIcon } from './provider-icon';

/**
 * "Continue with ..." for each provider the server has set up; nothing when there are none.
 * The buttons are plain links: the server redirects to the provider and, after, back to `next`.
 */
export function OAuthButtons({ next }: { next: string | null }) {
  const providers = useQuery(oauthProvidersQuery());
  const list = providers.data?.providers ?? [];
  if (list.length === 0) return null;
  const destination = safeNextPath(next) ?? AFTER_SIGN_IN;
  return (
    <div className="mt-6 grid gap-4">
      <div className="flex items-center gap-3 text-xs text-muted-foreground uppercase">
        <span className="h-px flex-1 bg-border" />
        or
        <span className="h-px flex-1 bg-border" />
      </div>
      <ul aria-label="Other ways to continue" className="grid gap-2">
        {list.map((provider) => (
          <li key={provider}>
            <Button asChild variant="outline" size="lg" className="w-full text-sm">
              <a href={oauthStartPath(provider, destination)}>
                <ProviderIcon provider={provider} />
                Continue with {providerNames[provider]}
              </a>
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
