import { createHash, randomBytes } from 'node:crypto';

/** What the authorize endpoint remembers about a code until the token endpoint redeems it. */
export interface AuthorizationGrant {
  clientId: string;
  redirectUri: string;
  scope: string;
  codeChallenge?: string;
}

export class AuthorizationCodes {
  readonly #grants = new Map<string, AuthorizationGrant>();

  issue(grant: AuthorizationGrant): string {
    const code = randomBytes(16).toString('hex');
    this.#grants.set(code, grant);
    return code;
  }

  /** Codes are single use, as at every real provider: a second redemption finds nothing. */
  redeem(code: string | null): AuthorizationGrant | undefined {
    if (code === null) return undefined;
    const grant = this.#grants.get(code);
    this.#grants.delete(code);
    return grant;
  }
}

/** RFC 7636 S256: the challenge is base64url(sha256(verifier)). No challenge, nothing to check. */
export function pkceMatches(grant: AuthorizationGrant, verifier: string | null): boolean {
  if (grant.codeChallenge === undefined) return true;
  if (!verifier) return false;
  return createHash('sha256').update(verifier).digest('base64url') === grant.codeChallenge;
}
