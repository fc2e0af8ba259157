import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  isResponseSerializationError,
} from 'fastify-type-provider-zod';
import type { TErrorResponse, TFieldError } from '../../../contracts/errors.js';
import { AppError, isAppError } from './app-error.js';

export interface ErrorHandlerDeps {
  /** Tells whether the database answers; an unknown error while it does not becomes a 503. */
  databaseReachable: () => Promise<boolean>;
}

const fastifyCodes: Record<string, () => AppError> = {
  FST_ERR_CTP_INVALID_JSON_BODY: () => new AppError('MALFORMED_JSON', 'The body is not valid JSON'),
  FST_ERR_CTP_EMPTY_JSON_BODY: () =>
    new AppError('MALFORMED_JSON', 'The body is empty but the content type is JSON'),
  FST_ERR_CTP_BODY_TOO_LARGE: () =>
    new AppError('PAYLOAD_TOO_LARGE', 'The body is larger than this server accepts'),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () =>
    new AppError('VALIDATION_FAILED', 'The Content-Length header does not match the body'),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () =>
    new AppError('UNSUPPORTED_MEDIA_TYPE', 'This content type is not accepted here'),
};

interface ValidationIssue {
  instancePath: string;
  keyword?: string;
  message?: string;
  params?: { keys?: unknown };
}

function validationDetails(error: FastifyError & { validation: ValidationIssue[] }): TFieldError[] {
  const where = error.validationContext ?? 'body';
  return error.validation.flatMap((issue) => {
    const at = [where, ...issue.instancePath.split('/').filter(Boolean)];
    // A strict object names its unknown keys in one issue; give each its own field path.
    const keys = issue.params?.keys;
    if (issue.keyword === 'unrecognized_keys' && Array.isArray(keys)) {
      return keys.map((key) => ({
        path: [...at, String(key)].join('.'),
        message: 'is not a field that can be set here',
      }));
    }
    return [{ path: at.join('.'), message: issue.message ?? 'is not valid' }];
  });
}

/** Classifies any thrown value into an AppError, by type and code only. */
async function classify(error: unknown, deps: ErrorHandlerDeps): Promise<AppError | undefined> {
  if (isAppError(error)) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    return AppError.validation(validationDetails(error));
  }
  if (isResponseSerializationError(error)) return undefined;
  const fastifyError = error as Partial<FastifyError>;
  if (fastifyError.code && fastifyCodes[fastifyError.code]) {
    return fastifyCodes[fastifyError.code]?.();
  }
  if (fastifyError.statusCode === 429) {
    return new AppError('RATE_LIMITED', 'Too many requests; try again later');
  }
  if (!(await deps.databaseReachable())) {
    return new AppError(
      'SERVICE_UNAVAILABLE',
      'The database is unavailable; try again shortly',
      [],
      {
        cause: error,
      },
    );
  }
  return undefined;
}

export function errorBody(error: AppError, requestId: string): TErrorResponse {
  return {
    error: {
      code: error.code,
      message: error.message,
      ...(error.details?.length ? { details: error.details } : {}),
      requestId,
    },
  };
}

export function registerErrorHandler(app: FastifyInstance, deps: ErrorHandlerDeps): void {
  app.setErrorHandler(async (error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const appError = await classify(error, deps);
    if (!appError) {
      request.log.error({ err: error }, 'unexpected error');
      const internal = new AppError('INTERNAL', 'Something went wrong on our side');
      return reply.status(500).send(errorBody(internal, request.id));
    }
    if (appError.status >= 500) request.log.warn({ err: error }, appError.message);
    else request.log.info({ code: appError.code }, 'request rejected');
    if (appError.retryAfterSeconds) reply.header('retry-after', appError.retryAfterSeconds);
    return reply.status(appError.status).send(errorBody(appError, request.id));
  });
}
