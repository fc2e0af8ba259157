import type { z } from 'zod';
import {
  ZAuthResponse,
  ZLoginResponse,
  ZRevokedResponse,
  type TAuthResponse,
  type TAuthUser,
  type TTwoFactorChallenge,
  type ZLoginRequest,
  type ZRegisterRequest,
} from '../../../contracts/auth';
import { apiRequest, isApiError, setAccessTokenSource, type AccessToken } from './api';

/**
 * The signed-in session. The access token lives in this module's memory only; the refresh token
 * is an HttpOnly cookie the browser sends to /api/auth/refresh. At start-up one refresh tells
 * whether a session is still alive, and the token is renewed shortly before it expires, or after
 * the server refuses it. One renewal runs at a time; concurrent callers share it.
 */

export type AuthStatus = 'loading' | 'signed-in' | 'signed-out';
/** Why a session that was signed in ended: the user signed out, or the server ended it. */
export type SignOutReason = 'logout' | 'ended';

export interface AuthSnapshot {
  status: AuthStatus;
  user: TAuthUser | null;
  /** Set when status is 'signed-out' after having been signed in. */
  reason?: SignOutReason;
}

export type LoginInput = Omit<z.input<typeof ZLoginRequest>, 'transport'>;
export type RegisterInput = Omit<z.input<typeof ZRegisterRequest>, 'transport'>;
export type LoginResult =
  { kind: 'signed-in'; user: TAuthUser } | { kind: 'two-factor'; challenge: TTwoFactorChallenge };

/** A new object for every token received, so tokens are told apart even if their text repeats. */
interface Token extends AccessToken {
  /** Local clock times (ms), so a wrong device clock does not matter. */
  expiresAt: number;
  refreshAt: number;
}

/** Renew this long before expiry (at most; a tenth of the lifetime for short-lived tokens). */
const REFRESH_MARGIN_MS = 60_000;
/** A token this close to expiry is renewed before use rather than sent. */
const EXPIRY_SKEW_MS = 5_000;
/** After a failed background renewal (server unreachable), try again this much later. */
const RETRY_MS = 30_000;
/** Start-up tries again this often when the server cannot be reached (e.g. while restarting). */
const STARTUP_RETRY_DELAYS_MS = [500, 1_500];

let snapshot: AuthSnapshot = { status: 'loading', user: null };
let token: Token | undefined;
let inflight: Promise<Token | undefined> | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;
/** Bumped on every sign-in and sign-out, so a renewal that started earlier cannot undo them. */
let generation = 0;
let started = false;

const listeners = new Set<() => void>();

function setSnapshot(next: AuthSnapshot): void {
  snapshot = next;
  for (const listener of listeners) listener();
}

export function subscribeAuth(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getAuthSnapshot(): AuthSnapshot {
  return snapshot;
}

// Other tabs of the app: a sign-out there signs this tab out; a sign-in there picks up the cookie.
type TabMessage = { type: 'signed-in'; userId: string } | { type: 'signed-out' };
const channel =
  typeof BroadcastChannel === 'function' ? new BroadcastChannel('careeros-auth') : undefined;

function tellOtherTabs(message: TabMessage): void {
  channel?.postMessage(message);
}

channel?.addEventListener('message', (event: MessageEvent<TabMessage>) => {
  const message = event.data;
  if (message.type === 'signed-out') {
    if (snapshot.status === 'signed-in') clear('logout');
  } else if (message.type === 'signed-in' && snapshot.user?.id !== message.userId) {
    void refresh().catch(() => undefined);
  }
});

function schedule(at: number): void {
  if (timer !== undefined) clearTimeout(timer);
  timer = setTimeout(
    () => {
      timer = undefined;
      refresh().catch(() => schedule(Date.now() + RETRY_MS));
    },
    Math.max(0, at - Date.now()),
  );
}

/** The server's clock (from the Date header) is used only to measure the token's lifetime. */
function accept(response: TAuthResponse, sentAt: number, serverDate: number): Token {
  const expiresAt = Date.parse(response.accessTokenExpiresAt);
  const lifetime = Number.isNaN(serverDate) ? expiresAt - sentAt : expiresAt - serverDate;
  const margin = Math.min(REFRESH_MARGIN_MS, lifetime / 10);
  token = {
    value: response.accessToken,
    expiresAt: sentAt + lifetime,
    refreshAt: sentAt + Math.max(lifetime - margin, 1_000),
  };
  generation += 1;
  schedule(token.refreshAt);
  setSnapshot({ status: 'signed-in', user: response.user });
  return token;
}

function clear(reason: SignOutReason | undefined): void {
  token = undefined;
  generation += 1;
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
  setSnapshot({ status: 'signed-out', user: null, reason });
}

/** Calls a token-issuing endpoint, noting when it was sent and the server's clock. */
async function obtain<S extends z.ZodType>(
  path: string,
  schema: S,
  body?: unknown,
): Promise<{ data: z.output<S>; sentAt: number; serverDate: number }> {
  const sentAt = Date.now();
  let serverDate = Number.NaN;
  const data = await apiRequest('POST', path, schema, {
    body,
    auth: false,
    onResponse: (response) => {
      serverDate = Date.parse(response.headers.get('date') ?? '');
    },
  });
  return { data, sentAt, serverDate };
}

async function renewOnce(): Promise<Token | undefined> {
  const startedAt = generation;
  try {
    // A future server may answer "no session" with an empty 204 instead of a 401.
    const { data, sentAt, serverDate } = await obtain(
      '/api/auth/refresh',
      ZAuthResponse.optional(),
    );
    if (generation !== startedAt) return token;
    if (!data) {
      clear(snapshot.status === 'signed-in' ? 'ended' : undefined);
      return undefined;
    }
    return accept(data, sentAt, serverDate);
  } catch (error) {
    if (generation !== startedAt) return token;
    if (isApiError(error) && (error.status === 401 || error.status === 403)) {
      clear(snapshot.status === 'signed-in' ? 'ended' : undefined);
      return undefined;
    }
    throw error;
  }
}

/**
 * Exchanges the refresh cookie for a new access token. Resolves to undefined once the session
 * is over (and the state is signed out); rejects when the server could not answer, leaving the
 * state as it was.
 */
function refresh(): Promise<Token | undefined> {
  inflight ??= renewOnce().finally(() => {
    inflight = undefined;
  });
  return inflight;
}

function isTransient(error: unknown): boolean {
  return (
    isApiError(error) &&
    (error.code === 'NETWORK_ERROR' || error.status >= 500 || error.status === 429)
  );
}

/** Restores a session from the refresh cookie, once per page load. */
export function startAuth(): void {
  if (started) return;
  started = true;
  inflight = (async () => {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await renewOnce();
      } catch (error) {
        const delay = STARTUP_RETRY_DELAYS_MS[attempt];
        if (delay === undefined || !isTransient(error)) {
          // Unknown: the user can still log in; a live cookie is used on the next page load.
          if (snapshot.status === 'loading') clear(undefined);
          return undefined;
        }
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  })().finally(() => {
    inflight = undefined;
  });
}

setAccessTokenSource({
  async current() {
    if (inflight) await inflight.catch(() => undefined);
    if (!token) return undefined;
    if (Date.now() < token.expiresAt - EXPIRY_SKEW_MS) return token;
    // Expired while the tab slept: renew first rather than send it to be refused.
    return refresh().catch(() => token);
  },
  async renew(rejected) {
    // current() waited for any renewal already running, so one running now started after the
    // refused token was sent.
    if (inflight) return inflight.catch(() => undefined);
    // Signed out, maybe by a renewal that failed after this request was sent: nothing to renew.
    if (!token) return undefined;
    if (token !== rejected) return token;
    return refresh().catch(() => undefined);
  },
});

// A throttled timer in a background tab may fire late: catch up when the tab is shown again.
if (typeof document !== 'undefined') {
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && token && Date.now() >= token.refreshAt) {
      void refresh().catch(() => schedule(Date.now() + RETRY_MS));
    }
  });
}

export async function login(input: LoginInput): Promise<LoginResult> {
  const { data, sentAt, serverDate } = await obtain('/api/auth/login', ZLoginResponse, input);
  if ('twoFactorRequired' in data) return { kind: 'two-factor', challenge: data };
  accept(data, sentAt, serverDate);
  tellOtherTabs({ type: 'signed-in', userId: data.user.id });
  return { kind: 'signed-in', user: data.user };
}

/** Takes fresher details of the signed-in user (e.g. from /api/auth/me). */
export function updateUser(user: TAuthUser): void {
  if (snapshot.status !== 'signed-in' || snapshot.user?.id !== user.id) return;
  if (JSON.stringify(snapshot.user) === JSON.stringify(user)) return;
  setSnapshot({ ...snapshot, user });
}

/** Completes a login that asked for a second factor, with an authenticator or backup code. */
export async function verifyTwoFactor(
  challengeToken: string,
  answer: { code: string } | { backupCode: string },
): Promise<TAuthUser> {
  const { data, sentAt, serverDate } = await obtain('/api/auth/2fa/verify', ZAuthResponse, {
    challengeToken,
    ...answer,
  });
  accept(data, sentAt, serverDate);
  tellOtherTabs({ type: 'signed-in', userId: data.user.id });
  return data.user;
}

export async function register(input: RegisterInput): Promise<TAuthUser> {
  const { data, sentAt, serverDate } = await obtain('/api/auth/register', ZAuthResponse, input);
  accept(data, sentAt, serverDate);
  tellOtherTabs({ type: 'signed-in', userId: data.user.id });
  return data.user;
}

/**
 * Ends this device's session. The local state is cleared even when the server cannot be
 * reached; the cookie then stays until the session expires or is revoked from another device.
 */
export async function logout(): Promise<void> {
  try {
    if (token) await apiRequest('POST', '/api/auth/logout', ZRevokedResponse);
  } catch (error) {
    if (!isApiError(error) || error.status !== 401) console.warn('Sign-out request failed', error);
  } finally {
    clear('logout');
    tellOtherTabs({ type: 'signed-out' });
  }
}

/** Forgets a session the server has already ended (the account was deleted), here and in other tabs. */
export function endDeletedSession(): void {
  clear('logout');
  tellOtherTabs({ type: 'signed-out' });
}
