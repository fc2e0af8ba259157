import { CodeChallengeMethod, generateCodeVerifier, generateState } from 'arctic';
import type { OAuth2Client } from 'arctic';
import type { OAuthAuthorization } from './provider-types.js';

/** A fresh random state and S256 PKCE verifier for every sign-in attempt. */
export function createPkceAuthorization(
  client: OAuth2Client,
  authorizeEndpoint: string,
  scopes: string[],
): OAuthAuthorization {
  const state = generateState();
  const codeVerifier = generateCodeVerifier();
  const url = client.createAuthorizationURLWithPKCE(
    authorizeEndpoint,
    state,
    CodeChallengeMethod.S256,
    codeVerifier,
    scopes,
  );
  return { url, state, codeVerifier };
}
