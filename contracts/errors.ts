import { z } from 'zod';

/** Stable error codes; clients branch on these, never on message text. */
export const errorCodes = [
  'VALIDATION_FAILED',
  'MALFORMED_JSON',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CONFLICT',
  /** Well-formed, but not possible: names something that does not exist (an unknown skill), has
   * no shape to work with (a flat interest profile) or asks for what cannot be done (an impossible
   * timeline). */
  'UNPROCESSABLE',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const ZFieldError = z.object({
  path: z.string().describe('Dotted path of the offending field, e.g. "body.email"'),
  message: z.string(),
  /** Values that would be accepted instead, nearest first (e.g. skill names). */
  suggestions: z.array(z.string()).optional(),
});
export type TFieldError = z.infer<typeof ZFieldError>;

export const ZErrorResponse = z.object({
  error: z.object({
    code: z.enum(errorCodes),
    message: z.string(),
    details: z.array(ZFieldError).optional(),
    requestId: z.string().optional(),
  }),
});
export type TErrorResponse = z.infer<typeof ZErrorResponse>;
