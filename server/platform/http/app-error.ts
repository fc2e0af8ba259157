import type { ErrorCode, TFieldError } from '../../../contracts/errors.js';

const statusByCode: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  NOT_FOUND: 404,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CONFLICT: 409,
  UNPROCESSABLE: 422,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL: 500,
};

/** The one error type services and routes throw; the error handler turns it into a response. */
export class AppError extends Error {
  override name = 'AppError';
  readonly status: number;
  /** Sent as Retry-After with 429 and 503 answers. */
  readonly retryAfterSeconds?: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: TFieldError[],
    options?: { cause?: unknown; retryAfterSeconds?: number },
  ) {
    super(message, options);
    this.status = statusByCode[code];
    this.retryAfterSeconds = options?.retryAfterSeconds;
  }

  static notFound(what: string): AppError {
    return new AppError('NOT_FOUND', `${what} not found`);
  }

  static validation(details: TFieldError[], message = 'The request is not valid'): AppError {
    return new AppError('VALIDATION_FAILED', message, details);
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
