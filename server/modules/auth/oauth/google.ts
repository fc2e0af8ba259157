import { OAuth2Client } from 'arctic';
import { createPkceAuthorization } from './pkce-authorization.js';
import { readOidcUserinfo } from './oidc-userinfo.js';
import type { ProviderFactory } from './provider-setup.js';
import { requestAccessToken } from './token-request.js';

const SCOPES = ['openid', 'email', 'profile'];

/**
 * arctic's `Google` class hard-codes Google's endpoints, so its generic OAuth2Client is used with
 * the same settings the class uses: PKCE S256 and the secret sent with HTTP Basic auth.
 */
export const createGoogleProvider: ProviderFactory = ({ credentials, callbackUrl, endpoints }) => {
  const client = new OAuth2Client(credentials.clientId, credentials.clientSecret, callbackUrl);
  return {
    id: 'google',
    callbackUrl,
    createAuthorization: () => createPkceAuthorization(client, endpoints.authorize, SCOPES),
    async exchange(code, codeVerifier) {
      const accessToken = await requestAccessToken('google', () =>
        client.validateAuthorizationCode(endpoints.token, code, codeVerifier),
      );
      return readOidcUserinfo('google', endpoints.userinfo, accessToken);
    },
  };
};
