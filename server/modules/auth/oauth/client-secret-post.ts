import {
  ArcticFetchError,
  OAuth2RequestError,
  OAuth2Tokens,
  UnexpectedResponseError,
} from 'arctic';

const TOKEN_TIMEOUT_MS = 10_000;

/**
 * An authorization-code token request with the client secret in the form body
 * (`client_secret_post`). arctic's OAuth2Client only sends secrets with HTTP Basic auth, and
 * LinkedIn accepts them only in the body; this answers with arctic's own token and error types so
 * the rest of the flow treats it like any arctic request.
 */
export async function sendClientSecretPostTokenRequest(request: {
  tokenEndpoint: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  code: string;
  codeVerifier: string;
}): Promise<OAuth2Tokens> {
  const body = new URLSearchParams({
    grant_type: 'authorization_code',
    code: request.code,
    redirect_uri: request.redirectUri,
    client_id: request.clientId,
    client_secret: request.clientSecret,
    code_verifier: request.codeVerifier,
  });
  let response: Response;
  try {
    response = await fetch(request.tokenEndpoint, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Accept: 'application/json',
        'User-Agent': 'CareerOS',
      },
      body,
      signal: AbortSignal.timeout(TOKEN_TIMEOUT_MS),
    });
  } catch (error) {
    throw new ArcticFetchError(error);
  }
  const data: unknown = await response.json().catch(() => undefined);
  if (typeof data !== 'object' || data === null) throw new UnexpectedResponseError(response.status);
  if (response.ok) return new OAuth2Tokens(data);
  const { error, error_description: description } = data as Record<string, unknown>;
  if (typeof error !== 'string') throw new UnexpectedResponseError(response.status);
  throw new OAuth2RequestError(
    error,
    typeof description === 'string' ? description : null,
    null,
    null,
  );
}
