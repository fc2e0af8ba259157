import type { FakeDialect, TokenErrorKind } from './fake-dialect.js';
import type { FakeOidcProfile } from './fake-profiles.js';
import { accessTokenFrom, basicCredentials, sendJson } from './http-helpers.js';

const TOKEN_ERRORS: Record<TokenErrorKind, [number, { error: string; error_description: string }]> =
  {
    invalid_client: [401, { error: 'invalid_client', error_description: 'Unauthorized' }],
    invalid_grant: [400, { error: 'invalid_grant', error_description: 'Bad Request' }],
    invalid_verifier: [
      400,
      { error: 'invalid_grant', error_description: 'Invalid code verifier.' },
    ],
    redirect_mismatch: [400, { error: 'redirect_uri_mismatch', error_description: 'Bad Request' }],
    unsupported_grant_type: [
      400,
      { error: 'unsupported_grant_type', error_description: 'Invalid grant_type: ' },
    ],
  };

/** Google: standard OAuth 2.0 errors; secret by HTTP Basic or in the body; OIDC userinfo. */
export const googleDialect: FakeDialect<FakeOidcProfile> = {
  paths: {
    authorize: '/o/oauth2/v2/auth',
    token: '/token',
    userinfo: '/v1/userinfo',
  },
  denial: { error: 'access_denied' },
  clientCredentials(req, form) {
    const basic = basicCredentials(req);
    if (basic) return basic;
    return {
      id: form.get('client_id') ?? undefined,
      secret: form.get('client_secret') ?? undefined,
    };
  },
  sendTokenError(res, kind) {
    const [status, body] = TOKEN_ERRORS[kind];
    sendJson(res, status, body);
  },
  sendTokens(_req, res, accessToken, scope) {
    sendJson(res, 200, {
      access_token: accessToken,
      expires_in: 3599,
      scope,
      token_type: 'Bearer',
    });
  },
  serveProfileApi(req, res, path, profile, isAccessToken) {
    if (path !== this.paths.userinfo) return false;
    if (!isAccessToken(accessTokenFrom(req, ['bearer']))) {
      sendJson(
        res,
        401,
        { error: 'invalid_request', error_description: 'Invalid Credentials' },
        {
          'WWW-Authenticate': 'Bearer realm="https://accounts.google.com/", error="invalid_token"',
        },
      );
    } else {
      sendJson(res, 200, profile);
    }
    return true;
  },
};
