import { pino, type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import type { Config } from '../../config.js';

/** Paths pino replaces with [Redacted] wherever they appear in a log line. */
export const redactPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  '*.authorization',
  '*.cookie',
  '*.headers.authorization',
  '*.headers.cookie',
  '*.headers["set-cookie"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  '*.token',
  '*.accessToken',
  '*.refreshToken',
  '*.secret',
  '*.apiKey',
  'password',
  'token',
  'secret',
];

/** JSON lines to stdout (or `destination`, used by tests); pretty in a terminal when asked. */
export function createLogger(
  config: Pick<Config, 'logLevel' | 'logPretty'>,
  destination?: DestinationStream,
): Logger {
  const options: LoggerOptions = {
    level: config.logLevel,
    redact: { paths: redactPaths, censor: '[Redacted]' },
  };
  if (destination) return pino(options, destination);
  return pino({
    ...options,
    ...(config.logPretty
      ? { transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss' } } }
      : {}),
  });
}
