import { OAuth2Client } from 'arctic';
import { readGitHubProfile } from './github-profile.js';
import { createPkceAuthorization } from './pkce-authorization.js';
import type { ProviderFactory } from './provider-setup.js';
import { requestAccessToken } from './token-request.js';

const SCOPES = ['read:user', 'user:email'];

/**
 * arctic's `GitHub` class hard-codes github.com and sends no PKCE, which GitHub has accepted
 * (S256 only) since July 2025; the generic OAuth2Client does both, with the secret in HTTP Basic
 * auth as the GitHub class sends it. GitHub's HTTP-200 error bodies are caught in
 * requestAccessToken.
 */
export const createGitHubProvider: ProviderFactory = ({ credentials, callbackUrl, endpoints }) => {
  const client = new OAuth2Client(credentials.clientId, credentials.clientSecret, callbackUrl);
  return {
    id: 'github',
    callbackUrl,
    createAuthorization: () => createPkceAuthorization(client, endpoints.authorize, SCOPES),
    async exchange(code, codeVerifier) {
      const accessToken = await requestAccessToken('github', () =>
        client.validateAuthorizationCode(endpoints.token, code, codeVerifier),
      );
      return readGitHubProfile(endpoints.userinfo, accessToken);
    },
  };
};
