import { z } from 'zod';
import { getProviderJson } from './profile-request.js';
import type { ProviderProfile } from './provider-types.js';

const optionalText = z
  .string()
  .nullish()
  .transform((v) => v?.trim() || undefined);

const ZGitHubUser = z.object({
  id: z.number().int(),
  login: z.string().min(1),
  name: optionalText,
  avatar_url: optionalText,
});

const ZGitHubEmails = z.array(
  z.object({ email: z.string(), primary: z.boolean(), verified: z.boolean() }),
);

const API_HEADERS = { Accept: 'application/vnd.github+json', 'X-GitHub-Api-Version': '2022-11-28' };

/**
 * GitHub is not OpenID Connect: the account comes from GET /user and the address from
 * GET /user/emails, whose primary entry carries the `verified` flag (the `email` on /user is the
 * public profile address, may be empty, and says nothing about verification).
 */
export async function readGitHubProfile(
  userEndpoint: string,
  accessToken: string,
): Promise<ProviderProfile> {
  const emailsEndpoint = `${userEndpoint.replace(/\/+$/, '')}/emails`;
  const [user, emails] = await Promise.all([
    getProviderJson(
      'github',
      { url: userEndpoint, accessToken, headers: API_HEADERS },
      ZGitHubUser,
    ),
    getProviderJson(
      'github',
      { url: emailsEndpoint, accessToken, headers: API_HEADERS },
      ZGitHubEmails,
    ),
  ]);
  const primary = emails.find((e) => e.primary);
  return {
    provider: 'github',
    // The numeric id survives renames; the login does not.
    subject: String(user.id),
    email: primary?.email.trim() || undefined,
    emailVerified: primary?.verified === true,
    name: user.name,
    avatarUrl: user.avatar_url,
    username: user.login,
  };
}
