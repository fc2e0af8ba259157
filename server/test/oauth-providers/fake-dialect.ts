import type { IncomingMessage, ServerResponse } from 'node:http';

export type TokenErrorKind =
  | 'invalid_client'
  | 'invalid_grant'
  | 'invalid_verifier'
  | 'redirect_mismatch'
  | 'unsupported_grant_type';

/** How one provider's endpoints differ from the generic authorization-code flow. */
export interface FakeDialect<P> {
  /** Paths on the fake server, mirroring the real ones. */
  paths: { authorize: string; token: string; userinfo: string };
  /** Query parameters the authorize endpoint redirects back with when consent is denied. */
  denial: Record<string, string>;
  /** The client id and secret, read from wherever the provider accepts them. */
  clientCredentials(req: IncomingMessage, form: URLSearchParams): { id?: string; secret?: string };
  sendTokenError(res: ServerResponse, kind: TokenErrorKind): void;
  sendTokens(req: IncomingMessage, res: ServerResponse, accessToken: string, scope: string): void;
  /** Serves the profile API; answers false when `path` is not one of its routes. */
  serveProfileApi(
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
    profile: P,
    isAccessToken: (token: string | undefined) => boolean,
  ): boolean;
}
