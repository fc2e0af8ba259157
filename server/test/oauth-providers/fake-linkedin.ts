import type { FakeDialect, TokenErrorKind } from './fake-dialect.js';
import type { FakeOidcProfile } from './fake-profiles.js';
import { accessTokenFrom, sendJson } from './http-helpers.js';

// LinkedIn answers most token failures with one catch-all invalid_request.
const CODE_MISMATCH = {
  error: 'invalid_request',
  error_description:
    'Unable to retrieve access token: appid/redirect uri/code verifier does not match authorization code. Or authorization code expired. Or external member binding exists',
};

const TOKEN_ERRORS: Record<TokenErrorKind, [number, { error: string; error_description: string }]> =
  {
    invalid_client: [
      401,
      { error: 'invalid_client', error_description: 'Client authentication failed' },
    ],
    invalid_grant: [400, CODE_MISMATCH],
    invalid_verifier: [400, CODE_MISMATCH],
    redirect_mismatch: [400, CODE_MISMATCH],
    unsupported_grant_type: [
      400,
      { error: 'unsupported_grant_type', error_description: 'Unsupported grant type' },
    ],
  };

/** LinkedIn: secret only in the body (Basic auth is ignored); its own denial codes; OIDC userinfo. */
export const linkedInDialect: FakeDialect<FakeOidcProfile> = {
  paths: {
    authorize: '/oauth/v2/authorization',
    token: '/oauth/v2/accessToken',
    userinfo: '/v2/userinfo',
  },
  denial: {
    error: 'user_cancelled_authorize',
    error_description: 'The user cancelled the authorization',
  },
  clientCredentials(_req, form) {
    return {
      id: form.get('client_id') ?? undefined,
      secret: form.get('client_secret') ?? undefined,
    };
  },
  sendTokenError(res, kind) {
    const [status, body] = TOKEN_ERRORS[kind];
    sendJson(res, status, body);
  },
  sendTokens(_req, res, accessToken) {
    sendJson(res, 200, {
      access_token: accessToken,
      expires_in: 5183999,
      scope: 'email,openid,profile',
      token_type: 'Bearer',
    });
  },
  serveProfileApi(req, res, path, profile, isAccessToken) {
    if (path !== this.paths.userinfo) return false;
    if (!isAccessToken(accessTokenFrom(req, ['bearer']))) {
      sendJson(res, 401, { serviceErrorCode: 65600, message: 'Invalid access token', status: 401 });
    } else {
      sendJson(res, 200, profile);
    }
    return true;
  },
};
