import { OAuth2Client } from 'arctic';
import { sendClientSecretPostTokenRequest } from './client-secret-post.js';
import { readOidcUserinfo } from './oidc-userinfo.js';
import { createPkceAuthorization } from './pkce-authorization.js';
import type { ProviderFactory } from './provider-setup.js';
import { requestAccessToken } from './token-request.js';

const SCOPES = ['openid', 'email', 'profile'];

/**
 * arctic's `LinkedIn` class hard-codes LinkedIn's endpoints and sends no PKCE. The authorization
 * URL comes from arctic's OAuth2Client; the token request sends the secret in the body because
 * LinkedIn does not accept HTTP Basic auth, which is all OAuth2Client can send.
 */
export const createLinkedInProvider: ProviderFactory = ({
  credentials,
  callbackUrl,
  endpoints,
}) => {
  const client = new OAuth2Client(credentials.clientId, credentials.clientSecret, callbackUrl);
  return {
    id: 'linkedin',
    callbackUrl,
    createAuthorization: () => createPkceAuthorization(client, endpoints.authorize, SCOPES),
    async exchange(code, codeVerifier) {
      const accessToken = await requestAccessToken('linkedin', () =>
        sendClientSecretPostTokenRequest({
          tokenEndpoint: endpoints.token,
          clientId: credentials.clientId,
          clientSecret: credentials.clientSecret,
          redirectUri: callbackUrl,
          code,
          codeVerifier,
        }),
      );
      return readOidcUserinfo('linkedin', endpoints.userinfo, accessToken);
    },
  };
};
