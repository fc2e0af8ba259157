import type { z } from 'zod';
import { ZErrorResponse, type ErrorCode, type TFieldError } from '../../../contracts/errors';

/** Codes produced by the client itself when there is no usable answer from the server. */
export type ClientErrorCode = 'NETWORK_ERROR' | 'INVALID_RESPONSE';
export type ApiErrorCode = ErrorCode | ClientErrorCode;

export interface ApiErrorInit {
  status: number;
  code: ApiErrorCode;
  message: string;
  details?: TFieldError[];
  requestId?: string;
  retryAfterSeconds?: number;
}

/** Any failed API call. UI code branches on `code`, never on `message`. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  /** HTTP status; 0 when the server could not be reached. */
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly details: TFieldError[];
  readonly requestId: string | undefined;
  /** From Retry-After (429, 503): how long the server asks the client to wait. */
  readonly retryAfterSeconds: number | undefined;

  constructor(init: ApiErrorInit) {
    super(init.message);
    this.status = init.status;
    this.code = init.code;
    this.details = init.details ?? [];
    this.requestId = init.requestId;
    this.retryAfterSeconds = init.retryAfterSeconds;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export type QueryValue = string | number | boolean | null | undefined;

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  /** Query-string parameters; undefined, null and empty-string values are left out. */
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
  /**
   * Non-2xx statuses whose body is still a regular response (e.g. 503 from /ready).
   * If such a body does not match the schema it is treated as an error body.
   */
  acceptStatuses?: readonly number[];
}

export interface SendOptions extends RequestOptions {
  /** Sent as JSON; FormData is sent as multipart/form-data (file uploads). */
  body?: unknown;
  /**
   * Whether to send the access token and, after a 401, renew it once and retry (default true).
   * Off for the calls that obtain tokens (log in, register, refresh).
   */
  auth?: boolean;
  /** Sees the final response (e.g. to read its Date header) before its body is parsed. */
  onResponse?: (response: Response) => void;
}

export interface AccessToken {
  readonly value: string;
}

/**
 * Supplies access tokens to the client. Registered by the auth layer; without one, requests are
 * sent anonymously.
 */
export interface AccessTokenSource {
  /** A token to send, waiting for a renewal in flight; undefined when signed out. */
  current(): Promise<AccessToken | undefined>;
  /** The server refused `rejected` (401): a replacement, or undefined when the session is over. */
  renew(rejected: AccessToken | undefined): Promise<AccessToken | undefined>;
}

let tokenSource: AccessTokenSource | undefined;

export function setAccessTokenSource(source: AccessTokenSource | undefined): void {
  tokenSource = source;
}

export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

const fallbackCodes: Record<number, ErrorCode> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'UNPROCESSABLE',
  429: 'RATE_LIMITED',
  503: 'SERVICE_UNAVAILABLE',
};

/** A gateway (reverse proxy, dev server) answered because the API server did not. */
const gatewayStatuses = new Set([502, 504]);

/** Retry-After as seconds: either a number of seconds or an HTTP date. */
function retryAfter(response: Response): number | undefined {
  const value = response.headers.get('retry-after')?.trim();
  if (!value) return undefined;
  const seconds = /^\d+$/.test(value) ? Number(value) : (Date.parse(value) - Date.now()) / 1000;
  return Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : undefined;
}

function toApiError(response: Response, body: unknown): ApiError {
  const parsed = ZErrorResponse.safeParse(body);
  if (parsed.success) {
    const { code, message, details, requestId } = parsed.data.error;
    return new ApiError({
      status: response.status,
      code,
      message,
      details,
      requestId,
      retryAfterSeconds: retryAfter(response),
    });
  }
  if (gatewayStatuses.has(response.status)) {
    return new ApiError({
      status: response.status,
      code: 'NETWORK_ERROR',
      message: `The server could not be reached (HTTP ${response.status} from a gateway).`,
    });
  }
  return new ApiError({
    status: response.status,
    code: fallbackCodes[response.status] ?? 'INTERNAL',
    message: `Request failed with HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
    requestId: response.headers.get('x-request-id') ?? undefined,
  });
}

async function readJson(response: Response): Promise<unknown> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return undefined;
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

async function send(
  method: HttpMethod,
  path: string,
  options: SendOptions,
  token: AccessToken | undefined,
): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const form = options.body instanceof FormData ? options.body : undefined;
  // The browser sets the multipart content type itself, with its boundary.
  if (options.body !== undefined && !form) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token.value}`;
  try {
    return await fetch(buildUrl(path, options.query), {
      method,
      headers,
      body: form ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (isAbortError(error) || options.signal?.aborted) throw error;
    throw new ApiError({
      status: 0,
      code: 'NETWORK_ERROR',
      message: 'The server could not be reached.',
    });
  }
}

/** Sends with the access token when signed in; a 401 gets it renewed once and the call retried. */
async function sendWithToken(
  method: HttpMethod,
  path: string,
  options: SendOptions,
): Promise<Response> {
  const source = options.auth === false ? undefined : tokenSource;
  const token = await source?.current();
  const response = await send(method, path, options, token);
  if (response.status !== 401 || !source) return response;
  const renewed = await source.renew(token);
  return renewed ? send(method, path, options, renewed) : response;
}

/** GETs a file (an export) with the access token; the name is the one the server gives. */
export async function apiFile(
  path: string,
  options: RequestOptions = {},
): Promise<{ blob: Blob; fileName: string | undefined }> {
  const response = await sendWithToken('GET', path, options);
  if (!response.ok) throw toApiError(response, await readJson(response));
  const header = response.headers.get('content-disposition') ?? '';
  return { blob: await response.blob(), fileName: /filename="([^"]+)"/.exec(header)?.[1] };
}

/**
 * Calls the API and validates the JSON answer against the contract schema. Sends the access
 * token when signed in; a 401 gets the token renewed once and the request retried.
 * Throws `ApiError` for error responses, unreachable servers and unexpected bodies;
 * aborts (via `signal`) are rethrown unchanged.
 */
export async function apiRequest<S extends z.ZodType>(
  method: HttpMethod,
  path: string,
  schema: S,
  options: SendOptions = {},
): Promise<z.output<S>> {
  const response = await sendWithToken(method, path, options);
  options.onResponse?.(response);

  const body = await readJson(response);
  const accepted = response.ok || (options.acceptStatuses?.includes(response.status) ?? false);
  if (!accepted) throw toApiError(response, body);

  const result = schema.safeParse(body);
  if (result.success) return result.data;
  if (!response.ok) throw toApiError(response, body);
  throw new ApiError({
    status: response.status,
    code: 'INVALID_RESPONSE',
    message: 'The server sent a response this version of the app does not understand.',
    details: result.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.message,
    })),
    requestId: response.headers.get('x-request-id') ?? undefined,
  });
}

/** GETs a JSON resource; see `apiRequest`. */
export function apiGet<S extends z.ZodType>(
  path: string,
  schema: S,
  options: RequestOptions = {},
): Promise<z.output<S>> {
  return apiRequest('GET', path, schema, options);
}

/**
 * GETs a file (an export) with the access token, like `apiRequest`, and saves it under the name
 * the server gives in Content-Disposition. Error answers are JSON and throw `ApiError`.
 */
export async function apiDownload(path: string, options: RequestOptions & { auth?: boolean } = {}) {
  const source = options.auth === false ? undefined : tokenSource;
  const token = await source?.current();
  let response = await send('GET', path, options, token);
  if (response.status === 401 && source) {
    const renewed = await source.renew(token);
    if (renewed) response = await send('GET', path, options, renewed);
  }
  if (!response.ok) throw toApiError(response, await readJson(response));
  const header = response.headers.get('content-disposition') ?? '';
  const fileName = /filename="([^"]+)"/.exec(header)?.[1] ?? 'download';
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked a moment later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
