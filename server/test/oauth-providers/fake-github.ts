import type { FakeDialect, TokenErrorKind } from './fake-dialect.js';
import type { FakeGitHubProfile } from './fake-profiles.js';
import { accessTokenFrom, basicCredentials, sendJson, sendText } from './http-helpers.js';

const DOCS =
  'https://docs.github.com/apps/managing-oauth-apps/troubleshooting-oauth-app-access-token-request-errors';

const TOKEN_ERRORS: Record<TokenErrorKind, { error: string; error_description: string }> = {
  invalid_client: {
    error: 'incorrect_client_credentials',
    error_description: 'The client_id and/or client_secret passed are incorrect.',
  },
  invalid_grant: {
    error: 'bad_verification_code',
    error_description: 'The code passed is incorrect or expired.',
  },
  // GitHub does not document a distinct error for a failed PKCE check.
  invalid_verifier: {
    error: 'bad_verification_code',
    error_description: 'The code passed is incorrect or expired.',
  },
  redirect_mismatch: {
    error: 'redirect_uri_mismatch',
    error_description:
      'The redirect_uri MUST match the registered callback URL for this application.',
  },
  unsupported_grant_type: {
    error: 'unsupported_grant_type',
    error_description: 'The grant type is not supported.',
  },
};

/**
 * GitHub: token errors come back with HTTP 200 and an `error` field; the token endpoint answers
 * form-encoded unless asked for JSON; the REST API wants a User-Agent and takes `Bearer` or
 * `token` authorization.
 */
export const gitHubDialect: FakeDialect<FakeGitHubProfile> = {
  paths: {
    authorize: '/login/oauth/authorize',
    token: '/login/oauth/access_token',
    userinfo: '/user',
  },
  denial: {
    error: 'access_denied',
    error_description: 'The user has denied your application access.',
    error_uri: DOCS,
  },
  clientCredentials(req, form) {
    const basic = basicCredentials(req);
    if (basic) return basic;
    return {
      id: form.get('client_id') ?? undefined,
      secret: form.get('client_secret') ?? undefined,
    };
  },
  sendTokenError(res, kind) {
    sendJson(res, 200, { ...TOKEN_ERRORS[kind], error_uri: DOCS });
  },
  sendTokens(req, res, accessToken, scope) {
    const body = {
      access_token: accessToken,
      token_type: 'bearer',
      scope: scope.replace(/ /g, ','),
    };
    if ((req.headers.accept ?? '').includes('application/json')) {
      sendJson(res, 200, body);
    } else {
      res.writeHead(200, { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8' });
      res.end(new URLSearchParams(body).toString());
    }
  },
  serveProfileApi(req, res, path, profile, isAccessToken) {
    if (path !== '/user' && path !== '/user/emails') return false;
    if (!req.headers['user-agent']) {
      sendText(
        res,
        403,
        'Request forbidden by administrative rules. Please make sure your request has a User-Agent header.',
      );
    } else if (!isAccessToken(accessTokenFrom(req, ['bearer', 'token']))) {
      sendJson(res, 401, {
        message: 'Bad credentials',
        documentation_url: 'https://docs.github.com/rest',
        status: '401',
      });
    } else {
      sendJson(res, 200, path === '/user' ? profile.user : profile.emails);
    }
    return true;
  },
};
