import { isApiError } from './api';

export interface ErrorDescription {
  title: string;
  hint: string;
  requestId?: string;
}

/** Human wording for a failed request, chosen by error code. */
export function describeError(error: unknown): ErrorDescription {
  if (!isApiError(error)) {
    return {
      title: 'Something went wrong',
      hint: 'An unexpected error occurred. Try again in a moment.',
    };
  }
  const requestId = error.requestId;
  switch (error.code) {
    case 'NETWORK_ERROR':
      return {
        title: 'Cannot reach the server',
        hint: 'Check your connection, or whether the CareerOS server is running, then try again.',
      };
    case 'SERVICE_UNAVAILABLE':
      return {
        title: 'Service temporarily unavailable',
        hint: 'The server cannot handle requests right now. Try again shortly.',
        requestId,
      };
    case 'RATE_LIMITED':
      return {
        title: 'Too many requests',
        hint: 'You have made a lot of requests in a short time. Wait a minute and try again.',
        requestId,
      };
    case 'INVALID_RESPONSE':
      return {
        title: 'Unexpected response',
        hint: 'The server answered in a format this page does not understand. Reloading may help if the server was just upgraded.',
        requestId,
      };
    case 'NOT_FOUND':
      return { title: 'Not found', hint: 'The requested item does not exist.', requestId };
    case 'VALIDATION_FAILED':
      return {
        title: 'Invalid request',
        hint: error.details[0]?.message ?? error.message,
        requestId,
      };
    default:
      return {
        title: 'Something went wrong',
        hint: 'The server could not complete the request. Try again in a moment.',
        requestId,
      };
  }
}
