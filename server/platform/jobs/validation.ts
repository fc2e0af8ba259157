import { JOB_DEFAULTS, type RegisterOptions } from './types.js';

// Names double as BullMQ queue names, which cannot contain ':'.
const JOB_NAME = /^[a-zA-Z0-9][a-zA-Z0-9._-]*$/;

export function assertJobName(name: string): void {
  if (!JOB_NAME.test(name)) {
    throw new Error(`invalid job name "${name}": use letters, digits, '.', '_' and '-'`);
  }
}

/** BullMQ's rules for custom ids, applied to both backends so behaviour does not differ. */
export function assertJobId(id: string): void {
  if (id === '' || id.includes(':') || String(Number.parseInt(id, 10)) === id) {
    throw new Error(`invalid job id "${id}": must be non-empty, not an integer, without ':'`);
  }
}

export function resolveRegisterOptions(options: RegisterOptions = {}): Required<RegisterOptions> {
  const resolved = {
    attempts: options.attempts ?? JOB_DEFAULTS.attempts,
    backoffMs: options.backoffMs ?? JOB_DEFAULTS.backoffMs,
    concurrency: options.concurrency ?? JOB_DEFAULTS.concurrency,
  };
  const positiveInt = (n: number) => Number.isInteger(n) && n >= 1;
  if (!positiveInt(resolved.attempts) || !positiveInt(resolved.concurrency)) {
    throw new RangeError('attempts and concurrency must be positive integers');
  }
  if (!Number.isFinite(resolved.backoffMs) || resolved.backoffMs < 0) {
    throw new RangeError('backoffMs must be a non-negative number');
  }
  return resolved;
}

/** Delay before the retry that follows failed attempt `attempt` (1-based). */
export function backoffDelay(backoffMs: number, attempt: number): number {
  return backoffMs * 2 ** (attempt - 1);
}

/** Round-trips through JSON so a payload looks the same to a handler on either backend. */
export function toJsonPayload<P>(payload: P): unknown {
  const json = JSON.stringify(payload);
  if (json === undefined) throw new TypeError('job payload must be JSON-serialisable');
  return JSON.parse(json);
}
