import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ProviderEndpoints, ProviderId } from '../../modules/auth/oauth/provider-types.js';
import { AuthorizationCodes, pkceMatches } from './authorization-codes.js';
import type { FakeDialect } from './fake-dialect.js';
import { gitHubDialect } from './fake-github.js';
import { googleDialect } from './fake-google.js';
import { linkedInDialect } from './fake-linkedin.js';
import type { FakeProfileMap } from './fake-profiles.js';
import { closeServer, listenOnFreePort, readForm, redirect, sendText } from './http-helpers.js';

const DIALECTS: { [K in ProviderId]: FakeDialect<FakeProfileMap[K]> } = {
  google: googleDialect,
  github: gitHubDialect,
  linkedin: linkedInDialect,
};

export interface FakeProviderOptions<P> {
  clientId: string;
  clientSecret: string;
  profile: P;
}

export interface FakeOAuthProvider<P> {
  baseUrl: string;
  /** Ready to pass as `OAuthConfig.endpoints[kind]`. */
  endpoints: ProviderEndpoints;
  /** The profile the userinfo endpoints answer with from now on. */
  setProfile(profile: P): void;
  /** The next authorize request is answered as if the person declined consent. */
  denyNext(): void;
  close(): Promise<void>;
}

/**
 * A local stand-in for one provider's authorization server and profile API. Authorize approves at
 * once (or denies, once, after denyNext) by redirecting to the redirect_uri; the token endpoint
 * checks the client credentials, the single-use code, the redirect_uri and the PKCE verifier.
 */
export async function startFakeOAuthProvider<K extends ProviderId>(
  kind: K,
  options: FakeProviderOptions<FakeProfileMap[K]>,
): Promise<FakeOAuthProvider<FakeProfileMap[K]>> {
  const dialect: FakeDialect<FakeProfileMap[K]> = DIALECTS[kind];
  const codes = new AuthorizationCodes();
  const accessTokens = new Set<string>();
  let profile = options.profile;
  let denyNext = false;

  function authorize(res: ServerResponse, query: URLSearchParams): void {
    // Like the real providers, an unknown client or a bad redirect_uri gets an error page, never a
    // redirect, so the error cannot be delivered to an arbitrary site.
    if (query.get('client_id') !== options.clientId) {
      return sendText(res, 400, 'The client_id is not registered.');
    }
    const redirectUri = query.get('redirect_uri') ?? '';
    let target: URL;
    try {
      target = new URL(redirectUri);
    } catch {
      return sendText(res, 400, 'The redirect_uri is missing or invalid.');
    }
    const back = (params: Record<string, string>) => {
      for (const [key, value] of Object.entries(params)) target.searchParams.set(key, value);
      const state = query.get('state');
      if (state !== null) target.searchParams.set('state', state);
      redirect(res, target);
    };
    if (query.get('response_type') !== 'code') return back({ error: 'unsupported_response_type' });
    const codeChallenge = query.get('code_challenge') ?? undefined;
    if (codeChallenge !== undefined && query.get('code_challenge_method') !== 'S256') {
      return back({ error: 'invalid_request', error_description: 'Unsupported challenge method' });
    }
    if (denyNext) {
      denyNext = false;
      return back(dialect.denial);
    }
    const code = codes.issue({
      clientId: options.clientId,
      redirectUri,
      scope: query.get('scope') ?? '',
      codeChallenge,
    });
    back({ code });
  }

  async function token(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const form = await readForm(req);
    const client = dialect.clientCredentials(req, form);
    if (client.id !== options.clientId || client.secret !== options.clientSecret) {
      return dialect.sendTokenError(res, 'invalid_client');
    }
    if (form.get('grant_type') !== 'authorization_code') {
      return dialect.sendTokenError(res, 'unsupported_grant_type');
    }
    const grant = codes.redeem(form.get('code'));
    if (!grant || grant.clientId !== client.id) return dialect.sendTokenError(res, 'invalid_grant');
    if (form.get('redirect_uri') !== grant.redirectUri) {
      return dialect.sendTokenError(res, 'redirect_mismatch');
    }
    if (!pkceMatches(grant, form.get('code_verifier'))) {
      return dialect.sendTokenError(res, 'invalid_verifier');
    }
    const accessToken = randomBytes(20).toString('hex');
    accessTokens.add(accessToken);
    dialect.sendTokens(req, res, accessToken, grant.scope);
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake.invalid');
    const handle = async () => {
      if (req.method === 'GET' && url.pathname === dialect.paths.authorize) {
        return authorize(res, url.searchParams);
      }
      if (req.method === 'POST' && url.pathname === dialect.paths.token) return token(req, res);
      const isAccessToken = (t: string | undefined) => t !== undefined && accessTokens.has(t);
      if (
        req.method === 'GET' &&
        dialect.serveProfileApi(req, res, url.pathname, profile, isAccessToken)
      ) {
        return;
      }
      sendText(res, 404, 'Not Found');
    };
    handle().catch((error: unknown) => {
      if (!res.headersSent) sendText(res, 500, String(error));
      else res.destroy();
    });
  });
  const baseUrl = await listenOnFreePort(server);

  return {
    baseUrl,
    endpoints: {
      authorize: `${baseUrl}${dialect.paths.authorize}`,
      token: `${baseUrl}${dialect.paths.token}`,
      userinfo: `${baseUrl}${dialect.paths.userinfo}`,
    },
    setProfile(next) {
      profile = next;
    },
    denyNext() {
      denyNext = true;
    },
    close: () => closeServer(server),
  };
}
