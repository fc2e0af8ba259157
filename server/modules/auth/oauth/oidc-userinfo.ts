import { z } from 'zod';
import { getProviderJson } from './profile-request.js';
import type { ProviderId, ProviderProfile } from './provider-types.js';

const optionalText = z
  .string()
  .nullish()
  .transform((v) => v?.trim() || undefined);

/** The OpenID Connect standard claims Google and LinkedIn return from their userinfo endpoints. */
const ZUserinfoClaims = z.object({
  sub: z.string().min(1),
  email: optionalText,
  // A boolean per OpenID Connect; some older Google endpoints sent the string "true".
  email_verified: z.union([z.boolean(), z.string()]).nullish(),
  name: optionalText,
  picture: optionalText,
});

export async function readOidcUserinfo(
  provider: ProviderId,
  userinfoEndpoint: string,
  accessToken: string,
): Promise<ProviderProfile> {
  const claims = await getProviderJson(
    provider,
    { url: userinfoEndpoint, accessToken },
    ZUserinfoClaims,
  );
  return {
    provider,
    subject: claims.sub,
    email: claims.email,
    // Only an explicit assertion counts: a missing claim means the provider vouches for nothing.
    emailVerified:
      claims.email !== undefined &&
      (claims.email_verified === true || claims.email_verified === 'true'),
    name: claims.name,
    avatarUrl: claims.picture,
  };
}
